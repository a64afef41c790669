package kz.sabaq.core.cabinet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.SessionViewer;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.web.Navigation;

/** The home page after login: who you are, your roles, and a tile per thing you may open. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class CabinetResource {
    private final Navigation navigation;
    private final Messages messages;

    public CabinetResource(Navigation navigation, Messages messages) {
        this.navigation = navigation;
        this.messages = messages;
    }

    @GET
    @AnyUser
    public View cabinet(@Context Viewer viewer) {
        List<Map<String, String>> tiles = new ArrayList<>();
        for (MenuEntry e : navigation.visibleTo(viewer)) {
            tiles.add(Map.of("labelKey", e.labelKey(), "path", e.path()));
        }
        List<String> roles = new ArrayList<>();
        if (viewer instanceof SessionViewer s) {
            for (RoleDefinition r : s.roles()) {
                roles.add(r.name() != null ? r.name() : messages.get(viewer.locale(), "core.role." + r.code()));
            }
        }
        return View.of("core/cabinet", "core.cabinet.title", Map.of("tiles", tiles, "roles", String.join(", ", roles)));
    }
}
