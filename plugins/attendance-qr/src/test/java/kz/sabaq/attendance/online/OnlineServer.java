package kz.sabaq.attendance.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;

/** A test server with this plugin and a one-class plugin contributing {@link LoggedPlatform}. */
final class OnlineServer {
    private static final Pattern DIGEST = Pattern.compile("name=\"digest\" value=\"([0-9a-f]{64})\"");

    private OnlineServer() {
    }

    static TestServer start() {
        return TestServer.builder().plugins(plugins())
                .enable("attendance-qr", Map.of()).enable("logged-platform", Map.of()).start();
    }

    /** An instant of the class day, in the institution's local time ({@code HH:mm}). */
    static Instant at(String localTime) {
        return Classroom.DAY.atTime(LocalTime.parse(localTime)).atZone(Classroom.ZONE).toInstant();
    }

    /** The digest of the proposal page's confirm form (fails when the page offers no confirm). */
    static String digest(WebClient.Page proposal) {
        Matcher m = DIGEST.matcher(proposal.body());
        assertTrue(m.find(), proposal.body());
        return m.group(1);
    }

    /** The trainer confirms the proposal named by {@code digest}. */
    static WebClient.Page confirm(WebClient web, Classroom room, String digest) {
        return web.post("/attendance-qr/sessions/" + room.session + "/online/confirm", Map.of("digest", digest));
    }

    /**
     * The class a platform's activity reports: {@code rejoined} from 13:05 to 14:00 with a break,
     * {@code leftEarly} from 13:06 to 13:40. The proposal says so, and the trainer's confirm writes it.
     */
    static void confirmsRejoinedAndLeftEarly(Classroom room, Classroom.Listener rejoined, Classroom.Listener leftEarly) {
        WebClient.Page page = OnlineProposalTest.proposal(room);
        assertEquals("onTime 13:05:00 | leftOnTime 14:00:00", OnlineProposalTest.proposed(page, rejoined.id()),
                "from first join to last leave");
        assertEquals("onTime 13:06:00 | leftEarly 13:40:00", OnlineProposalTest.proposed(page, leftEarly.id()));

        assertEquals(303, confirm(room.teacherWeb(), room, digest(page)).status());
        assertEquals(List.of(rejoined.id() + " IN ON_TIME ONLINE", rejoined.id() + " OUT LEFT_ON_TIME ONLINE",
                        leftEarly.id() + " IN ON_TIME ONLINE", leftEarly.id() + " OUT LEFT_EARLY ONLINE"),
                room.marks().stream().map(r -> r.studentId() + " " + r.phase() + " " + r.status() + " " + r.source())
                        .sorted().toList());
    }

    /** Each web client confirms the same proposal, all released at the same instant; their statuses in order. */
    static List<Integer> confirmTogether(Classroom room, String digest, List<WebClient> webs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(webs.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (WebClient web : webs) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return confirm(web, room, digest).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private static Path plugins() {
        try {
            Path dir = Files.createTempDirectory("att-plugins");
            Files.createSymbolicLink(dir.resolve("attendance-qr"),
                    TestServer.repoRoot().resolve("plugins/attendance-qr").toAbsolutePath());
            Path plugin = dir.resolve("logged-platform");
            Path classes = plugin.resolve("target/classes");
            Path type = classes.resolve(LoggedPlatform.class.getName().replace('.', '/') + ".class");
            Files.createDirectories(type.getParent());
            try (InputStream in = LoggedPlatform.class.getResourceAsStream("LoggedPlatform.class")) {
                Files.copy(in, type);
            }
            Files.createDirectories(classes.resolve("META-INF"));
            Files.writeString(classes.resolve("META-INF/extensions.idx"), LoggedPlatform.class.getName() + "\n");
            Files.writeString(plugin.resolve("plugin.properties"), "plugin.id=logged-platform\n"
                    + "plugin.class=org.pf4j.Plugin\nplugin.version=0.1.0\nplugin.requires=>=0.1.0\n"
                    + "plugin.provider=Sabaq tests\nplugin.dependencies=\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
