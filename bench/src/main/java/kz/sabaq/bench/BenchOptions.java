package kz.sabaq.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.Warmup;

/** The command line of {@code ./sabaq bench <scenario> [options]}, checked and bounded. */
public record BenchOptions(String scenario, boolean help, int clients, Duration duration, Long requests, Double rate,
                           Warmup warmup, URI url, Path config, Path json, Duration timeout, Path dataDir,
                           int fileBytes, Duration heartbeat) {
    static final Duration DEFAULT_DURATION = Duration.ofSeconds(20);
    /** With only --requests, a closed loop still ends by this time. */
    static final Duration LONGEST = Duration.ofHours(1);
    static final int MOST_CLIENTS = 2_000;
    static final double HIGHEST_RATE = 100_000;
    static final int DEFAULT_FILE_BYTES = 16 * 1024;
    static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(3);

    public static String help(List<Scenario> scenarios) {
        StringBuilder out = new StringBuilder("""
                Usage: ./sabaq bench <scenario> [options]

                Drives a real Sabaq server over loopback with many concurrent clients and reports
                requests, errors, throughput and p50/p95/p99/max latency. See docs/benchmarks.md.

                Scenarios:
                """);
        for (Scenario s : scenarios) {
            out.append(String.format(Locale.ROOT, "  %-16s %s%n", s.name(), s.description()));
        }
        out.append(String.format(Locale.ROOT, "  %-16s %s%n", "exam-start", "--clients students of one slot open their exam "
                + "page within one second, then each page beats (its live channel) every --heartbeat for --duration; "
                + "reports page latency, channel errors and memory per open page; --warmup: first, an earlier exam's "
                + "50 students open and reload their pages this long"));
        out.append("""

                Load (closed loop unless --rate is given):
                  --clients N        virtual users, each with its own browser (default 16, at most 2000);
                                     in an open loop, the most operations in flight at once
                  --duration T       how long to measure (default 20s; units ms, s, m)
                  --requests N       closed loop: stop after N operations in all (ends by 1h at the latest)
                  --rate R/s         open loop: offer R operations per second whatever the answers;
                                     latency counts from each operation's intended send time
                  --warmup T         run the same load this long first, not counted (default 5s; 0 for none)
                  --warmup compiled  ... or until the JIT compiler is quiet: 5 s stretches until one in which
                                     it was busy under 10 % of the time (at least 10 s, at most 5 min);
                                     in-process only. Measures a server that has run a while, compiled
                  --timeout T        per HTTP request (default 30s)

                Scenario settings:
                  --file-size S      answer-file: the size of each answer's file (default 16KB; B, KB, MB)
                  --heartbeat T      exam-start: how often each open exam page beats (default 3s)

                Target (an in-process server unless --url is given):
                  --url URL          a server already running on this machine (loopback only),
                                     e.g. http://127.0.0.1:8080; its database is reached as --config says
                  --config FILE      config/sabaq.yaml to read (default); for the in-process server it
                                     gives the profile, theme and plugins, while server and database are
                                     the bench's own: a fresh embedded MariaDB under --data
                  --data DIR         the in-process server's data (default target/bench-data)

                Output:
                  --json FILE        also write the report as JSON
                  --help             this text

                Exit status: 0 when no operation failed, 1 when some did, 2 for a wrong command line.

                Fault test: ./sabaq bench crash-storm --help (kills the server under load, checks nothing was lost).
                """);
        return out.toString();
    }

    public static BenchOptions parse(String... argv) {
        List<String> args = new ArrayList<>(List.of(argv));
        if (args.contains("--help") || args.contains("-h")) {
            return new BenchOptions(null, true, 0, null, null, null, null, null, null, null, null, null, 0, null);
        }
        String scenario = null;
        int clients = 16;
        Duration duration = null;
        Long requests = null;
        Double rate = null;
        Warmup warmup = new Warmup.For(Duration.ofSeconds(5));
        URI url = null;
        Path config = Path.of("config", "sabaq.yaml");
        Path json = null;
        Duration timeout = Duration.ofSeconds(30);
        Path dataDir = Path.of("target", "bench-data");
        int fileBytes = DEFAULT_FILE_BYTES;
        Duration heartbeat = DEFAULT_HEARTBEAT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (scenario != null) {
                    throw new IllegalArgumentException("One scenario at a time: " + scenario + " or " + arg);
                }
                scenario = arg;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args.get(++i);
            switch (arg) {
                case "--clients" -> clients = (int) bounded(arg, value, 1, MOST_CLIENTS);
                case "--duration" -> duration = duration(arg, value, Duration.ofMillis(1), LONGEST);
                case "--requests" -> requests = bounded(arg, value, 1, 100_000_000);
                case "--rate" -> rate = rate(arg, value);
                case "--warmup" -> warmup = value.equals("compiled") ? Warmup.UntilCompiled.STANDARD
                        : new Warmup.For(duration(arg, value, Duration.ZERO, Duration.ofMinutes(10)));
                case "--timeout" -> timeout = duration(arg, value, Duration.ofSeconds(1), Duration.ofMinutes(5));
                case "--url" -> url = URI.create(value);
                case "--config" -> config = Path.of(value);
                case "--data" -> dataDir = Path.of(value);
                case "--json" -> json = Path.of(value);
                case "--file-size" -> fileBytes = size(arg, value);
                case "--heartbeat" -> heartbeat = duration(arg, value, Duration.ofMillis(100), Duration.ofMinutes(1));
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        if (scenario == null) {
            throw new IllegalArgumentException("Which scenario?");
        }
        if (url != null && warmup instanceof Warmup.UntilCompiled) {
            throw new IllegalArgumentException("--warmup compiled needs the in-process server: the JIT compiler of a "
                    + "server at --url cannot be read from here (give it a time, such as --warmup 3m)");
        }
        if (rate != null && requests != null) {
            throw new IllegalArgumentException("--requests is for a closed loop; an open loop (--rate) runs for --duration");
        }
        return new BenchOptions(scenario, false, clients, duration, requests, rate, warmup, url, config, json, timeout, dataDir,
                fileBytes, heartbeat);
    }

    /** The measured load. */
    public Load load() {
        if (rate != null) {
            return new Load.OpenLoop(rate, duration != null ? duration : DEFAULT_DURATION);
        }
        if (requests != null) {
            return new Load.ClosedLoop(duration != null ? duration : LONGEST, requests);
        }
        return new Load.ClosedLoop(duration != null ? duration : DEFAULT_DURATION, Long.MAX_VALUE);
    }

    /** A whole-number option within bounds. */
    public static long bounded(String option, String value, long least, long most) {
        try {
            long n = Long.parseLong(value);
            if (n < least || n > most) {
                throw new IllegalArgumentException(option + " must be between " + least + " and " + most);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value);
        }
    }

    /** A time option such as {@code 30s}, {@code 500ms} or {@code 2m} (a bare number is seconds), within bounds. */
    public static Duration duration(String option, String value, Duration least, Duration most) {
        Duration d;
        try {
            if (value.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.endsWith("s")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            } else if (value.endsWith("m")) {
                d = Duration.ofSeconds(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 60));
            } else {
                d = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a time such as 30s, 500ms or 2m, not " + value);
        }
        if (d.compareTo(least) < 0 || d.compareTo(most) > 0) {
            throw new IllegalArgumentException(option + " must be between " + least + " and " + most);
        }
        return d;
    }

    /** A size such as {@code 1MB}, {@code 16KB} or {@code 500B} (a bare number is bytes), from 1 byte to 100 MB. */
    public static int size(String option, String value) {
        String v = value.toUpperCase(Locale.ROOT);
        long unit = v.endsWith("MB") ? 1024 * 1024 : v.endsWith("KB") ? 1024 : 1;
        String number = v.replaceFirst("(MB|KB|B)$", "");
        try {
            double bytes = Double.parseDouble(number) * unit;
            if (!(bytes >= 1) || bytes > 100 * 1024 * 1024) {
                throw new IllegalArgumentException(option + " must be between 1B and 100MB");
            }
            return (int) Math.round(bytes);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a size such as 1MB, 16KB or 500B, not " + value);
        }
    }

    /** Operations per second, {@code 1000/s} or {@code 1000}. */
    public static double rate(String option, String value) {
        String number = value.endsWith("/s") ? value.substring(0, value.length() - 2) : value;
        try {
            double r = Double.parseDouble(number);
            if (!(r > 0) || r > HIGHEST_RATE) {
                throw new IllegalArgumentException(option + " must be above 0 and at most " + (long) HIGHEST_RATE + "/s");
            }
            return r;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs operations per second such as 1000/s, not " + value);
        }
    }
}
