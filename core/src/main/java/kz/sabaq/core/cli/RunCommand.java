package kz.sabaq.core.cli;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import kz.sabaq.core.boot.Sabaq;
import kz.sabaq.core.demo.DemoInstitution;

public final class RunCommand implements Command {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "start the database (embedded unless configured), migrate, load the demo institution if empty, serve";
    }

    @Override
    public String help() {
        return """
                Usage: ./sabaq run [--config FILE] [--profile ID]

                Starts Sabaq: the embedded MariaDB under ./data (or the external server in
                config/sabaq.yaml), all migrations, the enabled plugins, and the web server.
                --profile ID picks config/institutions/ID.yaml (default, training-centre, eku,
                kaznwpu, ektu) instead of the profile named in the configuration.
                When the profile says demo: true and the database has no users yet, loads the
                profile's demo institution and prints its logins; a database that already has
                users keeps them, so give each profile its own database.dataDir to try several.
                Stop with Ctrl+C.
                """;
    }

    @Override
    public int run(CliContext cli, List<String> args) throws Exception {
        Sabaq app = Sabaq.start(cli.config(), cli.profile(), cli.clock());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        if (cli.profile().demo) {
            new DemoInstitution(app.database(), cli.clock(), cli.profile().demoData, app.modules()).loadIfEmpty().ifPresent(logins -> {
                cli.out().println();
                cli.out().println("Demo institution loaded. Logins (IIN / password):");
                logins.forEach(l -> cli.out().println("  " + l));
            });
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        cli.out().printf("%nSabaq is ready at %s  (started in %d ms, heap used %d MB)%n",
                cli.config().server.publicUrl, uptime, heapMb);
        stopped.await();
        return 0;
    }
}
