package kz.sabaq.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;

/**
 * An online final control under way for browser tests: a teacher, a group's stream by ticket, a slot
 * that started five minutes ago on the server's clock, and a student of it with a sitting, made by
 * the generators as the plugin's own tests make them.
 */
final class ExamRoom {
    private static final AtomicInteger NEXT = new AtomicInteger();

    final TestServer server;
    final String teacherIin = Iins.next();
    final String studentIin = Iins.next();
    final long teacher;
    final long student;
    final long stream;
    final long slot;
    private final AttestationGenerator attestation;

    ExamRoom(TestServer server) {
        this.server = server;
        AcademicFixture academic = new AcademicFixture(server);
        attestation = new AttestationGenerator(academic.generator());
        teacher = academic.generator().user().iin(teacherIin).named("Сейітқали", "Нұрлан").teacher().create();
        long group = academic.group("ОА-Б-" + NEXT.incrementAndGet());
        student = academic.student(studentIin, "Ахметова", "Айжан", group);
        stream = academic.stream(teacher, group);
        Instant now = server.clock().instant();
        attestation.exam(stream).tickets(1).create();
        slot = attestation.slot(stream, teacher).between(utc(now.minus(Duration.ofMinutes(5))), utc(now.plus(Duration.ofHours(2))))
                .create();
        attestation.sitting(stream, student, slot).create();
    }

    /** The student holds ticket 1 with these questions; staff have not sent them yet. */
    ExamRoom ticket(String questions) {
        attestation.ticket(stream, 1, questions, teacher);
        attestation.ticketOf(stream, student, 1, 0, "GENERATED");
        return this;
    }

    /** The questions were sent and the student has read them: the answer block is open. */
    ExamRoom questionsRead() {
        attestation.questionsRead(stream, student);
        return this;
    }

    String studentPage() {
        return "/online-attestation/streams/" + stream + "/students/" + student;
    }

    /** The student's answer as the server keeps it (the autosaved draft until sent); null before any. */
    String answer() {
        return Rows.string(server, "SELECT body FROM oa_answer WHERE stream_id = ? AND student_id = ?", stream, student);
    }

    String sitting(String column) {
        return Rows.string(server, "SELECT " + column + " FROM oa_sitting WHERE stream_id = ? AND student_id = ?", stream, student);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
