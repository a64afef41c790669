package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Every route of every loaded plugin, walked as anonymous, a student, a teacher of another stream,
 * a registrar and an administrator, each answer compared with the access the route declares. The
 * table of routes and their access is generated from the annotations and checked in
 * ({@code route-access.txt}): a new or changed route fails here until the table is updated, so
 * none slips out of the matrix. Refresh it with {@code -Dsabaq.routes.update=true}.
 */
class RouteMatrixTest {
    static final Path TABLE = TestServer.repoRoot().resolve("system-test/src/test/resources/security/route-access.txt");

    /** Someone asking: their browser (null roles: anonymous) and what their roles hold. */
    private record Caller(String name, WebClient web, List<RoleDefinition> roles, String iin) {
        boolean anonymous() {
            return iin == null;
        }
    }

    @Test
    void everyRouteAnswersEveryCallerAsItsDeclaredAccessSays() throws IOException {
        try (TestServer server = AllPlugins.server().start()) {
            RouteTable table = RouteTable.of(server.app().resources());
            checkedIn(table);
            CapabilityCatalog catalog = server.app().catalog();
            List<Caller> callers = callers(server);
            List<String> wrong = new ArrayList<>();
            for (RouteTable.Route route : table.routes()) {
                for (Caller caller : callers) {
                    String problem = judge(route, caller, send(server, caller, route), catalog);
                    if (problem != null) {
                        wrong.add(route.line() + " as " + caller.name() + ": " + problem);
                    }
                    if (route.template().equals("/logout") && !caller.anonymous()) {
                        assertEquals(303, caller.web().login(caller.iin()).status());
                    }
                }
            }
            assertTrue(table.routes().size() > 50, "found the routes: " + table.routes().size());
            assertEquals(List.of(), wrong);
        }
    }

    /** The table in the repository is the one the annotations give now. */
    private static void checkedIn(RouteTable table) throws IOException {
        String actual = String.join("\n", table.lines()) + "\n";
        if (Boolean.getBoolean("sabaq.routes.update")) {
            Files.createDirectories(TABLE.getParent());
            Files.writeString(TABLE, actual);
        }
        assertTrue(Files.exists(TABLE), "no " + TABLE + "; run once with -Dsabaq.routes.update=true");
        assertEquals(Files.readString(TABLE), actual, "routes or their access changed: review the difference, "
                + "then refresh " + TABLE.getFileName() + " with -Dsabaq.routes.update=true");
    }

    private static List<Caller> callers(TestServer server) {
        RoleBook book = new RoleBook(server.app().database().mapper(RoleMapper.class), server.clock());
        RoleMapper roles = server.app().database().mapper(RoleMapper.class);
        WebClient anonymous = server.client();
        anonymous.get("/login");
        List<Caller> callers = new ArrayList<>(List.of(new Caller("anonymous", anonymous, List.of(), null)));
        AcademicFixture academic = new AcademicFixture(server);
        String teacher = Iins.next();
        long teacherId = server.user(teacher, "Басқа", "Оқытушы", StandardRoles.TEACHER);
        academic.stream(teacherId, academic.group("БАСҚА-1"));
        for (String[] who : new String[][] {{"student", StandardRoles.STUDENT}, {"teacher of another stream", null},
                {"registrar", StandardRoles.REGISTRAR}, {"administrator", StandardRoles.ADMINISTRATOR}}) {
            String iin = who[1] == null ? teacher : Iins.next();
            long id = who[1] == null ? teacherId : server.user(iin, "Маршрут", who[0], who[1]);
            WebClient web = server.client();
            assertEquals(303, web.login(iin).status());
            callers.add(new Caller(who[0], web, roles.roleIdsOf(id).stream().map(book::get).toList(), iin));
        }
        return callers;
    }

    private static WebClient.Page send(TestServer server, Caller caller, RouteTable.Route route) {
        URI uri = URI.create(server.url(route.samplePath()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Accept", route.accept());
        if (route.method().equals("GET") || route.method().equals("HEAD")) {
            return caller.web().send(request.method(route.method(), HttpRequest.BodyPublishers.noBody()).build());
        }
        String token = caller.web().csrf();
        if (route.multipart()) {
            MultipartForm form = MultipartForm.of().field("probe", "1");
            return caller.web().send(HttpRequest.newBuilder(URI.create(uri + "?_csrf="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(20))
                    .header("Accept", route.accept()).header("Content-Type", form.contentType())
                    .method(route.method(), HttpRequest.BodyPublishers.ofByteArray(form.body())).build());
        }
        return caller.web().send(request.header("Content-Type", "application/x-www-form-urlencoded")
                .method(route.method(), HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build());
    }

    /** Null when the answer fits the route's declared access, else what is wrong with it. */
    private static String judge(RouteTable.Route route, Caller caller, WebClient.Page page,
                                CapabilityCatalog catalog) {
        int status = page.status();
        if (status >= 500) {
            return "answered " + status;
        }
        boolean toLogin = status == 303 && page.location() != null && page.location().startsWith("/login?");
        if (caller.anonymous()) {
            if (route.isPublic()) {
                return status == 401 || toLogin ? "a public route asked for a login (" + status + ")" : null;
            }
            return status == 401 || toLogin ? null : "reached without logging in (" + status + ")";
        }
        if (status == 401 || toLogin) {
            return "a logged-in caller was asked to log in (" + status + ")";
        }
        if (route.isPublic() || route.anyUser()) {
            return null;
        }
        boolean holds = caller.roles().stream().anyMatch(r -> catalog.grants(r, route.access()));
        return !holds && status != 403 ? "reached without " + route.access() + " (" + status + ")" : null;
    }
}
