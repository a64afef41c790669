package kz.sabaq.bench.attendance;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.bench.Scenario;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.login.BenchStudents;
import kz.sabaq.bench.login.StudentLogin;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.user.UserMapper;

/**
 * Listeners already logged in check in by the link in a session's QR code, across many sessions
 * at once: groups of {@value #GROUP_SIZE}, each group with {@value #MEETINGS} class meetings open
 * now. Each operation is one scan, {@code GET /attend/{session}/in/{code}} answered 200, and each
 * records a new arrival (the listener's next meeting), so every operation is a durable insert;
 * a listener never scans a meeting twice: when a group has used all its meetings, the operation
 * fails rather than measure the cheaper answer to a repeated scan.
 * A group's listeners go through its meetings together, as a hall scans one class's code within
 * the same seconds ({@link Hall}): the first scan of a meeting makes the server read the session,
 * its stream, listeners and secret; the group's other scans of it find them kept.
 */
public final class QrCheckInScenario implements Scenario {
    static final int GROUP_SIZE = 25;
    static final int MEETINGS = 5000;
    /** The attendance plugin's default rotation; the screen's code is read with it. */
    private static final Duration ROTATION = Duration.ofSeconds(15);

    private final Clock clock;

    public QrCheckInScenario(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "qr-checkin";
    }

    @Override
    public String description() {
        return "a logged-in listener scans a session's QR code (GET /attend/{session}/in/{code}), a new arrival each time, "
                + "across groups of " + GROUP_SIZE + " with " + MEETINGS + " open sessions each";
    }

    @Override
    public List<VirtualUser> prepare(Target target, int clients) throws Exception {
        List<String> iins = BenchStudents.create(target.database(), clients, clock);
        UserMapper users = target.database().mapper(UserMapper.class);
        List<Long> ids = iins.stream().map(iin -> users.findByIin(iin).orElseThrow().id()).toList();
        List<List<Classes.Meeting>> groups = Classes.create(target.database(), ids, GROUP_SIZE, MEETINGS, clock);
        List<Browser> browsers = StudentLogin.logInAll(target, iins);
        ScreenCode screen = new ScreenCode(clock, ROTATION);
        List<VirtualUser> listeners = new ArrayList<>();
        List<Hall> halls = groups.stream().map(g -> new Hall(GROUP_SIZE)).toList();
        for (int i = 0; i < browsers.size(); i++) {
            Browser browser = browsers.get(i);
            List<Classes.Meeting> meetings = groups.get(i / GROUP_SIZE);
            Hall hall = halls.get(i / GROUP_SIZE);
            int[] last = {-1};
            listeners.add(() -> {
                last[0] = hall.next(last[0]);
                if (last[0] >= meetings.size()) {
                    throw new UnexpectedResponse("every one of the " + meetings.size() + " meetings was scanned",
                            "a listener would scan one again; measure for a shorter time");
                }
                browser.get(screen.checkInLink(meetings.get(last[0]))).expect(200);
            });
        }
        return listeners;
    }
}
