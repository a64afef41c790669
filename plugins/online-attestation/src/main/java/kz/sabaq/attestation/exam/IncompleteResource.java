package kz.sabaq.attestation.exam;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/** "I (incomplete) until …" on a student's final control page, beside the grade and the absence. */
@Path("/online-attestation/streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/incomplete")
@Produces(MediaType.TEXT_HTML)
public final class IncompleteResource {
    private final ExamAccess access;
    private final ExamPage pages;
    private final Incompletes incompletes;

    IncompleteResource(ExamAccess access, ExamPage pages, Incompletes incompletes) {
        this.access = access;
        this.pages = pages;
        this.incompletes = incompletes;
    }

    @POST
    @RequiresCapability(OnlineAttestationModule.GRADE)
    public Response mark(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                         @FormParam("deadline") String deadline, @Context Viewer viewer) {
        Opened exam = access.open(viewer, streamId, studentId);
        return RefusedForm.attempt(() -> {
            incompletes.mark(viewer.userId(), exam, deadline);
            return Response.seeOther(URI.create("/online-attestation/streams/" + streamId + "/students/" + studentId + "#grade")).build();
        }, () -> pages.page(exam, viewer.locale(), false));
    }
}
