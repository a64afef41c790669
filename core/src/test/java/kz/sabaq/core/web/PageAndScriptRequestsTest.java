package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a browser's request is answered with, decided once for every resource: a page's script is
 * never refused for the {@code Accept} it sends, and a visitor without a session who opens a page is
 * sent to log in, while a script's call gets 401.
 */
class PageAndScriptRequestsTest {
    /** What Chromium sends when the user opens an address, a link or a bookmark. */
    static final String NAVIGATION = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
            + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    static final AtomicReference<String> DRAFT = new AtomicReference<>();
    static TestServer server;
    static String iin;

    @BeforeAll
    static void start() {
        server = TestServer.builder().module(new SampleModule()).start();
        iin = Iins.next();
        server.user(iin, "Сұраныс", "Әли");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "text/html", NAVIGATION})
    void anActionOfAPageClassAnswersWhateverTheScriptAccepts(String accept) {
        WebClient student = loggedIn();
        String body = "жауап " + accept;

        WebClient.Page answer = student.send(HttpRequest.newBuilder(URI.create(student.url("/sample/draft")))
                .header("Accept", accept).header("X-CSRF-Token", student.csrf())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FormFields.of("body", body).encoded())).build());

        assertEquals(204, answer.status(), answer.body());
        assertEquals(body, DRAFT.get());
    }

    @Test
    void aJsonMethodAnswersJsonAlsoToACallerThatNamesOnlyHtml() {
        WebClient.Page answer = loggedIn().send(HttpRequest.newBuilder(URI.create(server.url("/sample/data")))
                .header("Accept", "text/html").GET().build());

        assertEquals(200, answer.status(), answer.body());
        assertEquals("{\"saved\":true}", answer.body());
    }

    @Test
    void theErrorOfAJsonMethodIsJsonWhateverTheCallerAccepts() {
        WebClient.Page answer = loggedIn().send(HttpRequest.newBuilder(URI.create(server.url("/sample/refused")))
                .header("Accept", "*/*").GET().build());

        assertEquals(409, answer.status());
        assertTrue(answer.body().startsWith("{") && answer.body().contains("\"error\":\"core.error.badRequest\""), answer.body());
    }

    @Test
    void aRefusedFormIsThePageAgainForTheBrowserAndTheErrorForAScript() {
        WebClient student = loggedIn();
        WebClient.Page page = student.post("/sample/form", Map.of("body", "typed"));
        WebClient.Page script = student.send(HttpRequest.newBuilder(URI.create(student.url("/sample/form")))
                .header("Accept", "application/json").header("X-CSRF-Token", student.csrf())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FormFields.of("body", "typed").encoded())).build());

        assertEquals(409, page.status());
        assertTrue(page.body().contains("data-form-error") && page.body().contains("sample page"), page.body());
        assertEquals(409, script.status());
        assertTrue(script.body().startsWith("{") && script.body().contains("\"error\":\"core.error.badRequest\""),
                script.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {NAVIGATION, "*/*", "text/html"})
    void aVisitorWithoutASessionWhoOpensAPageIsSentToLogInAndBack(String accept) {
        WebClient.Page page = anonymousGet("/sample/page?tab=2", accept);

        assertEquals(303, page.status(), page.body());
        assertEquals("/login?return=%2Fsample%2Fpage%3Ftab%3D2", page.location());
    }

    @Test
    void aRequestWithoutAnyAcceptIsAPageRequestToo() {
        WebClient visitor = server.client();
        WebClient.Page page = visitor.send(HttpRequest.newBuilder(URI.create(server.url("/"))).GET().build());

        assertEquals(303, page.status(), page.body());
        assertEquals("/login?return=%2F", page.location());
    }

    @Test
    void anExpiredSessionCookieOpeningABookmarkIsSentToLogInAndBack() {
        WebClient browser = server.client();
        browser.setCookie(Cookies.SESSION, "an-ended-session-token-that-no-longer-exists-00", "/");
        WebClient.Page page = browser.send(HttpRequest.newBuilder(URI.create(server.url("/sample/page")))
                .header("Accept", NAVIGATION).GET().build());

        assertEquals(303, page.status(), page.body());
        assertEquals("/login?return=%2Fsample%2Fpage", page.location());
        WebClient.Page login = browser.post("/login", Map.of("iin", iin, "password", TestServer.PASSWORD,
                "return", "/sample/page"));
        assertEquals("/sample/page", login.location());
        assertEquals(200, browser.get("/sample/page").status());
    }

    @Test
    void scriptCallsWithoutASessionKeep401() {
        assertEquals(401, anonymousGet("/sample/data", "*/*").status(), "a JSON method");
        assertEquals(401, anonymousGet("/sample/live", "text/event-stream").status(), "a live event stream");
        assertEquals(401, anonymousGet("/sample/page", "application/json").status(), "a fetch that asks for JSON");
        assertEquals(401, anonymousGet("/api/notifications/unread", NAVIGATION).status(), "the API");
        WebClient.Page json = anonymousGet("/sample/data", "*/*");
        assertTrue(json.body().contains("\"error\":\"core.error.loginRequired\""), json.body());
    }

    @Test
    void aVisitorWhoPostsWithoutASessionIsNotRedirected() {
        WebClient visitor = server.client();
        WebClient.Page answer = visitor.post("/sample/draft", Map.of("body", "x"));

        assertEquals(401, answer.status(), "a redirect would turn the POST into a GET and lose the body");
    }

    private static WebClient loggedIn() {
        WebClient client = server.client();
        assertEquals(303, client.login(iin).status());
        return client;
    }

    private static WebClient.Page anonymousGet(String path, String accept) {
        return server.client().send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", accept).GET().build());
    }

    static final class SampleModule implements LmsModule {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public void wire(ModuleWiring w) {
            w.resource(new SampleResource());
        }
    }

    /** Declared like the exam page: HTML for the class, an autosave answering 204, a JSON poll, a live stream. */
    @Path("/sample")
    @Produces(MediaType.TEXT_HTML)
    public static final class SampleResource {
        @GET
        @Path("page")
        @AnyUser
        public View page() {
            return View.of("core/error", "core.error.title", Map.of("message", "sample page", "status", 200));
        }

        @POST
        @Path("draft")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @AnyUser
        public Response draft(@FormParam("body") String body) {
            DRAFT.set(body);
            return Response.noContent().build();
        }

        @POST
        @Path("form")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @AnyUser
        public Response form(@FormParam("body") String body) {
            return RefusedForm.response(UserError.conflict("core.error.badRequest"), this::page);
        }

        @GET
        @Path("data")
        @Produces(MediaType.APPLICATION_JSON)
        @AnyUser
        public Map<String, Object> data() {
            return Map.of("saved", true);
        }

        @GET
        @Path("refused")
        @Produces(MediaType.APPLICATION_JSON)
        @AnyUser
        public Map<String, Object> refused() {
            throw UserError.conflict("core.error.badRequest");
        }

        @GET
        @Path("live")
        @Produces(MediaType.SERVER_SENT_EVENTS)
        @AnyUser
        public String live() {
            return ": live\n\n";
        }
    }
}
