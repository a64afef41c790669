package kz.sabaq.bench.attendance;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.attendance.testing.AttendanceGenerator;
import kz.sabaq.bench.login.BenchRows;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.Generator;

/**
 * The timetable of a QR check-in run, made by the tests' generators in one transaction: groups of
 * students, and for each group many streams with one class meeting each, all open for check-in now,
 * each with the secret its screen's codes are signed with. Every run makes new streams (codes carry
 * the run's time). The classes meet in one hall whose network is loopback, as a real hall's phones
 * share the campus address its room lists: scans from the room's own network are not compared by address.
 */
final class Classes {
    /**
     * Sessions are stored as local wall times; ±14 hours around the current UTC time contains "now"
     * whatever the institution's time zone, so check-in is open during the run.
     */
    private static final Duration AROUND = Duration.ofHours(14);

    /** One class meeting and its screen's secret. */
    record Meeting(long sessionId, byte[] secret) {
    }

    /** @return per group, its meetings; group {@code g} holds students {@code g*groupSize …} */
    static List<List<Meeting>> create(Database database, List<Long> students, int groupSize, int meetingsPerGroup,
                                      Clock clock) {
        String run = "BENCH-" + clock.millis();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Generator gen = Generator.on(database, clock);
        long teacher = BenchRows.teacher(gen, "Teacher", 1);
        SecureRandom random = new SecureRandom();
        List<List<Meeting>> groups = new ArrayList<>();
        gen.transaction(tx -> {
            AttendanceGenerator attendance = new AttendanceGenerator(tx);
            long period = BenchRows.period(tx, run, now.toLocalDate());
            long hall = tx.room().code(run).networks("127.0.0.0/8").create();
            long discipline = tx.discipline().code(run).named("Bench").create();
            for (int g = 0; g * groupSize < students.size(); g++) {
                long group = tx.group().code(run + "-G" + g).create();
                for (int s = g * groupSize; s < Math.min(students.size(), (g + 1) * groupSize); s++) {
                    tx.enrol(students.get(s), group);
                }
                List<Meeting> meetings = new ArrayList<>();
                for (int m = 0; m < meetingsPerGroup; m++) {
                    long stream = tx.stream().code(run + "-G" + g + "-S" + m).discipline(discipline).teacher(teacher)
                            .period(period).groups(group).create();
                    long session = tx.session().stream(stream).room(hall).between(now.minus(AROUND), now.plus(AROUND)).create();
                    byte[] secret = new byte[32];
                    random.nextBytes(secret);
                    attendance.screenSecret(session, secret);
                    meetings.add(new Meeting(session, secret));
                }
                groups.add(meetings);
            }
        });
        return groups;
    }

    private Classes() {
    }
}
