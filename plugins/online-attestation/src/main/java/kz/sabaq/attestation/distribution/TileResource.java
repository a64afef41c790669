package kz.sabaq.attestation.distribution;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.OnlineAttestationModule;

/**
 * The "Choose a ticket" block's data, for the student themself only: their own sitting in the
 * stream, placed, with "students' own choice". A POST carries the CSRF token in the
 * {@code X-CSRF-Token} header (core's CsrfFilter), and errors come back as translated JSON.
 */
@Path("/online-attestation/streams/{id: \\d{1,18}}/tiles")
@Produces(MediaType.APPLICATION_JSON)
public final class TileResource {
    private final Choice choice;
    private final Admissions admissions;

    TileResource(Choice choice, Admissions admissions) {
        this.choice = choice;
        this.admissions = admissions;
    }

    @GET
    @RequiresCapability(OnlineAttestationModule.SIT)
    public Map<String, Object> tiles(@PathParam("id") long streamId, @Context Viewer viewer) {
        admissions.require(streamId, viewer.userId());
        List<Map<String, Object>> tiles = choice.tiles(choice.mayChoose(streamId, viewer.userId())).stream().map(t -> {
            Map<String, Object> tile = new LinkedHashMap<>();
            tile.put("position", t.position());
            tile.put("free", t.free());
            return tile;
        }).toList();
        return Map.of("tiles", tiles);
    }

    @POST
    @Path("{position: \\d{1,9}}")
    @RequiresCapability(OnlineAttestationModule.SIT)
    public Map<String, Object> choose(@PathParam("id") long streamId, @PathParam("position") int position,
                                      @Context Viewer viewer) {
        admissions.require(streamId, viewer.userId());
        return Map.of("ticket", choice.choose(viewer, streamId, position));
    }
}
