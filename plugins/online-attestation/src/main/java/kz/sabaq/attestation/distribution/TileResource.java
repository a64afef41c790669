package kz.sabaq.attestation.distribution;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.OnlineAttestationModule;

/**
 * The "Choose a ticket" block's data ({@link TilePresses}). A POST carries the CSRF token in the
 * {@code X-CSRF-Token} header (core's CsrfFilter), and errors come back as translated JSON; "taken"
 * also carries the tiles as they are now. The ordinary press is answered before this resource by
 * {@link QuickTiles}; this one answers what that route leaves.
 */
@Path("/online-attestation/streams/{id: \\d{1,18}}/tiles")
@Produces(MediaType.APPLICATION_JSON)
public final class TileResource {
    private final TilePresses presses;

    TileResource(TilePresses presses) {
        this.presses = presses;
    }

    @GET
    @RequiresCapability(OnlineAttestationModule.SIT)
    public Map<String, List<TicketDistribution.Tile>> tiles(@PathParam("id") long streamId, @Context Viewer viewer) {
        return Map.of("tiles", presses.tiles(streamId, viewer));
    }

    @POST
    @Path("{position: \\d{1,9}}")
    @RequiresCapability(OnlineAttestationModule.SIT)
    public Response choose(@PathParam("id") long streamId, @PathParam("position") int position, @Context Viewer viewer) {
        TilePresses.Answer answer = presses.press(streamId, position, viewer);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build();
    }
}
