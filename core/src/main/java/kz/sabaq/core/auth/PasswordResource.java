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
import java.util.Map;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.UserError;
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
        return page(false);
    }

    @POST
    @AnyUser
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
                           @FormParam("confirm") String confirm, @Context Viewer viewer,
                           @Context HttpServletRequest http) {
        var user = users.findById(viewer.userId()).orElseThrow();
        UserError problem = null;
        if (current == null || !hasher.verify(current.toCharArray(), user.passwordHash())) {
            problem = UserError.badRequest("core.password.currentWrong").on("current");
        } else if (password == null || password.length() < MIN_LENGTH) {
            problem = UserError.badRequest("core.password.tooShort", MIN_LENGTH).on("password");
        } else if (!password.equals(confirm)) {
            problem = UserError.badRequest("core.password.mismatch").on("confirm");
        }
        if (problem != null) {
            return RefusedForm.response(problem, () -> page(false));
        }
        users.setPasswordHash(user.id(), hasher.hash(password.toCharArray()));
        for (var c : http.getCookies()) {
            if (Cookies.SESSION.equals(c.getName())) {
                sessions.closeOthers(user.id(), c.getValue());
            }
        }
        audit.record(user.id(), "core.password.changed", "user:" + user.id(), Map.of());
        return Response.ok(page(true)).build();
    }

    private static View page(boolean done) {
        return View.of("core/password", "core.password.title", new Model(MIN_LENGTH, done));
    }

    /** The password form; {@code done} once the new password is saved. */
    public record Model(int minLength, boolean done) {
    }
}
