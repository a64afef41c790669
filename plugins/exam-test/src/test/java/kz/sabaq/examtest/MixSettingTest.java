package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.form.FormField;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The difficulty mix is refused on the administrator's form, beside its field, instead of when a teacher opens a test. */
class MixSettingTest {
    static TestServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
        String iin = Iins.next();
        server.user(iin, "Әкімшілік", "Гүлнар", StandardRoles.ADMINISTRATOR);
        admin = server.client();
        assertEquals(303, admin.login(iin).status());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, String> form(String mix) {
        Map<String, String> form = new LinkedHashMap<>();
        for (FormField f : ExamTestSettings.definitions()) {
            form.put("s." + f.key(), f.defaultValue());
        }
        form.put("s." + ExamTestSettings.MIX, mix);
        return form;
    }

    @Test
    void aMixNotAddingUpTo100IsRefusedBesideTheFieldKeepingWhatWasTypedAndNothingIsSaved() {
        WebClient.Page refused = admin.post("/admin/plugins/exam-test/settings", form("50/40/20"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contains("data-field-error=\"s.difficultyMix\">Қосындысы 100-ге тең үш бүтін пайыз жазыңыз"),
                refused.body());
        assertTrue(refused.contains("value=\"50/40/20\""), "what was typed stays");
        assertFalse(admin.get("/admin/plugins/exam-test/settings").contains("value=\"50/40/20\""), "nothing was saved");

        assertEquals(200, admin.post("/admin/plugins/exam-test/settings", form("30/50/20")).status());
        assertTrue(admin.get("/admin/plugins/exam-test/settings").contains("value=\"30/50/20\""));
    }
}
