package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.LightView;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.QuickAnswer;
import kz.sabaq.api.web.QuickRequest;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A module's quick route answers its ordinary case before Jersey; everything else reaches its resource. */
class QuickRoutesTest {
    static final AtomicInteger ASKED = new AtomicInteger();
    static final AtomicInteger PRESSED = new AtomicInteger();
    static TestServer server;
    static String iin;

    @BeforeAll
    static void start() {
        server = TestServer.builder().module(new QuickModule()).start();
        iin = Iins.next();
        server.user(iin, "Жылдам", "Әли");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        ASKED.set(0);
        PRESSED.set(0);
    }

    WebClient loggedIn() {
        WebClient client = server.client();
        assertEquals(303, client.login(iin).status());
        return client;
    }

    @Test
    void aLoggedInGetTheRouteAnswersIsServedByTheRouteWithThePagesHeadersAndCookies() {
        WebClient.Page page = loggedIn().get("/quick-test/fast");

        assertEquals(200, page.status());
        assertTrue(page.contains("quick answer for Жылдам Әли"), page.body());
        assertTrue(page.contains("<html"), "inside the light layout");
        assertEquals(1, ASKED.get());
        assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElse(null));
        assertEquals("private, no-store", page.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        String cookie = page.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("quick_test=yes") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
                cookie);
    }

    @Test
    void aGetOneRouteDeclinesIsAskedOfTheNextWhoseAnswerIsAWholePageInTheShell() {
        WebClient.Page page = loggedIn().get("/quick-test/press/page?saved=%D0%B6%D0%BE%D0%B1%D0%B0");

        assertEquals(200, page.status());
        assertTrue(page.contains("full page, saved жоба"), "the decoded query parameter: " + page.body());
        assertTrue(page.contains("class=\"bell"), "inside the app shell, with the notifications: " + page.body());
        assertEquals(1, ASKED.get(), "the press route declined a GET; the next route answered");
        assertEquals(0, PRESSED.get());
    }

    @Test
    void whatTheRoutesDeclineReachesTheResourceWithTheViewerTheyLookedUpNotASecondLookup() {
        WebClient.Page page = loggedIn().get("/quick-test/who");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("resource answer for Жылдам Әли, looked up by the quick routes: true"), page.body());
        assertEquals(1, ASKED.get(), "asked, and it declined");
    }

    @Test
    void whatTheRouteDeclinesGoesToTheResource() {
        WebClient.Page page = loggedIn().get("/quick-test/slow");

        assertEquals(200, page.status());
        assertTrue(page.contains("resource answer slow"), page.body());
        assertEquals(1, ASKED.get(), "the route was asked and declined");
    }

    @Test
    void aRefusalByTheRouteIsLeftToTheResourceWhichShowsTheTranslatedError() {
        WebClient.Page page = loggedIn().get("/quick-test/refused");

        assertEquals(403, page.status());
        assertTrue(page.contains("role=\"alert\""), "the resource's error page: " + page.body());
        assertFalse(page.contains("quick answer"));
        assertEquals(1, ASKED.get());
    }

    @Test
    void anAnonymousVisitorNeverReachesTheRoute() {
        WebClient.Page page = server.client().get("/quick-test/fast");

        assertTrue(page.contains("resource answer fast"), page.body());
        assertEquals(0, ASKED.get());
    }

    @Test
    void aPostNeverReachesARouteThatDoesNotTakePosts() {
        WebClient client = loggedIn();
        WebClient.Page page = script(client, "/quick-test/fast", client.csrf());

        assertTrue(page.contains("resource posted fast"), page.body());
        assertEquals(0, ASKED.get());
    }

    @Test
    void aScriptsPostWithTheTokenIsAnsweredByARouteThatTakesPostsWithJsonAndTheResourcesHeaders() {
        WebClient client = loggedIn();
        WebClient.Page page = script(client, "/quick-test/press/7", client.csrf());

        assertEquals(409, page.status(), "the status the route chose");
        assertEquals("{\"pressed\":7,\"by\":\"Жылдам Әли\"}", page.body());
        assertEquals(1, PRESSED.get());
        assertEquals("application/json", page.headers().firstValue("Content-Type").orElse(null));
        assertEquals("private, no-store", page.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void aPostWithoutTheViewersTokenNeverReachesTheRouteAndTheResourcesRefuseIt() {
        WebClient client = loggedIn();
        WebClient.Page none = script(client, "/quick-test/press/7", null);
        WebClient.Page wrong = script(client, "/quick-test/press/7", "x".repeat(43));

        assertEquals(403, none.status(), none.body());
        assertTrue(none.contains("core.error.csrf"), none.body());
        assertEquals(403, wrong.status(), wrong.body());
        assertEquals(0, PRESSED.get());
    }

    @Test
    void aPostTheRouteRefusesGoesToTheResource() {
        WebClient client = loggedIn();
        WebClient.Page page = script(client, "/quick-test/press/0", client.csrf());

        assertEquals(200, page.status());
        assertTrue(page.contains("resource pressed 0"), page.body());
        assertEquals(1, PRESSED.get(), "asked, and it refused");
    }

    /** A page's script posting as the pages do: JSON wanted, the token in the header when given. */
    private static WebClient.Page script(WebClient client, String path, String token) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.url(path)))
                .header("Accept", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return client.send(b.build());
    }

    @Test
    void pathsOutsideEveryPrefixNeverReachTheRoute() {
        loggedIn().get("/");
        assertEquals(0, ASKED.get());
    }

    @Test
    void aPrefixThatIsNotAPathIsRefusedAtWiring() {
        QuickRoute bad = new QuickRoute() {
            @Override
            public String prefix() {
                return "quick";
            }

            @Override
            public Optional<QuickAnswer> answer(QuickRequest request) {
                return Optional.empty();
            }
        };
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new kz.sabaq.core.plugin.CoreWiring(null, null, null, null, null, null, null, null, null,
                        new kz.sabaq.core.live.LiveStreams())
                        .forModule(new kz.sabaq.core.web.ModuleRoot("bad", "/bad"), new java.util.ArrayList<>()).quickRoute(bad));
        assertTrue(e.getMessage().contains("bad"));
    }

    /** A record, written as a resource would write it: its components in order. */
    record Pressed(int pressed, String by) {
    }

    static final class QuickModule implements LmsModule {
        @Override
        public String id() {
            return "quick-test";
        }

        @Override
        public void wire(ModuleWiring w) {
            w.resource(new QuickResource());
            w.quickRoute(new QuickRoute() {
                @Override
                public String prefix() {
                    return "/quick-test/press/";
                }

                @Override
                public boolean takesPosts() {
                    return true;
                }

                @Override
                public Optional<QuickAnswer> answer(QuickRequest request) {
                    if (!request.method().equals("POST")) {
                        return Optional.empty();
                    }
                    PRESSED.incrementAndGet();
                    int tile = Integer.parseInt(request.path().substring(prefix().length()));
                    if (tile == 0) {
                        throw UserError.badRequest("core.error.badRequest");
                    }
                    return Optional.of(QuickAnswer.data(409, new Pressed(tile, request.viewer().getName())));
                }
            });
            w.quickRoute(new QuickRoute() {
                @Override
                public String prefix() {
                    return "/quick-test/";
                }

                @Override
                public Optional<QuickAnswer> answer(QuickRequest request) {
                    ASKED.incrementAndGet();
                    return switch (request.path()) {
                        case "/quick-test/fast" -> Optional.of(new QuickAnswer(LightView.of("core/error", "core.error.title",
                                Map.of("message", "quick answer for " + request.viewer().getName(), "status", 200)),
                                List.of(new NewCookie.Builder("quick_test").value("yes").path("/quick-test")
                                        .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())));
                        case "/quick-test/refused" -> throw UserError.forbidden();
                        case "/quick-test/press/page" -> Optional.of(QuickAnswer.of(View.of("core/error", "core.error.title",
                                Map.of("message", "full page, saved " + request.parameter("saved").orElse("-"), "status", 200))));
                        default -> Optional.empty();
                    };
                }
            });
        }
    }

    @Path("/quick-test")
    @Produces(MediaType.TEXT_HTML)
    public static final class QuickResource {
        @GET
        @Path("{name}")
        @PublicAccess
        public View get(@PathParam("name") String name) {
            if (name.equals("refused")) {
                throw UserError.forbidden();
            }
            return View.of("core/error", "core.error.title", Map.of("message", "resource answer " + name, "status", 200));
        }

        @GET
        @Path("who")
        @AnyUser
        public View who(@jakarta.ws.rs.core.Context jakarta.ws.rs.container.ContainerRequestContext request,
                        @jakarta.ws.rs.core.Context kz.sabaq.api.web.Viewer viewer) {
            boolean lookedUp = request.getProperty(QuickRoutes.VIEWER) != null;
            return View.of("core/error", "core.error.title", Map.of("message",
                    "resource answer for " + viewer.getName() + ", looked up by the quick routes: " + lookedUp, "status", 200));
        }

        @POST
        @Path("{name}")
        @AnyUser
        public View post(@PathParam("name") String name) {
            return View.of("core/error", "core.error.title", Map.of("message", "resource posted " + name, "status", 200));
        }

        @POST
        @Path("press/{tile}")
        @AnyUser
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, String> press(@PathParam("tile") String tile) {
            return Map.of("message", "resource pressed " + tile);
        }
    }
}
