package kz.sabaq.attestation.slot;

import static kz.sabaq.attestation.slot.SlotServers.actions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.sabaq.attestation.tickets.OaFixture;
import kz.sabaq.core.conference.PlatformForm;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec §8 "Conduct platform": fields validated, kept as JSON; recordings once a platform is saved. */
class PlatformTest {
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.builder().plugins(pluginsWithFakePlatform())
                .enable("online-attestation", Map.of()).enable("fake-platform", Map.of()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** This module as it is built, beside a one-class plugin that contributes {@link FakePlatform}. */
    static Path pluginsWithFakePlatform() throws IOException {
        Path dir = Files.createTempDirectory("oa-plugins");
        Files.createSymbolicLink(dir.resolve("online-attestation"),
                TestServer.repoRoot().resolve("plugins/online-attestation").toAbsolutePath());
        Path fake = dir.resolve("fake-platform");
        Path classes = fake.resolve("target/classes");
        Path type = classes.resolve("kz/sabaq/attestation/slot/FakePlatform.class");
        Files.createDirectories(type.getParent());
        try (InputStream in = FakePlatform.class.getResourceAsStream("FakePlatform.class")) {
            Files.copy(in, type);
        }
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/extensions.idx"), FakePlatform.class.getName() + "\n");
        Files.writeString(fake.resolve("plugin.properties"), "plugin.id=fake-platform\nplugin.class=org.pf4j.Plugin\n"
                + "plugin.version=0.1.0\nplugin.requires=>=0.1.0\nplugin.provider=Sabaq tests\nplugin.dependencies=\n");
        return dir;
    }

    private static WebClient.Page save(WebClient web, long slot, String login, String password, String link) {
        return web.post(actions(slot) + "platform", Map.of("platform", "fake", "field.login", login,
                "field.password", password, "field.link", link));
    }

    @Test
    void thePlatformAndItsFieldsAreSavedAsJson() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient teacher = f.teacherWeb();

        WebClient.Page dialog = teacher.get(actions(slot) + "platform");
        assertEquals(200, dialog.status(), dialog.body());
        assertTrue(dialog.contains("Сынақ платформасы"), dialog.body());
        assertEquals(303, save(teacher, slot, "teacher1", "s3cret", "https://meet.example.kz/room").status());

        assertEquals(List.of("fake"), f.strings("SELECT platform FROM oa_slot WHERE id = ?", slot));
        assertEquals(Map.of("login", "teacher1", "password", "s3cret", "link", "https://meet.example.kz/room",
                        "hostKey", "", "apiToken", ""),
                PlatformForm.values(f.strings("SELECT platform_values FROM oa_slot WHERE id = ?", slot).get(0)));
        assertFalse(teacher.get(actions(slot) + "platform").contains("s3cret"), "a secret is not shown back");
    }

    @Test
    void theStudentSeesTheSavedPlatformItsValuesAndTheJoinLink() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        save(f.teacherWeb(), slot, "teacher1", "s3cret", "https://meet.example.kz/room");

