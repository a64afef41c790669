package kz.sabaq.attestation.exam;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
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
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresCapability(OnlineAttestationModule.VIEW)
    public void live(@PathParam("id") long slotId, @Context Viewer viewer, @Context SseEventSink sink, @Context Sse sse) {
        ExamSlot slot = common.store().slot(slotId);
        if (slot == null) {
            throw UserError.notFound();
        }
        common.access().viewable(viewer, slot.streamId());
        events.stream(slotId, viewer.locale(), sink, sse);
    }
}
