package kz.sabaq.core.demo;

import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.module.DemoData;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.user.User;
import kz.sabaq.core.user.UserMapper;
import org.apache.ibatis.annotations.Select;

/** The demo core has loaded, as modules look up what their own demo files name. */
final class LoadedDemo implements DemoData {
    private final Database database;
    private final String dataSet;
    private final Map<String, String> tokens;

    /** Ids by the codes of the data set's CSV files. */
    interface Codes {
        @Select("SELECT id FROM discipline WHERE code = #{code}")
        Long discipline(String code);

        @Select("SELECT id FROM stream WHERE code = #{code}")
        Long stream(String code);
    }

    LoadedDemo(Database database, String dataSet, Map<String, String> tokens) {
        this.database = database;
        this.dataSet = dataSet;
        this.tokens = tokens;
    }

    @Override
    public String dataSet() {
        return dataSet;
    }

    @Override
    public Optional<Long> user(String iin) {
        return database.mapper(UserMapper.class).findByIin(iin).map(User::id);
    }

    @Override
    public Optional<Long> discipline(String code) {
        return Optional.ofNullable(database.mapper(Codes.class).discipline(code));
    }

    @Override
    public Optional<Long> stream(String code) {
        return Optional.ofNullable(database.mapper(Codes.class).stream(DemoInstitution.resolve(code, tokens)));
    }
}
