package kz.sabaq.attestation.admission;

import java.util.Map;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;

/**
 * "Admitted by decision": a person with the right to admit, in the stream's context, admits a
 * student the rules do not admit, with a reason; audited with the rules' verdict at that moment.
 */
public final class Decisions {
    static final int MAX_REASON = 1000;

    private final Attestation common;
    private final DecisionMapper store;

    public Decisions(Attestation common, DecisionMapper store) {
        this.common = common;
        this.store = store;
    }

    /** The stream and the student, when the viewer may admit in that stream; 403 / 404 otherwise. */
    Student admissible(Viewer viewer, long streamId, long studentId) {
        Stream stream = common.access().viewable(viewer, streamId);
        if (!common.access().canAdmit(viewer, stream)) {
            throw UserError.forbidden();
        }
        return common.academic().studentsOf(streamId).stream().filter(s -> s.userId() == studentId).findFirst()
                .orElseThrow(UserError::notFound);
    }

    void admit(Viewer viewer, long streamId, long studentId, String reason) {
        admissible(viewer, streamId, studentId);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw UserError.badRequest("online-attestation.admission.error.reason").on("reason");
        }
        if (text.length() > MAX_REASON) {
            throw UserError.badRequest("online-attestation.admission.error.reasonLength", MAX_REASON).on("reason");
        }
        boolean byRules = new Admissions(common).byRules(streamId, studentId);
        common.transactions().run(() -> {
            store.admit(streamId, studentId, text, common.clock().instant(), viewer.userId());
            common.audit().record(viewer.userId(), "online-attestation.admission.decision",
                    "oa-admission:" + streamId + ":" + studentId, Map.of("reason", text, "admittedByRules", byRules));
        });
    }
}
