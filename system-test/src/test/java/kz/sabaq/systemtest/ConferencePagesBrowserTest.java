package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.conference.bbb.FakeBbb;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * The pages of an exam slot held on BigBlueButton, as the teacher and a student see them in Chromium
 * at phone and laptop width, in Kazakh and Russian: the platform dialog (End button, recordings), the
 * stream page, the student's exam page with its join button and recording, and the "too early" answer
 * of the join route pass the page checks (no sideways scroll: a long recording address once pushed
 * both pages 172 px wide on a phone; tables fit; controls labelled; the page's language).
 */
class ConferencePagesBrowserTest {
    @Test
    void theSlotsConferencePagesFitAPhoneAndALaptopInKazakhAndRussian() throws Exception {
        try (FakeBbb bbb = new FakeBbb(); TestServer server = AllPlugins.server().start()) {
            server.clock().set(LocalDateTime.parse("2027-01-15T03:40"));
            String adminIin = Iins.next();
            server.user(adminIin, "Әкімші", "Айгүл", StandardRoles.ADMINISTRATOR);
            WebClient admin = server.client();
            admin.login(adminIin);
            assertEquals(200, admin.post("/admin/plugins/conference-bbb/settings", Map.of("s.serverUrl", bbb.url(),
                    "s.sharedSecret", FakeBbb.SECRET, "s.checksum", "sha256", "s.record", "true", "s.capacity", "400", "s.joinEarlyMinutes", "15")).status());
            String teacherIin = Iins.next();
            long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
            AcademicFixture academic = new AcademicFixture(server);
            long group = academic.group("ОА-B-1");
            String iin = Iins.next();
            long student = academic.student(iin, "Ахметова", "Айжан", group);
            long stream = academic.stream(teacher, group);
            AttestationGenerator attestation = new AttestationGenerator(academic.generator());
            attestation.exam(stream).create();
            long slot = attestation.slot(stream, teacher)
                    .between(LocalDateTime.parse("2027-01-15T04:00"), LocalDateTime.parse("2027-01-15T06:00")).create();
            attestation.sitting(stream, student, slot).create();
            WebClient teacherWeb = server.client();
            teacherWeb.login(teacherIin);
            String dialog = "/online-attestation/slots/" + slot + "/actions/platform";
            assertEquals(303, teacherWeb.post(dialog, Map.of("platform", "bbb", "field.accessCode", "")).status());
            assertEquals(303, teacherWeb.post("/online-attestation/slots/" + slot + "/actions/recordings",
                    Map.of("hasRecording", "true", "showRecording", "true")).status());
            String exam = "/online-attestation/streams/" + stream + "/students/" + student;
            String join = "/conference/online-attestation/" + slot + "/join";
            check(server, teacherIin, "teacher", List.of(dialog, "/online-attestation/streams/" + stream));
            check(server, iin, "student", List.of(exam, join));
        }
    }

    private static void check(TestServer server, String iin, String who, List<String> paths) throws Exception {
        WebDriver browser = Chromium.open(Chromium.LAPTOP);
        try {
            List<String> problems = new ArrayList<>();
            for (String lang : List.of("kk", "ru")) {
                SignIn.as(browser, server, iin);
                SignIn.language(browser, server, lang);
                for (Dimension size : List.of(Chromium.PHONE, new Dimension(1366, 768))) {
                    browser.manage().window().setSize(size);
                    for (String p : paths) {
                        browser.get(server.url(p));
                        problems.addAll(PageCheck.problems(browser, lang, false));
                    }
                }
            }
            assertEquals(List.of(), problems, who + ": " + String.join("\n", problems));
        } finally {
            browser.quit();
        }
    }
}
