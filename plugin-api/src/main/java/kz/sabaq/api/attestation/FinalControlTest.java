package kz.sabaq.api.attestation;

import java.util.Optional;

/**
 * A computer-based test as a way to conduct a stream's final control, published by the plugin that
 * runs such tests (exam-test). Online attestation offers "conducted as: test" on a stream's page only
 * while a plugin publishes this; for such a stream the slot, the distribution of students, admission
 * and presence stay online attestation's, and the student's final control page leads into the test
 * instead of a ticket. The test plugin scores the attempt and writes the result into the journal;
 * it lets an attempt start only inside the student's slot and only when they are admitted
 * ({@link FinalControlAdmission}).
 *
 * <p>Online attestation is wired before the plugin that publishes this (that plugin depends on it),
 * so it looks the service up in {@code LmsModule.started}:
 *
 * <pre>{@code
 * // the test plugin, in wire():
 * w.provide(FinalControlTest.class, new StreamFinalTest(tests, attempts));
 * // online attestation, in started():
 * testForm.receive(modules.service(FinalControlTest.class));   // Optional: empty when no plugin publishes one
 * }</pre>
 */
public interface FinalControlTest {

    /** Where a student stands in a stream's final test. */
    enum Standing {
        /** The teacher has not opened the stream's final test. */
        NOT_OPEN,
        /** Open, and the student has an attempt left to start. */
        READY,
        /** The student's attempt is running (its deadline has not passed). */
        RUNNING,
        /** The student has used every attempt the test allows; the result is in the journal. */
        FINISHED
    }

    Standing standing(long streamId, long studentId);

    /**
     * The address a student's exam page posts to (a form with the page's CSRF token) to start the
     * stream's final test or return to the running attempt; empty while no final test is open.
     */
    Optional<String> startPath(long streamId);
}
