package kz.sabaq.bench.attestation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.bench.BenchOptions;
import kz.sabaq.bench.target.Target;

/**
 * {@code ./sabaq bench exam-start --clients N --duration T [--heartbeat T] [--warmup T]}: the {@link ExamStart}
 * with N students holding their pages for T, and its report: page loads, live channel beats and
 * memory per open page. Exit status 0 when no page load and no beat failed.
 */
public final class ExamStartCommand {

    private ExamStartCommand() {
    }

    public static int run(BenchOptions options, Target target, PrintStream out) throws Exception {
        ExamStart.Result result = new ExamStart(Clock.systemUTC(), options.heartbeat(), options.timeout(), out)
                .run(target, options.clients(), options.load().duration(), options.warmup());
        out.print(result.pages().table());
        out.print(result.channels().table());
        out.println("\nMemory      " + result.memory());
        if (options.json() != null) {
            write(result, options.json());
            out.println("\nJSON report: " + options.json());
        }
        return result.pages().errors() + result.channels().errors() == 0 ? 0 : 1;
    }

    private static void write(ExamStart.Result result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pages", result.pages());
        json.put("channels", result.channels());
        json.put("memory", result.memory());
        if (result.beforeLogin() != null) {
            json.put("heapPerChannelBytes", result.heapPerChannel());
            json.put("rssPerChannelBytes", result.rssPerChannel());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }
}
