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
import java.util.List;
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
        List<Row> rows = search.search(prefix, contains, PAGE_SIZE, (number - 1) * PAGE_SIZE).stream()
                .map(u -> new Row(u.id(), u.iin(), u.fullName(), u.active())).toList();
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        String base = "/admin/users?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=";
        ListModel model = new ListModel(q, rows, total, number, pages, rows.isEmpty(),
                number > 1 ? base + (number - 1) : null, number < pages ? base + (number + 1) : null,
                viewer.can(CoreModule.ADMIN_EDIT));
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
        List<LanguageOption> languages = new ArrayList<>();
        for (Language l : Language.values()) {
            languages.add(new LanguageOption(l.code(), l.nativeName(), l.code().equals(r.locale())));
        }
        return View.of("core/users-new", "core.users.new.title", new NewModel(value(r.iin()), value(r.surname()),
                value(r.firstName()), value(r.patronymic()), value(r.email()), languages, PasswordResource.MIN_LENGTH));
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }

    /**
     * The list of people found by {@code q}, a page at a time.
     *
     * @param prevHref the previous page's address, or null on the first
     * @param nextHref the next page's address, or null on the last
     */
    public record ListModel(String q, List<Row> users, long total, int page, long pages, boolean none, String prevHref,
                     String nextHref, boolean canEdit) {
    }

    record Row(long id, String iin, String fullName, boolean active) {
    }

    /** The new person's form, filled with what was typed. */
    public record NewModel(String iin, String surname, String firstName, String patronymic, String email,
                    List<LanguageOption> languages, int minLength) {
    }

    record LanguageOption(String code, String name, boolean selected) {
    }
}
