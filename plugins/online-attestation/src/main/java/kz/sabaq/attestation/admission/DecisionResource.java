package kz.sabaq.attestation.admission;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.OnlineAttestationModule;

/** The "Admit by decision" form of one student of a stream. */
@Path("/online-attestation/streams/{stream: \\d{1,18}}/admission/{student: \\d{1,18}}")
@Produces(MediaType.TEXT_HTML)
public final class DecisionResource {
    private final Attestation common;
    private final Decisions decisions;

    public DecisionResource(Attestation common, Decisions decisions) {
        this.common = common;
        this.decisions = decisions;
    }

    /**
     * The form's page: whether the rules admit the student, the attendance reasons they do not, and the
     * decision already recorded ({@code null} while there is none).
     */
    public record Model(long streamId, long studentId, String name, String discipline, boolean byRules,
                        List<String> reasons, boolean hasReasons, String decision) {
    }

    @GET
    @RequiresCapability(OnlineAttestationModule.ADMIT)
    public View form(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                     @Context Viewer viewer) {
        Student student = decisions.admissible(viewer, streamId, studentId);
        Admissions admissions = new Admissions(common);
        List<String> reasons = common.attendanceAdmission()
                .map(a -> a.state(streamId, studentId).reasons().stream().map(r -> r.in(viewer.locale())).toList())
                .orElse(List.of());
        Model model = new Model(streamId, studentId, student.displayName(),
                common.academic().stream(streamId).orElseThrow().discipline().in(viewer.locale()),
                admissions.byRules(streamId, studentId), reasons, !reasons.isEmpty(),
                common.store().admissionDecision(streamId, studentId));
        return View.of("online-attestation/admission-decision", "online-attestation.admission.title", model);
    }

    @POST
    @RequiresCapability(OnlineAttestationModule.ADMIT)
    public Response admit(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                          @FormParam("reason") String reason, @Context Viewer viewer) {
        return RefusedForm.attempt(() -> {
            decisions.admit(viewer, streamId, studentId, reason);
            return Response.seeOther(URI.create("/online-attestation/streams/" + streamId)).build();
        }, () -> form(streamId, studentId, viewer));
    }
}
