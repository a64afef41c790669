package kz.sabaq.bench.attestation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.bench.login.BenchRows;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.plugin.PluginStateMapper;
import kz.sabaq.core.testing.Generator;

/**
 * The exams of a ticket-choice run, made by the tests' generators in one transaction: one group of
 * all the bench's students, and {@code rounds} streams whose online final control is by ticket with
 * one ticket per student, each with one slot running now in which every student is placed to choose. Online attestation is
 * switched to "students' own choice" with tickets drawn from the whole stream.
 */
final class ExamRooms {
    /** The slot runs from an hour ago for a day: open whatever the clock of a running server says. */
    private static final Duration BEFORE = Duration.ofHours(1);
    private static final Duration LENGTH = Duration.ofDays(1);

    private ExamRooms() {
    }

    /** @return the stream ids, one per round */
    static List<Long> create(Database database, List<Long> students, int rounds, Clock clock) {
        PluginStateMapper settings = database.mapper(PluginStateMapper.class);
        settings.putSetting("online-attestation", "distribution", "self-select");
        settings.putSetting("online-attestation", "wholeStream", "true");
        String run = "BENCH-OA-" + clock.millis();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Generator gen = Generator.on(database, clock);
        long teacher = BenchRows.teacher(gen, "Examiner", 2);
        List<Long> streams = new ArrayList<>();
        gen.transaction(tx -> {
            AttestationGenerator attestation = new AttestationGenerator(tx);
            long period = BenchRows.period(tx, run, now.toLocalDate());
            long discipline = tx.discipline().code(run).named("Bench").create();
            long group = tx.group().code(run + "-G").create();
            for (long student : students) {
                tx.enrol(student, group);
            }
            for (int r = 0; r < rounds; r++) {
                long stream = tx.stream().code(run + "-S" + r).discipline(discipline).teacher(teacher).period(period)
                        .groups(group).create();
                attestation.exam(stream).tickets(students.size()).ticketsSavedAt(now).create();
                long slot = attestation.slot(stream, teacher).between(now.minus(BEFORE), now.minus(BEFORE).plus(LENGTH)).create();
                for (long student : students) {
                    attestation.sitting(stream, student, slot).placedAt(now).create();
                }
                streams.add(stream);
            }
        });
        return streams;
    }

    /**
     * Gives the student's tickets in these streams back: they may choose again, as before their first
     * press. Straight from the pool, as another node's staff would: nothing a node keeps copies
     * sittings, and {@link Database#connection()} would make the server forget every kept read.
     */
    static void giveBack(Database database, long student, List<Long> streams) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE oa_sitting SET ticket_number = NULL, ticket_pool = NULL, ticket_source = NULL, ticket_at = NULL "
                        + "WHERE student_id = ? AND stream_id IN (" + "?,".repeat(streams.size() - 1) + "?)")) {
            s.setLong(1, student);
            for (int i = 0; i < streams.size(); i++) {
                s.setLong(i + 2, streams.get(i));
            }
            s.executeUpdate();
        }
    }

    /** How many students hold each ticket of the run's streams more than once: 0 when no ticket went twice. */
    static long ticketsGivenTwice(Database database, List<Long> streams) throws SQLException {
        long twice = 0;
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT ticket_pool, ticket_number FROM oa_sitting WHERE stream_id = ? "
                        + "AND ticket_number IS NOT NULL GROUP BY ticket_pool, ticket_number HAVING COUNT(*) > 1) d")) {
            for (long stream : streams) {
                s.setLong(1, stream);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    twice += r.getLong(1);
                }
            }
        }
        return twice;
    }

}
