package kz.sabaq.core.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import kz.sabaq.core.user.GeneratedId;

public interface RoleMapper {

    @Select("SELECT id, code, name, builtin, own_unit FROM role ORDER BY builtin DESC, id")
    List<RoleRow> roles();

    @Select("SELECT id, code, name, builtin, own_unit FROM role WHERE code = #{code}")
    Optional<RoleRow> byCode(String code);

    @Select("SELECT id, code, name, builtin, own_unit FROM role WHERE id = #{id}")
    Optional<RoleRow> byId(long id);

    @Select("SELECT role_id AS roleId, module_id AS moduleId, mode FROM role_module")
    List<Map<String, Object>> modules();

    @Select("SELECT role_id AS roleId, capability FROM role_right")
    List<Map<String, Object>> rights();

    @Select("SELECT role_id AS roleId, kind, ref_id AS refId FROM role_scope")
    List<Map<String, Object>> scopes();

    @Insert("INSERT INTO role (code, name, builtin, own_unit) VALUES (#{code}, #{name}, #{builtin}, #{ownUnit})")
    @Options(useGeneratedKeys = true, keyProperty = "id.value")
    void insertRaw(@Param("code") String code, @Param("name") String name, @Param("builtin") boolean builtin,
                   @Param("ownUnit") String ownUnit, @Param("id") GeneratedId id);

    default long insert(String code, String name, boolean builtin, String ownUnit) {
        GeneratedId id = new GeneratedId();
        insertRaw(code, name, builtin, ownUnit, id);
        return id.value;
    }

    /** Inside a transaction: holds the role until commit, so two editors of one role take turns. */
    @Select("SELECT id FROM role WHERE id = #{id} FOR UPDATE")
    Long lock(long id);

    @Update("UPDATE role SET name = #{name} WHERE id = #{id} AND builtin = FALSE")
    int rename(@Param("id") long id, @Param("name") String name);

    @Delete("DELETE FROM role WHERE id = #{id} AND builtin = FALSE")
    int deleteCustom(long id);

    @Insert("INSERT INTO role_module (role_id, module_id, mode) VALUES (#{roleId}, #{moduleId}, #{mode}) "
            + "ON DUPLICATE KEY UPDATE mode = VALUES(mode)")
    void putModule(@Param("roleId") long roleId, @Param("moduleId") String moduleId, @Param("mode") String mode);

    @Delete("DELETE FROM role_module WHERE role_id = #{roleId}")
    void clearModules(long roleId);

    @Delete("DELETE FROM role_module WHERE role_id = #{roleId} AND module_id = #{moduleId}")
    void removeModule(@Param("roleId") long roleId, @Param("moduleId") String moduleId);

    @Insert("INSERT IGNORE INTO role_right (role_id, capability) VALUES (#{roleId}, #{capability})")
    void putRight(@Param("roleId") long roleId, @Param("capability") String capability);

    @Delete("DELETE FROM role_right WHERE role_id = #{roleId}")
    void clearRights(long roleId);

    @Delete("DELETE FROM role_right WHERE role_id = #{roleId} AND capability = #{capability}")
    void removeRight(@Param("roleId") long roleId, @Param("capability") String capability);

    @Insert("INSERT IGNORE INTO role_scope (role_id, kind, ref_id) VALUES (#{roleId}, #{kind}, #{refId})")
    void putScope(@Param("roleId") long roleId, @Param("kind") String kind, @Param("refId") long refId);

    @Delete("DELETE FROM role_scope WHERE role_id = #{roleId}")
    void clearScopes(long roleId);

    @Insert("INSERT IGNORE INTO user_role (user_id, role_id) VALUES (#{userId}, #{roleId})")
    void assign(@Param("userId") long userId, @Param("roleId") long roleId);

    @Delete("DELETE FROM user_role WHERE user_id = #{userId} AND role_id = #{roleId}")
    int unassign(@Param("userId") long userId, @Param("roleId") long roleId);

    @Select("SELECT role_id FROM user_role WHERE user_id = #{userId}")
    List<Long> roleIdsOf(long userId);

    @Select("SELECT COUNT(*) FROM role")
    long count();
}
