package kz.sabaq.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.cli.CliContext;
import kz.sabaq.core.cli.UserCommand;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ./sabaq user …} against the test server's real database. */
class UserCommandTest {
    static TestServer server;
    static UserMapper users;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        users = server.app().database().mapper(UserMapper.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Run(int code, String out, String err) {
        String password() {
            Matcher m = Pattern.compile("Password \\(shown once\\): (\\S+)").matcher(out);
            assertTrue(m.find(), out + err);
            return m.group(1);
        }
    }

    static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext cli = new CliContext(server.config(), new InstitutionProfile(), server.clock(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new UserCommand().run(cli, List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void userAddWithAGeneratedPasswordCreatesAnAdministratorWhoCanLogInAndOpenTheRoleEditor() throws Exception {
        String iin = Iins.next();
        Run r = run("add", "--iin", iin, "--surname", "Бастаушы", "--name", "Әкім", "--role", StandardRoles.ADMINISTRATOR);
        assertEquals(0, r.code(), r.err());
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin, r.password()).status());
        assertEquals(200, browser.get("/admin/roles").status());
    }

    @Test
    void userAddWithSeveralRolesAndATypedPassword() throws Exception {
        String iin = Iins.next();
        Run r = run("add", "--iin", iin, "--surname", "Екірөлді", "--name", "Адам", "--patronymic", "Ұлы",
                "--email", "two@example.kz", "--language", "en", "--role", StandardRoles.TEACHER,
                "--role", StandardRoles.HEAD_OF_PCC, "--password", "cli-password-1");
        assertEquals(0, r.code(), r.err());
        assertTrue(!r.out().contains("shown once"), r.out());
        User user = users.findByIin(iin).orElseThrow();
        assertEquals("en", user.locale());
        RoleMapper roles = server.app().database().mapper(RoleMapper.class);
        assertEquals(2, roles.roleIdsOf(user.id()).size());
        assertEquals(303, server.client().login(iin, "cli-password-1").status());
    }

    @Test
    void userAddWithAWrongCheckDigitIsRefusedAndChangesNothing() throws Exception {
        long before = users.count();
        Run r = run("add", "--iin", "800101300007", "--surname", "Қате", "--name", "Адам");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("check digit does not match"), r.err());
        assertEquals(before, users.count());
    }

    @Test
    void userAddWithAnUnknownRoleChangesNothing() throws Exception {
        String iin = Iins.next();
        Run r = run("add", "--iin", iin, "--surname", "Белгісіз", "--name", "Рөл", "--role", "wizard");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("There is no role \"wizard\"."), r.err());
        assertTrue(users.findByIin(iin).isEmpty());
    }

    @Test
    void resetPasswordSetsANewPasswordAndLogsTheUserOut() throws Exception {
        String iin = Iins.next();
        server.user(iin, "Ұмытшақ", "Бек", StandardRoles.TEACHER);
        WebClient browser = server.client();
        browser.login(iin);
        Run r = run("reset-password", "--iin", iin);
        assertEquals(0, r.code(), r.err());
        // the command is another process: the server sees its logout once its session cache lets go
        server.clock().advance(kz.sabaq.core.auth.SessionCache.KEEP);
        assertEquals(303, browser.get("/").status(), "the old session is closed");
        assertEquals(303, server.client().login(iin, r.password()).status());
    }

    @Test
    void resetPasswordOfAnUnknownIinIsRefused() throws Exception {
        Run r = run("reset-password", "--iin", Iins.next(), "--password", "whatever-long");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("There is no user with the IIN"), r.err());
    }

    @Test
    void wrongUsageExitsWithTwo() throws Exception {
        assertEquals(2, run().code());
        assertEquals(2, run("remove", "--iin", "1").code());
        assertEquals(2, run("add", "--iin").code());
        assertEquals(2, run("reset-password", "--iin", "1", "--role", "x").code());
    }

    @Test
    void helpDescribesBothActionsAndEveryOption() {
        String help = new UserCommand().help();
        for (String option : List.of("user add", "user reset-password", "--iin", "--surname", "--name", "--patronymic",
                "--email", "--language", "--role", "--password")) {
            assertTrue(help.contains(option), option);
        }
    }
}
