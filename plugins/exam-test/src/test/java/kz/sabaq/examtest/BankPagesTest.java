package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.exchange.ImportResult;
import kz.sabaq.examtest.exchange.MoodleXmlReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writing items on the page, importing with a dry run, exporting to Moodle XML and reading it back. */
class BankPagesTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static FormFields item(String text, String... correct) {
        FormFields f = FormFields.of("kind", correct.length > 1 ? "multiple" : "single").add("difficulty", "hard")
                .add("topic", "Алгоритмдер").add("text", text);
        for (int i = 1; i <= 5; i++) {
            f.add("option" + i, "Нұсқа " + i);
        }
        for (String c : correct) {
            f.add("correct", c);
        }
        return f;
    }

    @Test
    void teacherWritesAnItemWithAFormulaAndTheScriptIsRemoved() {
        Classroom room = new Classroom(server);
        WebClient.Page saved = room.teacherWeb.post(room.bank(), item("x<sup>2</sup> = 4 болса, x = ?<script>alert(1)</script>", "2", "4"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_item WHERE discipline_id = ?", room.discipline()));
        assertEquals(0, room.count("SELECT COUNT(*) FROM et_item WHERE text LIKE '%script%'"));
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_item WHERE text LIKE '%<sup>2</sup>%' AND kind = 'multiple'"));
        assertEquals(2, room.count("SELECT COUNT(*) FROM et_option o JOIN et_item i ON i.id = o.item_id "
                + "WHERE i.discipline_id = ? AND o.fraction = 50", room.discipline()), "two correct options share the marks");
        WebClient.Page edit = room.teacherWeb.get(saved.location());
        assertTrue(edit.contains("Нұсқа 5") && edit.contains("Алгоритмдер"), edit.body());
    }

    @Test
    void anItemWithoutACorrectOptionIsRefusedBesideTheFieldKeepingWhatWasTyped() {
        Classroom room = new Classroom(server);
        WebClient.Page refused = room.teacherWeb.post(room.bank(), item("Жауабы белгіленбеген сұрақ"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Бір дұрыс жауабы бар тапсырмада дәл бір дұрыс нұсқа болуы керек."), refused.body());
        assertTrue(refused.contains("Жауабы белгіленбеген сұрақ"), "the typed text is kept");
        assertEquals(0, room.count("SELECT COUNT(*) FROM et_item WHERE discipline_id = ?", room.discipline()));
    }

    @Test
    void anotherTeacherNeitherSeesNorChangesTheBank() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        server.user(iin, "Басқа", "Оқытушы", StandardRoles.TEACHER);
        WebClient other = server.client();
        other.login(iin);
        assertEquals(403, other.get(room.bank()).status());
        assertEquals(403, other.post(room.bank(), item("Бөгде", "1")).status());
        assertEquals(0, room.count("SELECT COUNT(*) FROM et_item WHERE discipline_id = ?", room.discipline()));
    }

    @Test
    void aDryRunListsEveryBadQuestionWithItsReasonAndStoresNothing() throws Exception {
        Classroom room = new Classroom(server);
        WebClient.Page report = room.importFile("moodle.xml", fixture(), true);
        assertEquals(200, report.status(), report.body());
        assertTrue(report.contains("Сынама тексеру: 4 тапсырма импортталар еді."), report.body());
        for (String type : List.of("shortanswer", "essay", "matching", "numerical", "multianswer", "description",
                "calculated", "ddwtos")) {
            assertTrue(report.contains("<code>" + type + "</code>"), type);
        }
        assertTrue(report.contains("«essay» түрі: эссені оқытушы тексереді"), report.body());
        assertTrue(report.contains("Дұрыс жауабы жоқ сұрақ"), "the multichoice without a correct answer is listed");
        assertEquals(0, room.count("SELECT COUNT(*) FROM et_item WHERE discipline_id = ?", room.discipline()));
    }

    @Test
    void importedMoodleItemsExportToMoodleXmlThatReadsBackTheSame() throws Exception {
        Classroom room = new Classroom(server);
        WebClient.Page report = room.importFile("moodle.xml", fixture(), false);
        assertTrue(report.contains("Импортталған тапсырмалар саны: 4."), report.body());
        assertEquals(4, room.count("SELECT COUNT(*) FROM et_item WHERE discipline_id = ?", room.discipline()));
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_item WHERE discipline_id = ? AND image_key IS NOT NULL",
                room.discipline()), "the embedded picture is the item's image");
        WebClient.Page export = room.teacherWeb.get(room.bank() + "/export.xml");
        assertEquals(200, export.status());
        ImportResult again = new MoodleXmlReader(MoodleXmlImportTest.DEFAULTS)
                .read(new ByteArrayInputStream(export.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ImportResult original = MoodleXmlImportTest.fixture();
        List<Draft> originals = original.items().stream().map(i -> i.draft()).filter(d -> d.options().stream()
                .anyMatch(o -> o.fraction().signum() > 0)).toList();
        assertEquals(originals.size(), again.items().size());
        for (int i = 0; i < originals.size(); i++) {
            Draft a = originals.get(i);
            Draft b = again.items().get(i).draft();
            assertEquals(a.kind(), b.kind());
            assertEquals(a.difficulty(), b.difficulty());
            assertEquals(a.topic(), b.topic());
            assertEquals(a.name(), b.name());
            assertEquals(kz.sabaq.examtest.bank.RichText.text(a.text()), kz.sabaq.examtest.bank.RichText.text(b.text()));
            assertEquals(a.options().stream().map(o -> o.text() + "=" + o.fraction().stripTrailingZeros().toPlainString()).toList(),
                    b.options().stream().map(o -> o.text() + "=" + o.fraction().stripTrailingZeros().toPlainString()).toList());
        }
        assertTrue(again.items().get(0).image() != null, "the picture travels with the export");
        assertFalse(again.problems().stream().anyMatch(p -> !p.imported()));
    }

    static byte[] fixture() throws Exception {
        try (InputStream in = BankPagesTest.class.getResourceAsStream("/fixtures/moodle-all-types.xml")) {
            return in.readAllBytes();
        }
    }
}
