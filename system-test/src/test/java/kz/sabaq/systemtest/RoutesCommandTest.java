package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import kz.sabaq.core.cli.CliContext;
import kz.sabaq.core.cli.RoutesCommand;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./sabaq routes} lists every route the route matrix checks, with its module and access. */
class RoutesCommandTest {

    @Test
    void listsEveryRouteWithItsModuleAndAccess(@TempDir Path dir) throws IOException {
        TestDatabase.Fresh db = TestDatabase.fresh();
        Path config = CommandConfig.write(dir, db);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        CliContext cli = CliContext.load(config, null, out, System.err);
        cli.profile().plugins.clear();
        AllPlugins.ids().forEach(id -> cli.profile().plugins.put(id, new InstitutionProfile.PluginProfile()));

        assertEquals(0, new RoutesCommand().run(cli, List.of()));

        List<String> rows = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(rows.get(0).matches("METHOD +PATH +MODULE +ACCESS"), rows.get(0));
        List<String> matrix = Files.readAllLines(RouteMatrixTest.TABLE);
        assertEquals(matrix.size(), rows.size() - 1, "one row a route, as the route matrix has them");
        for (int i = 0; i < matrix.size(); i++) {
            String[] route = matrix.get(i).split(" ", 2);
            String access = route[1].substring(route[1].lastIndexOf(' ') + 1);
            String path = route[1].substring(0, route[1].lastIndexOf(' '));
            assertTrue(Pattern.compile(Pattern.quote(route[0]) + " +" + Pattern.quote(path) + " +[a-z-]+ +"
                    + Pattern.quote(access)).matcher(rows.get(i + 1)).matches(), matrix.get(i) + " vs " + rows.get(i + 1));
        }
        assertTrue(rows.stream().anyMatch(r -> r.matches("GET +/attendance-qr/check-in/\\{session.* attendance-qr +PUBLIC")),
                "the QR link, public, under attendance-qr's root");
        assertTrue(rows.stream().anyMatch(r -> r.matches("GET +/admin/users +core-administration +core:admin.view")));
    }
}
