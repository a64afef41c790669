package kz.sabaq.core.user;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** What the users admin needs beyond {@link UserMapper}: search, activation, a person's roles. */
public interface UserAdminMapper {
    String MATCHES = " WHERE (#{prefix} = '%' OR iin LIKE #{prefix} "
            + "OR CONCAT_WS(' ', surname, first_name, patronymic) LIKE #{contains}) ";

    /** @param prefix an IIN start with its LIKE wildcard; @param contains a name part wrapped in wildcards */
    @Select("SELECT " + UserMapper.COLUMNS + " FROM app_user" + MATCHES
            + "ORDER BY surname, first_name, id LIMIT #{limit} OFFSET #{offset}")
    List<User> search(@Param("prefix") String prefix, @Param("contains") String contains,
                      @Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT COUNT(*) FROM app_user" + MATCHES)
    long count(@Param("prefix") String prefix, @Param("contains") String contains);

    @Update("UPDATE app_user SET active = #{active} WHERE id = #{id}")
    int setActive(@Param("id") long id, @Param("active") boolean active);

    record HeldRole(long id, String code, String name) {
    }

    @Select("SELECT r.id, r.code, r.name FROM user_role ur JOIN role r ON r.id = ur.role_id "
            + "WHERE ur.user_id = #{userId} ORDER BY r.builtin DESC, r.id")
    List<HeldRole> rolesOf(long userId);
}
