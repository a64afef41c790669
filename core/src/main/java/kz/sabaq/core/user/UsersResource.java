package kz.sabaq.core.user;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.auth.PasswordResource;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.i18n.Language;

/** {@code /admin/users}: find people by IIN or name, page by page, and create new ones. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
public final class UsersResource {
    static final int PAGE_SIZE = 20;

    private final UserAdminMapper search;
    private final UserAccounts accounts;
    private final UserResource userPage;

    public UsersResource(UserAdminMapper search, UserAccounts accounts, UserResource userPage) {
        this.search = search;
        this.accounts = accounts;
        this.userPage = userPage;
    }

    @GET
    @RequiresCapability(CoreModule.ADMIN_VIEW)
    public View list(@QueryParam("q") String query, @QueryParam("page") Integer page, @Context Viewer viewer) {
        String q = query == null ? "" : query.strip();
        int number = page == null || page < 1 ? 1 : page;
        String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String prefix = escaped + "%";
        String contains = "%" + escaped + "%";
        long total = search.count(prefix, contains);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (User u : search.search(prefix, contains, PAGE_SIZE, (number - 1) * PAGE_SIZE)) {
            rows.add(Map.of("id", u.id(), "iin", u.iin(), "fullName", u.fullName(), "active", u.active()));
        }
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("q", q);
        model.put("users", rows);
        model.put("total", total);
        model.put("page", number);
        model.put("pages", pages);
        model.put("none", rows.isEmpty());
        String base = "/admin/users?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=";
        if (number > 1) {
            model.put("prevHref", base + (number - 1));
        }
        if (number < pages) {
            model.put("nextHref", base + (number + 1));
        }
        model.put("canEdit", viewer.can(CoreModule.ADMIN_EDIT));
        return View.of("core/users", "core.users.title", model);
    }

    @GET
    @Path("new")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public View form(@Context Viewer viewer) {
        return form(new UserRequest("", "", "", "", "", Language.of(viewer.locale()).code()));
    }

    @POST
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response create(@FormParam("iin") String iin, @FormParam("surname") String surname,
                           @FormParam("firstName") String firstName, @FormParam("patronymic") String patronymic,
                           @FormParam("email") String email, @FormParam("locale") String locale,
                           @FormParam("password") String password, @Context Viewer viewer) {
        UserRequest request = new UserRequest(iin, surname, firstName, patronymic, email, locale);
        try {
            UserAccounts.Created created = accounts.create(request, password, List.of(), viewer.userId());
            return Response.ok(userPage.page(created.id(), viewer, "core.users.created",
                    created.generated() ? created.password() : null)).build();
        } catch (UserError e) {
            return RefusedForm.response(e, () -> form(request));
        }
    }

    private static View form(UserRequest r) {
        Map<String, Object> model = new HashMap<>();
        model.put("iin", value(r.iin()));
        model.put("surname", value(r.surname()));
        model.put("firstName", value(r.firstName()));
        model.put("patronymic", value(r.patronymic()));
        model.put("email", value(r.email()));
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : Language.values()) {
            languages.add(Map.of("code", l.code(), "name", l.nativeName(), "selected", l.code().equals(r.locale())));
        }
        model.put("languages", languages);
        model.put("minLength", PasswordResource.MIN_LENGTH);
        return View.of("core/users-new", "core.users.new.title", model);
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
