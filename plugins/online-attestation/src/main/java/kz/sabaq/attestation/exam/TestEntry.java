package kz.sabaq.attestation.exam;

import java.time.Instant;
import kz.sabaq.api.attestation.FinalControlTest;
import kz.sabaq.api.attestation.FinalControlTest.Standing;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/**
 * The student's way into a final control conducted as a test, in place of ticket, questions and
 * answer: a "Start the test" button inside their slot when they are admitted and have an attempt
 * left, "Continue" while the attempt runs, otherwise what stands in the way. The test plugin checks
 * the same again when the button is pressed.
 *
 * @param state      {@code notOpen}, {@code waiting}, {@code notAdmitted}, {@code ready}, {@code running},
 *                   {@code finished} or {@code ended}; the page's {@code data-oa-test}
 * @param messageKey what the block says
 * @param path       where "Start" / "Continue" posts; null when there is no button
 * @param buttonKey  the button's label
 */
public record TestEntry(String state, String messageKey, String path, String buttonKey) {
    private static final String KEY = Answers.PREFIX + "test.";

    static TestEntry of(Attestation common, Opened exam, Instant now) {
        FinalControlTest test = common.testForm().test().orElse(null);
        Standing standing = test == null ? Standing.NOT_OPEN : test.standing(exam.streamId(), exam.studentId());
        String path = test == null ? null : test.startPath(exam.streamId()).orElse(null);
        if (standing == Standing.FINISHED) {
            return state("finished");
        }
        if (standing == Standing.RUNNING && path != null) {
            return new TestEntry("running", KEY + "running", path, KEY + "continue");
        }
        if (!exam.started(now)) {
            return state("waiting");
        }
        if (exam.slot().ended(now)) {
            return state("ended");
        }
        if (!new Admissions(common).admitted(exam.streamId(), exam.studentId())) {
            return state("notAdmitted");
        }
        if (standing == Standing.NOT_OPEN || path == null) {
            return state("notOpen");
        }
        return new TestEntry("ready", KEY + "ready", path, KEY + "start");
    }

    private static TestEntry state(String state) {
        return new TestEntry(state, KEY + state, null, null);
    }
}
