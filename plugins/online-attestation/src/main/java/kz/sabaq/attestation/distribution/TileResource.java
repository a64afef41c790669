package kz.sabaq.attestation.distribution;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.OnlineAttestationModule;

/**
 * The "Choose a ticket" block's data, for the student themself only: their own sitting in the
 * stream, placed, with "students' own choice". A POST carries the CSRF token in the
 * {@code X-CSRF-Token} header (core's CsrfFilter), and errors come back as translated JSON; "taken"
 * also carries the tiles as they are now.
 */
@Path("/online-attestation/streams/{id: \\d{1,18}}/tiles")
@Produces(MediaType.APPLICATION_JSON)
public final class TileResource {
    private final Choice choice;
    private final Admissions admissions;
    private final Translations texts;

    TileResource(Choice choice, Admissions admissions, Translations texts) {
        this.choice = choice;
        this.admissions = admissions;
        this.texts = texts;
    }

    @GET
    @RequiresCapability(OnlineAttestationModule.SIT)
    public Map<String, Object> tiles(@PathParam("id") long streamId, @Context Viewer viewer) {
        return Map.of("tiles", tiles(admitted(streamId, viewer)));
    }

    @POST
    @Path("{position: \\d{1,9}}")
    @RequiresCapability(OnlineAttestationModule.SIT)
    public Response choose(@PathParam("id") long streamId, @PathParam("position") int position, @Context Viewer viewer) {
        Choice.Chooser chooser = admitted(streamId, viewer);
        try {
            return Response.ok(Map.of("ticket", choice.choose(chooser, position))).build();
        } catch (UserError e) {
            if (!Choice.TAKEN.equals(e.messageKey())) {
                throw e;
            }
            // "Taken, choose another" brings the tiles as they are now (the page shows them), so a
            // whole stream pressing at once does not also send a reload after every collision.
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", e.messageKey(), "message", texts.get(viewer.locale(), e.messageKey()),
                            "tiles", tiles(chooser)))
                    .build();
        }
    }

    private List<Map<String, Object>> tiles(Choice.Chooser chooser) {
        return choice.tiles(chooser).stream().map(t -> {
            Map<String, Object> tile = new LinkedHashMap<>();
            tile.put("position", t.position());
            tile.put("free", t.free());
            return tile;
        }).toList();
    }

    /**
     * The student's admission, then their sitting where they may choose. A decision comes with the
     * sitting's one read, so only the rules (attendance, rating) are asked for separately.
     */
    private Choice.Chooser admitted(long streamId, Viewer viewer) {
        ChoiceFacts facts = choice.facts(streamId, viewer.userId());
        if (facts == null) {
            admissions.require(streamId, viewer.userId());
        } else if (!facts.admittedByDecision()) {
            admissions.requireByRules(streamId, viewer.userId());
        }
        return choice.mayChoose(streamId, viewer.userId(), facts);
    }
}
