package kz.sabaq.core.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway per component: core first, then each plugin in dependency order, each with its own
 * location ({@code db/migration/<id>}) and history table ({@code flyway_history_<id>}).
 */
public final class Migrations {
    private final DataSource dataSource;

    public Migrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return how many migrations were applied now */
    public int migrate(String componentId, String location, ClassLoader loader) {
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table("flyway_history_" + componentId.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
        return flyway.migrate().migrationsExecuted;
    }
}
