package kz.sabaq.core.cabinet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;

/** The home page after login; see {@link CabinetPage}. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class CabinetResource {
    private final CabinetPage page;

    public CabinetResource(CabinetPage page) {
        this.page = page;
    }

    @GET
    @AnyUser
    public View cabinet(@Context Viewer viewer) {
        return page.of(viewer);
    }
}
