package kz.sabaq.attestation.exam;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;

/** {@code /online-attestation/slots/{id}/live}: the slot's live rows for staff who may view its stream. */
@Path("/online-attestation/slots")
public final class LiveResource {
    private final Attestation common;
    private final LiveEvents events;

    public LiveResource(Attestation common, LiveEvents events) {
        this.common = common;
        this.events = events;
    }

    @GET
    @Path("{id: \\d{1,18}}/live")
    @Produces("text/event-stream")
    @RequiresCapability(OnlineAttestationModule.VIEW)
    public Response live(@PathParam("id") long slotId, @Context SecurityContext sc) {
        Viewer viewer = Viewer.of(sc);
        ExamSlot slot = common.store().slot(slotId);
        if (slot == null) {
            throw UserError.notFound();
        }
        common.access().viewable(viewer, slot.streamId());
        return Response.ok(events.stream(slotId, viewer.locale())).header("Cache-Control", "no-store")
                .header("X-Accel-Buffering", "no").build();
    }
}
