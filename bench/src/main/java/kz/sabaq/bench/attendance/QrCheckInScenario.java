package kz.sabaq.bench.attendance;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.Scenario;
import kz.sabaq.bench.UsedUp;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.login.BenchStudents;
import kz.sabaq.bench.login.StudentLogin;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.user.UserMapper;

/**
 * Listeners already logged in check in by the link in a session's QR code, across many sessions
 * at once: groups of {@value #GROUP_SIZE}, each group with {@value #MEETINGS} class meetings open
 * now. Each operation is one scan, {@code GET /attendance-qr/check-in/{session}/in/{code}} answered 200, and each
 * records a new arrival (the listener's next meeting), so every operation is a durable insert;
 * a listener never scans a meeting twice. The meetings are sized from the run's plan; a listener
 * who has still used them all up is retired ({@link UsedUp}) rather than measure the cheaper
 * answer to a repeated scan.
 * A group's listeners go through its meetings together, as a hall scans one class's code within
 * the same seconds ({@link Hall}): the first scan of a meeting makes the server read the session,
 * its stream, listeners and secret; the group's other scans of it find them kept. A scan the
 * server never answered (connection refused or cut: a crash test) leaves the listener at the same
 * meeting, as a person whose phone got no answer scans again.
 */
public final class QrCheckInScenario implements Scenario {
    static final int GROUP_SIZE = 25;
    /**
     * A closed loop's meetings are sized as if the server checked in this many listeners a second
     * (above the 3,144/s measured on a quiet two-core machine), and at most {@link #MOST_MEETINGS}.
     */
    static final double CLOSED_LOOP_CEILING = 3_500;
    static final int MOST_MEETINGS = 20_000;
    /** The attendance plugin's default rotation; the screen's code is read with it. */
    private static final Duration ROTATION = Duration.ofSeconds(15);

    private final Clock clock;
    private final Integer meetingsPerGroup;

    /** Meetings sized from each run's plan. */
    public QrCheckInScenario(Clock clock) {
        this.clock = clock;
        this.meetingsPerGroup = null;
    }

    /** @param meetingsPerGroup class meetings per group: a listener can check in this many times before the scenario runs out */
    public QrCheckInScenario(Clock clock, int meetingsPerGroup) {
        this.clock = clock;
        this.meetingsPerGroup = meetingsPerGroup;
    }

    @Override
    public String name() {
        return "qr-checkin";
    }

    @Override
    public String description() {
        return "a logged-in listener scans a session's QR code (GET /attendance-qr/check-in/{session}/in/{code}), a new arrival each time, "
                + "across groups of " + GROUP_SIZE + " with open sessions enough for the run";
    }

    /** A check-in the server answered 200: this listener (user id) arrived at this class meeting. */
    public record CheckIn(long listener, long session) {
    }

    @Override
    public List<VirtualUser> prepare(Target target, Plan plan) throws Exception {
        int meetings = meetingsPerGroup != null ? meetingsPerGroup
                : (int) Math.min(MOST_MEETINGS, plan.operationsPerClient(CLOSED_LOOP_CEILING));
        return new QrCheckInScenario(clock, meetings)
                .listeners(target, BenchStudents.create(target.database(), plan.clients(), clock), checkIn -> { });
    }

    /**
     * One logged-in listener per bench student of {@code iins}, in groups with their meetings;
     * {@code answered} hears of every check-in the server answered 200, from the listener's thread.
     */
    public List<VirtualUser> listeners(Target target, List<String> iins, Consumer<CheckIn> answered) throws Exception {
        UserMapper users = target.database().mapper(UserMapper.class);
        List<Long> ids = iins.stream().map(iin -> users.findByIin(iin).orElseThrow().id()).toList();
        List<List<Classes.Meeting>> groups = Classes.create(target.database(), ids, GROUP_SIZE, meetingsPerGroup, clock);
        List<Browser> browsers = StudentLogin.logInAll(target, iins);
        ScreenCode screen = new ScreenCode(clock, ROTATION);
        List<VirtualUser> listeners = new ArrayList<>();
        List<Hall> halls = groups.stream().map(g -> new Hall(GROUP_SIZE)).toList();
        for (int i = 0; i < browsers.size(); i++) {
            Browser browser = browsers.get(i);
            List<Classes.Meeting> meetings = groups.get(i / GROUP_SIZE);
            Hall hall = halls.get(i / GROUP_SIZE);
            long listener = ids.get(i);
            int[] last = {-1};
            listeners.add(() -> {
                int next = hall.next(last[0]);
                if (next >= meetings.size()) {
                    throw new UsedUp("listener " + listener + " scanned every one of the " + meetings.size() + " meetings");
                }
                Classes.Meeting meeting = meetings.get(next);
                Browser.Page result = browser.get(screen.checkInLink(meeting));
                last[0] = next;
                result.expect(200);
                answered.accept(new CheckIn(listener, meeting.sessionId()));
            });
        }
        return listeners;
    }
}
