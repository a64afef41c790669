package kz.sabaq.core.cabinet;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.auth.SafeReturn;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.user.UserMapper;
import kz.sabaq.core.web.Cookies;

/** Switches the interface language and returns to the same page; a user's choice is remembered. */
@Path("/lang")
public final class LanguageResource {
    private final UserMapper users;
    private final Cookies cookies;

    public LanguageResource(UserMapper users, Cookies cookies) {
        this.users = users;
        this.cookies = cookies;
    }

    @POST
    @PublicAccess
    public Response switchTo(@FormParam("lang") String code, @FormParam("return") String back, @Context Viewer viewer) {
        Language language = Language.of(code).orElseThrow(() -> UserError.badRequest("core.lang.unknown", code));
        if (viewer.loggedIn()) {
            users.setLocale(viewer.userId(), language.code());
        }
        return Response.seeOther(URI.create(SafeReturn.of(back)))
                .cookie(cookies.make(Cookies.LANGUAGE, language.code(), 365 * 24 * 3600))
                .build();
    }
}