        WebClient.Page page = f.student(0).get("/online-attestation/streams/" + f.stream + "/students/" + f.students.get(0));

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("Сынақ платформасы"), page.body());
        assertTrue(page.contains("teacher1") && page.contains("s3cret"), page.body());
        String join = "/conference/online-attestation/" + slot + "/join";
        assertTrue(page.contains("href=\"" + join + "\""), page.body());
        Instant before = server.clock().instant();
        try {
            f.at("09:45");
            WebClient.Page joined = f.student(0).get(join);
            assertEquals(303, joined.status(), "from 15 minutes before the start, core's join route sends the seated student on");
            assertEquals("https://meet.example.kz/room", joined.headers().firstValue("Location").orElseThrow());
            f.at("12:00");
            assertEquals(409, f.student(0).get(join).status(), "nobody joins once the slot ended");
        } finally {
            server.clock().set(LocalDateTime.ofInstant(before, ZoneOffset.UTC));
        }
    }

    @Test
    void theTeacherIsWarnedWhenSlotsAtTheSameTimeWouldTakeThePlatformOverItsCapacity() {
        OaFixture one = new OaFixture(server, 2);
        long early = one.slot("15:00", "16:00", one.students);
        save(one.teacherWeb(), early, "teacher1", "s3cret", "https://meet.example.kz/a");
        assertFalse(one.teacherWeb().get(actions(early) + "platform").contains("data-overload"),
                "two students and their teacher fit in three connections");

        OaFixture two = new OaFixture(server, 1);
        long late = two.slot("15:30", "16:30", two.students);
        save(two.teacherWeb(), late, "teacher2", "s3cret", "https://meet.example.kz/b");

        WebClient.Page dialog = two.teacherWeb().get(actions(late) + "platform");
        assertTrue(dialog.contains("бір мезгілде 5 қосылымға дейін күтіледі, ал платформаның сыйымдылығы — 3"), dialog.body());
        assertTrue(one.teacherWeb().get(actions(early) + "platform").contains("data-overload"),
                "the earlier slot's teacher sees it too");
    }

    @Test
    void aStaffFieldIsShownOnlyToStaffAndAServerOnlyOneToNobody() {
        OaFixture f = new OaFixture(server, 2);
        long slot = f.slot("10:00", "12:00", List.of(f.students.get(0)));
        assertEquals(303, f.teacherWeb().post(actions(slot) + "platform", Map.of("platform", "fake",
                "field.login", "teacher1", "field.password", "s3cret", "field.link", "https://meet.example.kz/room",
                "field.hostKey", "HOST-77", "field.apiToken", "TOKEN-99")).status());
        String exam = "/online-attestation/streams/" + f.stream + "/students/" + f.students.get(0);

        WebClient.Page student = f.student(0).get(exam);
        WebClient.Page teacher = f.teacherWeb().get(exam);

        assertEquals(200, student.status(), student.body());
        assertFalse(student.contains("HOST-77") || student.contains("TOKEN-99"), student.body());
        assertTrue(teacher.contains("HOST-77"), teacher.body());
        assertFalse(teacher.contains("TOKEN-99"), "a server-only value never leaves the server");
        assertFalse(f.teacherWeb().get(actions(slot) + "platform").contains("TOKEN-99"), "nor comes back to the form");
        assertEquals(404, f.student(1).get("/conference/online-attestation/" + slot + "/join").status(),
                "a student of another slot has no seat in this one");
    }

    @Test
    void theStudentGetsNoJoinLinkWithoutAHost() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        save(f.teacherWeb(), slot, "teacher1", "s3cret", "https://meet.example.kz/room");
        f.exec("UPDATE oa_slot SET platform_values = ? WHERE id = ?",
                PlatformForm.text(Map.of("login", "teacher1", "password", "s3cret", "link", "https:///room")), slot);

        WebClient.Page page = f.student(0).get("/online-attestation/streams/" + f.stream + "/students/" + f.students.get(0));

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("teacher1"), "the platform's block is still there");
        assertFalse(page.contains("https:///room"), page.body());
    }

    @Test
    void aSecretLeftEmptyKeepsItsSavedValue() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        save(f.teacherWeb(), slot, "teacher1", "s3cret", "https://meet.example.kz/room");

        assertEquals(303, save(f.teacherWeb(), slot, "teacher2", "", "https://meet.example.kz/other").status());

        assertEquals("s3cret", PlatformForm.values(f.strings("SELECT platform_values FROM oa_slot WHERE id = ?", slot).get(0))
                .get("password"));
    }

    @Test
    void requiredFieldsAddressesAndThePlatformsOwnRulesAreChecked() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient teacher = f.teacherWeb();

        assertEquals(400, save(teacher, slot, "", "p", "https://meet.example.kz").status());
        assertEquals(400, save(teacher, slot, "t", "p", "javascript:alert(1)").status());
        assertEquals(400, save(teacher, slot, "forbidden", "p", "https://meet.example.kz").status());
        assertEquals(400, teacher.post(actions(slot) + "platform", Map.of("platform", "nope")).status());

        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_slot WHERE id = ? AND platform IS NOT NULL", slot));
    }

    @Test
    void recordingsNeedASavedPlatformAndTheRecordingCheckbox() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient teacher = f.teacherWeb();

        assertEquals(409, teacher.post(actions(slot) + "recordings", Map.of("hasRecording", "true")).status());
        save(teacher, slot, "t", "p", "https://meet.example.kz");
        assertEquals(409, teacher.post(actions(slot) + "recordings/add", Map.of("url", "https://video.example.kz/1")).status(),
                "the checkbox is off");
        assertEquals(303, teacher.post(actions(slot) + "recordings", Map.of("hasRecording", "true", "showRecording", "true"))
                .status());
        assertEquals(400, teacher.post(actions(slot) + "recordings/add", Map.of("url", "ftp://video.example.kz/1")).status());
        assertEquals(303, teacher.post(actions(slot) + "recordings/add", Map.of("url", "https://video.example.kz/1")).status());

        assertEquals(List.of("https://video.example.kz/1"), f.strings("SELECT url FROM oa_recording WHERE slot_id = ?", slot));
        assertEquals(1, f.number("SELECT COUNT(*) FROM oa_slot WHERE id = ? AND has_recording AND show_recording", slot));
        long id = f.number("SELECT id FROM oa_recording WHERE slot_id = ?", slot);
        assertTrue(teacher.get(actions(slot) + "platform").contains("https://video.example.kz/1"));
        assertEquals(303, teacher.post(actions(slot) + "recordings/" + id + "/delete", Map.of()).status());
        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_recording WHERE slot_id = ?", slot));
    }

    @Test
    void addingAndDeletingARecordingAreAudited() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient teacher = f.teacherWeb();
        save(teacher, slot, "t", "p", "https://meet.example.kz");
        teacher.post(actions(slot) + "recordings", Map.of("hasRecording", "true"));
        assertEquals(303, teacher.post(actions(slot) + "recordings/add", Map.of("url", "https://video.example.kz/2")).status());
        long id = f.number("SELECT id FROM oa_recording WHERE slot_id = ?", slot);

        assertEquals(303, teacher.post(actions(slot) + "recordings/" + id + "/delete", Map.of()).status());
        assertEquals(303, teacher.post(actions(slot) + "recordings/" + id + "/delete", Map.of()).status(), "a double click");

        assertEquals(List.of("online-attestation.slot.recording.add", "online-attestation.slot.recording.delete"),
                f.strings("SELECT action FROM audit_event WHERE object = ? AND action LIKE 'online-attestation.slot.recording.%' "
                        + "ORDER BY id", "slot:" + slot), "one row for the delete, as for the add");
        String deleted = f.strings("SELECT details FROM audit_event WHERE object = ? AND action = ?", "slot:" + slot,
                "online-attestation.slot.recording.delete").get(0);
        assertTrue(deleted.contains("https://video.example.kz/2") && deleted.contains(String.valueOf(id)), deleted);
        assertEquals(List.of(String.valueOf(f.teacher)), f.strings("SELECT actor_id FROM audit_event WHERE object = ? "
                + "AND action = 'online-attestation.slot.recording.delete'", "slot:" + slot));
    }

    @Test
    void twoDeletesOfOneRecordingAtTheSameInstantAreAuditedOnce() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient teacher = f.teacherWeb();
        save(teacher, slot, "t", "p", "https://meet.example.kz");
        teacher.post(actions(slot) + "recordings", Map.of("hasRecording", "true"));
        teacher.post(actions(slot) + "recordings/add", Map.of("url", "https://video.example.kz/3"));
        long id = f.number("SELECT id FROM oa_recording WHERE slot_id = ?", slot);

        List<Integer> statuses = SlotServers.together(2,
                () -> teacher.post(actions(slot) + "recordings/" + id + "/delete", Map.of()).status());

        assertEquals(List.of(303, 303), statuses, "a double click is no error");
        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_recording WHERE slot_id = ?", slot));
        assertEquals(1, f.number("SELECT COUNT(*) FROM audit_event WHERE object = ? "
                + "AND action = 'online-attestation.slot.recording.delete'", "slot:" + slot));
    }

    @Test
    void readModeCannotSetThePlatform() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient head = f.person(kz.sabaq.api.access.StandardRoles.HEAD_OF_DEPARTMENT);

        assertEquals(403, save(head, slot, "t", "p", "https://meet.example.kz").status());
        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_slot WHERE id = ? AND platform IS NOT NULL", slot));
    }
}
