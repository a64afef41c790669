package kz.sabaq.core.user;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.RoleRow;
import kz.sabaq.core.auth.PasswordResource;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;

/** {@code /admin/users/{id}}: one person; password reset, activation and roles. */
@Path("/admin/users/{id: \\d+}")
@Produces(MediaType.TEXT_HTML)
public final class UserResource {
    private static final Set<String> DONE = Set.of("activated", "deactivated", "assigned", "unassigned");

    private final UserMapper users;
    private final UserAdminMapper admin;
    private final RoleMapper roles;
    private final UserAccounts accounts;
    private final Messages messages;

    public UserResource(UserMapper users, UserAdminMapper admin, RoleMapper roles, UserAccounts accounts,
                        Messages messages) {
        this.users = users;
        this.admin = admin;
        this.roles = roles;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GET
    @RequiresCapability(CoreModule.ADMIN_VIEW)
    public View show(@PathParam("id") long id, @QueryParam("done") String done, @Context Viewer viewer) {
        return page(id, viewer, done != null && DONE.contains(done) ? "core.users.done." + done : null, null);
    }

    @POST
    @Path("password")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response resetPassword(@PathParam("id") long id, @FormParam("password") String password,
                                  @Context Viewer viewer) {
        try {
            String set = accounts.resetPassword(id, password, viewer.userId());
            boolean generated = password == null || password.isEmpty();
            return Response.ok(page(id, viewer, "core.users.done.password", generated ? set : null)).build();
        } catch (UserError e) {
            return refused(id, viewer, e);
        }
    }

    @POST
    @Path("active")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response setActive(@PathParam("id") long id, @FormParam("active") String active, @Context Viewer viewer) {
        boolean on = "true".equals(active);
        try {
            accounts.setActive(id, on, viewer.userId());
        } catch (UserError e) {
            return refused(id, viewer, e);
        }
        return done(id, on ? "activated" : "deactivated");
    }

    @POST
    @Path("roles")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response assign(@PathParam("id") long id, @FormParam("role") String role, @FormParam("confirm") String confirm,
                           @Context Viewer viewer) {
        try {
            long roleId = roleId(role);
            // Every right at once: the administrator's role is given only after a second, explicit yes.
            boolean administrator = roles.byId(roleId).map(r -> StandardRoles.ADMINISTRATOR.equals(r.code())).orElse(false);
            if (administrator && !"1".equals(confirm)) {
                return Response.ok(page(id, viewer, null, null, roleId)).build();
            }
            accounts.assignRole(id, roleId, viewer.userId());
        } catch (UserError e) {
            return refused(id, viewer, e);
        }
        return done(id, "assigned");
    }

    @POST
    @Path("roles/remove")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response unassign(@PathParam("id") long id, @FormParam("role") String role, @Context Viewer viewer) {
        try {
            accounts.unassignRole(id, roleId(role), viewer.userId());
        } catch (UserError e) {
            return refused(id, viewer, e);
        }
        return done(id, "unassigned");
    }

    private static long roleId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw UserError.badRequest("core.users.error.unknownRole", value == null ? "" : value);
        }
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/admin/users/" + id + "?done=" + what)).build();
    }

    private Response refused(long id, Viewer viewer, UserError e) {
        return RefusedForm.response(e, () -> page(id, viewer, null, null));
    }

    /** The person's page; {@code shownPassword} is a generated password, shown this once and never stored in clear. */
    View page(long id, Viewer viewer, String noticeKey, String shownPassword) {
        return page(id, viewer, noticeKey, shownPassword, null);
    }

    /** @param confirmRole the administrator's role, when giving it waits for a confirmation */
    private View page(long id, Viewer viewer, String noticeKey, String shownPassword, Long confirmRole) {
        User u = users.findById(id).orElseThrow(UserError::notFound);
        Language language = Language.of(viewer.locale());
        Person user = new Person(u.id(), u.iin(), u.fullName(), u.email() == null ? "" : u.email(),
                Language.of(u.locale()).map(Language::nativeName).orElse(u.locale()), u.active());
        List<UserAdminMapper.HeldRole> held = admin.rolesOf(id);
        Set<Long> heldIds = held.stream().map(UserAdminMapper.HeldRole::id).collect(Collectors.toSet());
        List<Role> heldRows = held.stream().map(r -> new Role(r.id(), roleName(r.code(), r.name(), language))).toList();
        List<Role> others = roles.roles().stream().filter(r -> !heldIds.contains(r.id()))
                .map(r -> new Role(r.id(), roleName(r.code(), r.name(), language))).toList();
        return View.of("core/users-show", "core.users.show.title", new Model(user, heldRows, heldRows.isEmpty(), others,
                !others.isEmpty(), viewer.can(CoreModule.ADMIN_EDIT), PasswordResource.MIN_LENGTH, noticeKey,
                shownPassword, Optional.ofNullable(confirmRole).map(PendingRole::new)));
    }

    private String roleName(String code, String name, Language language) {
        return name != null ? name : messages.get(language, "core.role." + code);
    }

    /**
     * A person's page.
     *
     * @param noticeKey            what was just done, or null
     * @param shownPassword        a generated password shown this once, or null
     * @param confirmAdministrator the administrator's role while giving it waits for a second yes
     */
    public record Model(Person user, List<Role> held, boolean noRoles, List<Role> others, boolean hasOthers, boolean canEdit,
                 int minLength, String noticeKey, String shownPassword, Optional<PendingRole> confirmAdministrator) {
    }

    record Person(long id, String iin, String fullName, String email, String language, boolean active) {
    }

    /** A role held or offered. */
    record Role(long id, String name) {
    }

    /** The administrator's role, given only after a second, explicit yes. */
    record PendingRole(long id) {
    }
}
