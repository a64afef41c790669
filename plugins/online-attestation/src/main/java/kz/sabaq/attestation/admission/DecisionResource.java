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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @GET
    @RequiresCapability(OnlineAttestationModule.ADMIT)
    public View form(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                     @Context Viewer viewer) {
        Student student = decisions.admissible(viewer, streamId, studentId);
        Admissions admissions = new Admissions(common);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("streamId", streamId);
        model.put("studentId", studentId);
        model.put("name", student.displayName());
        model.put("discipline", common.academic().stream(streamId).orElseThrow().discipline().in(viewer.locale()));
        model.put("byRules", admissions.byRules(streamId, studentId));
        List<String> reasons = common.attendanceAdmission()
                .map(a -> a.state(streamId, studentId).reasons().stream().map(r -> r.in(viewer.locale())).toList())
                .orElse(List.of());
        model.put("reasons", reasons);
        model.put("hasReasons", !reasons.isEmpty());
        model.put("decision", common.store().admissionDecision(streamId, studentId));
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
