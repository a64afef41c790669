package kz.sabaq.core.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.web.Cookies;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class LoginResource {
    private final Login login;
    private final SessionStore sessions;
    private final Cookies cookies;
    private final Duration knownFor;
    private final Messages messages;

    public LoginResource(Login login, SessionStore sessions, Cookies cookies, Duration knownFor, Messages messages) {
        this.login = login;
        this.messages = messages;
        this.knownFor = knownFor;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @GET
    @Path("login")
    @PublicAccess
    public Response form(@QueryParam("return") String back, @QueryParam("notice") String notice,
                         @Context Viewer viewer) {
        if (viewer.loggedIn()) {
            return Response.seeOther(URI.create(SafeReturn.of(back))).build();
        }
        return Response.ok(page(back, notice, "", null)).build();
    }

    @POST
    @Path("login")
    @PublicAccess
    public Response logIn(@FormParam("iin") String iin, @FormParam("password") String password,
                          @FormParam("return") String back, @FormParam("notice") String notice,
                          @CookieParam(Cookies.BROWSER) String browser,
                          @Context HttpServletRequest http) {
        try {
            Login.Success done = login.logIn(iin, password == null ? new char[0] : password.toCharArray(),
                    http.getRemoteAddr(), browser);
            return Response.seeOther(URI.create(SafeReturn.of(back)))
                    .cookie(cookies.make(Cookies.SESSION, done.sessionToken(), (int) SessionStore.LIFETIME.toSeconds()),
                            cookies.make(Cookies.BROWSER, done.browserToken(), (int) knownFor.toSeconds()))
                    .build();
        } catch (UserError e) {
            Response.ResponseBuilder answer = Response.status(e.status()).entity(page(back, notice, iin, e));
            if (e.status() == 429) {
                answer.header("Retry-After", e.args()[0]);
            }
            return answer.build();
        }
    }

    @POST
    @Path("logout")
    @AnyUser
    public Response logOut(@Context HttpServletRequest http) {
        jakarta.servlet.http.Cookie[] all = http.getCookies();
        if (all != null) {
            for (var c : all) {
                if (Cookies.SESSION.equals(c.getName())) {
                    sessions.close(c.getValue());
                }
            }
        }
        return Response.seeOther(URI.create("/login")).cookie(cookies.expire(Cookies.SESSION)).build();
    }

    private View page(String back, String notice, String iin, UserError error) {
        return View.of("core/login", "core.login.title", new Model(SafeReturn.of(back),
                LoginNotice.of(notice, messages).orElse(null), iin == null ? "" : iin,
                error == null ? null : error.messageKey(),
                error == null || error.args().length == 0 ? "" : String.valueOf(error.args()[0])));
    }

    /**
     * The login form.
     *
     * @param returnTo where to go after logging in: a path on this site
     * @param notice   a module's word on why the login is asked (a scan to complete), or null
     * @param errorKey why the last attempt was refused, or null
     */
    public record Model(String returnTo, String notice, String iin, String errorKey, String errorArg) {
    }
}
