package kz.sabaq.core.user;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface UserMapper {
    String COLUMNS = "id, iin, surname, first_name, patronymic, email, locale, password_hash, active, created_at";

    @Select("SELECT " + COLUMNS + " FROM app_user WHERE iin = #{iin}")
    Optional<User> findByIin(String iin);

    @Select("SELECT " + COLUMNS + " FROM app_user WHERE id = #{id}")
    Optional<User> findById(long id);

    @Select("SELECT " + COLUMNS + " FROM app_user ORDER BY surname, first_name LIMIT #{limit} OFFSET #{offset}")
    List<User> page(@Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT COUNT(*) FROM app_user")
    long count();

    @Insert("INSERT INTO app_user (iin, surname, first_name, patronymic, email, locale, password_hash, active, created_at) "
            + "VALUES (#{u.iin}, #{u.surname}, #{u.firstName}, #{u.patronymic}, #{u.email}, #{u.locale}, #{u.passwordHash}, TRUE, #{now})")
    @Options(useGeneratedKeys = true, keyProperty = "id.value")
    void insertRaw(@Param("u") NewUser user, @Param("now") LocalDateTime now, @Param("id") GeneratedId id);

    default long insert(NewUser user, LocalDateTime now) {
        GeneratedId id = new GeneratedId();
        insertRaw(user, now, id);
        return id.value;
    }

    @Update("UPDATE app_user SET password_hash = #{hash} WHERE id = #{id}")
    int setPasswordHash(@Param("id") long id, @Param("hash") String hash);

    @Update("UPDATE app_user SET locale = #{locale} WHERE id = #{id}")
    int setLocale(@Param("id") long id, @Param("locale") String locale);

    @Update("UPDATE app_user SET surname = #{u.surname}, first_name = #{u.firstName}, patronymic = #{u.patronymic}, "
            + "email = #{u.email} WHERE iin = #{u.iin}")
    int updateNames(@Param("u") NewUser user);
}
