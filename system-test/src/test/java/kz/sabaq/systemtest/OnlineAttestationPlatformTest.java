package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The student's conduct platform block with the conference-link plugin: its name, login, password and core's join route to the link. */
class OnlineAttestationPlatformTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = AllPlugins.server().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theStudentSeesThePlatformsDataAndItsJoinLink() throws SQLException {
        long teacher = server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ОА-P-1");
        String iin = Iins.next();
        long student = academic.student(iin, "Ахметова", "Айжан", group);
        long stream = academic.stream(teacher, group);
        AttestationGenerator attestation = new AttestationGenerator(academic.generator());
        attestation.exam(stream).create();
        long slot = attestation.slot(stream, teacher)
                .between(LocalDateTime.parse("2027-01-15T04:00"), LocalDateTime.parse("2027-01-15T06:00"))
                .platform("link", "{\"login\":\"exam-2027\",\"password\":\"s3cret\",\"link\":\"https://meet.example.kz/room?id=5&k=a\"}")
                .create();
        attestation.sitting(stream, student, slot).create();
        server.clock().set(LocalDateTime.parse("2027-01-15T03:50"));
        WebClient web = server.client();
        web.login(iin);

        WebClient.Page page = web.get("/online-attestation/streams/" + stream + "/students/" + student);

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("<p>Конференцияға сілтеме</p>"), page.body());
        assertTrue(page.contains("exam-2027") && page.contains("s3cret"));
        String join = "/conference/online-attestation/" + slot + "/join";
        assertTrue(page.contains("href=\"" + join + "\""), page.body());
        WebClient.Page joined = web.get(join);
        assertEquals(303, joined.status(), joined.body());
        assertEquals("https://meet.example.kz/room?id=5&k=a", joined.headers().firstValue("Location").orElseThrow(),
                "core's join route sends the student on to the typed link");
    }
}
