package kz.sabaq.bench.login;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.web.Cookies;

/** What a person does to log in: open the form, send IIN, password and the form's CSRF token. */
public final class StudentLogin {
    /** Logins run a few at a time while preparing: each costs an Argon2id hash. */
    private static final int PARALLEL_LOGINS = 4;

    public static void logIn(Browser browser, String iin) throws IOException, InterruptedException, UnexpectedResponse {
        String csrf = browser.get("/login").expect(200).hiddenField("_csrf");
        browser.postForm("/login", Map.of("iin", iin, "password", BenchStudents.PASSWORD, "return", "/", "_csrf", csrf))
                .expect(303);
        if (browser.cookie(Cookies.SESSION).isEmpty()) {
            throw new UnexpectedResponse("no session cookie after POST /login", "iin " + iin);
        }
    }

    /** One logged-in browser per IIN, in the order given; a login that fails stops the preparation. */
    public static List<Browser> logInAll(Target target, List<String> iins) throws InterruptedException {
        List<Browser> browsers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL_LOGINS, iins.size())));
        try {
            List<Future<?>> logins = new ArrayList<>();
            for (String iin : iins) {
                Browser browser = target.browser();
                browsers.add(browser);
                logins.add(pool.submit(() -> {
                    logIn(browser, iin);
                    return null;
                }));
            }
            for (Future<?> login : logins) {
                try {
                    login.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("A student could not log in while preparing: "
                            + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return browsers;
    }

    private StudentLogin() {
    }
}
