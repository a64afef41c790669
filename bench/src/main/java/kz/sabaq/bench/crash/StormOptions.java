package kz.sabaq.bench.crash;

import static kz.sabaq.bench.BenchOptions.bounded;
import static kz.sabaq.bench.BenchOptions.rate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kz.sabaq.bench.BenchOptions;

/**
 * The command line of {@code ./sabaq bench crash-storm [options]}, checked and bounded.
 *
 * @param clients listeners checking in, and as many students answering; in each open loop also
 *                the most operations in flight
 */
public record StormOptions(boolean help, Duration interval, int kills, double checkInRate, double answerRate,
                           int clients, Duration timeout, Path config, Path dataDir, boolean embedded) {

    public static final String HELP = """
            Usage: ./sabaq bench crash-storm [options]

            A fault test. Starts Sabaq as a child process against a MariaDB the bench runs itself,
            drives QR check-ins and answers with a file at once (two open loops), kills the server
            with SIGKILL in the middle of the load, starts it again while the load goes on, and
            then checks the database and the files on disk: every check-in answered 200 and every
            answer answered 303 must be stored, with its file's bytes intact, and nothing may be
            half-written (a file row without its file, a sent answer without its file).
            See docs/benchmarks.md.

              --kills N          SIGKILLs (default 2, at most 20)
              --interval T       load before each kill, and after the last restart (default 15s);
                                 the load goes on while the server restarts
              --checkins R/s     QR check-ins offered per second (default 100/s)
              --answers R/s      answers with a 16 KB file offered per second (default 10/s)
              --clients N        listeners, and as many students (default 25, at most 500);
                                 in each loop the most operations in flight
              --timeout T        per HTTP request (default 10s)
              --config FILE      profile, theme and plugins (default config/sabaq.yaml); the server,
                                 database and uploads are the storm's own
              --data DIR         the storm's MariaDB, uploads and server logs (default target/crash-storm;
                                 wiped at each start)
              --embedded         the server runs its own embedded MariaDB (under DIR/mariadb), which each
                                 SIGKILL leaves running without its owner for the next start to take
                                 over; without it the bench runs the MariaDB and only the server crashes
              --help             this text

            Exit status: 0 when nothing acknowledged was lost and nothing is half-written, 1 otherwise
            (or when the restarted server acknowledged nothing), 2 for a wrong command line.
            """;

    public static StormOptions parse(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            return new StormOptions(true, null, 0, 0, 0, 0, null, null, null, false);
        }
        Duration interval = Duration.ofSeconds(15);
        int kills = 2;
        double checkIns = 100;
        double answers = 10;
        int clients = 25;
        Duration timeout = Duration.ofSeconds(10);
        Path config = Path.of("config", "sabaq.yaml");
        Path dataDir = Path.of("target", "crash-storm");
        boolean embedded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--embedded")) {
                embedded = true;
                continue;
            }
            if (i + 1 >= args.size() || !arg.startsWith("--")) {
                throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value" : "Unexpected " + arg);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--interval" -> interval = BenchOptions.duration(arg, value, Duration.ofSeconds(1), Duration.ofMinutes(10));
                case "--kills" -> kills = (int) bounded(arg, value, 1, 20);
                case "--checkins" -> checkIns = rate(arg, value);
                case "--answers" -> answers = rate(arg, value);
                case "--clients" -> clients = (int) bounded(arg, value, 1, 500);
                case "--timeout" -> timeout = BenchOptions.duration(arg, value, Duration.ofSeconds(1), Duration.ofMinutes(5));
                case "--config" -> config = Path.of(value);
                case "--data" -> dataDir = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        return new StormOptions(false, interval, kills, checkIns, answers, clients, timeout, config, dataDir, embedded);
    }
}
