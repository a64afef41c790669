package kz.sabaq.core.role;

import java.util.List;
import org.apache.ibatis.annotations.Select;

/** What the role list shows beside the roles themselves. */
public interface RoleHoldersMapper {

    record Holders(long roleId, long users) {
    }

    @Select("SELECT role_id, COUNT(*) AS users FROM user_role GROUP BY role_id")
    List<Holders> holders();
}
