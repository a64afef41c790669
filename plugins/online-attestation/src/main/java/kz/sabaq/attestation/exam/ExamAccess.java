package kz.sabaq.attestation.exam;

import java.time.Instant;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Conduct;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.Opening;
import kz.sabaq.attestation.Sitting;

/**
 * Who may open one student's final control page: the student themself (only their own, with the
 * student module), and staff who may view the stream. Deny by default.
 */
public final class ExamAccess {
    private final Attestation common;

    public ExamAccess(Attestation common) {
        this.common = common;
    }

    /** One student's final control as the viewer opened it. */
    public record Opened(Stream stream, OnlineStream online, ExamSlot slot, Sitting sitting, boolean student,
                         boolean canEdit, boolean canGrade) {

        public long streamId() {
            return stream.id();
        }

        public long studentId() {
            return sitting.studentId();
        }

        public boolean byTicket() {
            return online == null || online.byTicket();
        }

        /** Conducted as a computer-based test: no ticket, task or written answer; the test's result is the grade. */
        public boolean byTest() {
            return online != null && online.conduct() == Conduct.TEST;
        }

        public boolean started(Instant now) {
            return slot.started(now);
        }
    }

    public Opened open(Viewer viewer, long streamId, long studentId) {
        if (viewer.userId() == studentId && viewer.can(OnlineAttestationModule.SIT)) {
            Stream stream = common.academic().stream(streamId).orElseThrow(UserError::notFound);
            Opening opening = common.store().opening(streamId, studentId);
            if (opening == null || !common.academic().isStudentOf(streamId, studentId)) {
                throw UserError.notFound();
            }
            return opened(stream, opening, true, false, false);
        }
        Stream stream = common.access().viewable(viewer, streamId);
        Opening opening = common.store().opening(streamId, studentId);
        if (opening == null) {
            throw UserError.notFound();
        }
        return opened(stream, opening, false, common.access().canEdit(viewer, stream),
                common.access().canGrade(viewer, stream));
    }

    /** The student's own final control; staff are refused (they do not answer for a student). */
    public Opened own(Viewer viewer, long streamId, long studentId) {
        Opened opened = open(viewer, streamId, studentId);
        if (!opened.student()) {
            throw UserError.forbidden();
        }
        return opened;
    }

    /** The sitting, its slot and the stream's online state come in one read (see {@link Opening}). */
    private static Opened opened(Stream stream, Opening opening, boolean student, boolean edit, boolean grade) {
        return new Opened(stream, opening.onlineStream(), opening.slot(), opening.sitting(), student, edit, grade);
    }
}
