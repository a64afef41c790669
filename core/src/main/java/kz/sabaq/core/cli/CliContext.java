package kz.sabaq.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.config.SabaqConfig;

/** What every subcommand gets: the configuration chosen with --config and --profile, and the output. */
public record CliContext(SabaqConfig config, InstitutionProfile profile, Clock clock, PrintStream out, PrintStream err) {

    public static CliContext load(Path configFile, String profileOverride, PrintStream out, PrintStream err) {
        SabaqConfig config = SabaqConfig.load(configFile);
        if (profileOverride != null) {
            config.profile = profileOverride;
        }
        InstitutionProfile profile = InstitutionProfile.load(Path.of(config.profilesDir), config.profile);
        return new CliContext(config, profile, Clock.systemUTC(), out, err);
    }
}
