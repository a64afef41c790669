package kz.sabaq.bench.login;

import java.io.IOException;
import java.util.Map;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.web.Cookies;

/** What a person does to log in: open the form, send IIN, password and the form's CSRF token. */
public final class StudentLogin {

    public static void logIn(Browser browser, String iin) throws IOException, InterruptedException, UnexpectedResponse {
        String csrf = browser.get("/login").expect(200).hiddenField("_csrf");
        browser.postForm("/login", Map.of("iin", iin, "password", BenchStudents.PASSWORD, "return", "/", "_csrf", csrf))
                .expect(303);
        if (browser.cookie(Cookies.SESSION).isEmpty()) {
            throw new UnexpectedResponse("no session cookie after POST /login", "iin " + iin);
        }
    }

    private StudentLogin() {
    }
}
