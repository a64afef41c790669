package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The online attestation jar, installed alone, carries its own HTML sanitiser. */
class OnlineAttestationDeploymentTest {

    @Test
    void aTaskIsSanitisedByTheLibraryInsideThePluginJar(@TempDir Path pluginsDir) throws Exception {
        Files.copy(DeploymentModeTest.packagedJar("online-attestation"), pluginsDir.resolve("online-attestation.jar"));
        try (TestServer server = TestServer.builder().pluginJars(pluginsDir).enable("online-attestation", Map.of()).start()) {
            String iin = Iins.next();
            long teacher = server.user(iin, "Оқытушы", "Нұрлан", StandardRoles.TEACHER);
            AcademicFixture academic = new AcademicFixture(server);
            long group = academic.group("OA-J-1");
            long student = academic.student(Iins.next(), "Ахметова", "Айжан", group);
            long stream = academic.stream(teacher, group);
            AttestationGenerator attestation = new AttestationGenerator(academic.generator());
            attestation.exam(stream).withoutTickets().create();
            long slot = attestation.slot(stream, teacher)
                    .between(LocalDateTime.parse("2027-01-15T04:00"), LocalDateTime.parse("2027-01-15T06:00")).create();
            attestation.sitting(stream, student, slot).create();
            WebClient web = server.client();
            web.login(iin);
            String page = "/online-attestation/streams/" + stream + "/students/" + student;
            assertEquals(200, web.get(page).status());

            assertEquals(303, web.post(page + "/task", Map.of("task", "<p>Эссе</p><script>x()</script>")).status());

            assertEquals("<p>Эссе</p>", Rows.string(server, "SELECT task FROM oa_sitting WHERE student_id = ?", student));
        }
    }
}
