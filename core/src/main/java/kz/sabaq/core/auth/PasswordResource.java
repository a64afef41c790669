package kz.sabaq.core.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.Map;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.user.UserMapper;
import kz.sabaq.core.web.Cookies;

/** A user changes their own password; every other browser of theirs is logged out. */
@Path("/password")
@Produces(MediaType.TEXT_HTML)
public final class PasswordResource {
    public static final int MIN_LENGTH = 8;

    private final UserMapper users;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final AuditLog audit;

    public PasswordResource(UserMapper users, PasswordHasher hasher, SessionStore sessions, AuditLog audit) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
    }

    @GET
    @AnyUser
    public View form() {
        return page(null, false);
    }

    @POST
    @AnyUser
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
                           @FormParam("confirm") String confirm, @Context SecurityContext sc,
                           @Context HttpServletRequest http) {
        Viewer viewer = Viewer.of(sc);
        var user = users.findById(viewer.userId()).orElseThrow();
        String problem = null;
        if (current == null || !hasher.verify(current.toCharArray(), user.passwordHash())) {
            problem = "core.password.currentWrong";
        } else if (password == null || password.length() < MIN_LENGTH) {
            problem = "core.password.tooShort";
        } else if (!password.equals(confirm)) {
            problem = "core.password.mismatch";
        }
        if (problem != null) {
            return Response.status(400).entity(page(problem, false)).build();
        }
        users.setPasswordHash(user.id(), hasher.hash(password.toCharArray()));
        for (var c : http.getCookies()) {
            if (Cookies.SESSION.equals(c.getName())) {
                sessions.closeOthers(user.id(), c.getValue());
            }
        }
        audit.record(user.id(), "core.password.changed", "user:" + user.id(), Map.of());
        return Response.ok(page(null, true)).build();
    }

    private static View page(String errorKey, boolean done) {
        Map<String, Object> model = new HashMap<>();
        model.put("minLength", MIN_LENGTH);
        model.put("done", done);
        if (errorKey != null) {
            model.put("errorKey", errorKey);
        }
        return View.of("core/password", "core.password.title", model);
    }
}
