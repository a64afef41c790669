package kz.sabaq.core.setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import kz.sabaq.api.form.FormField;
import org.junit.jupiter.api.Test;

/** A setting's value is checked by its metadata alone: its type, and a secret like any text. */
class SettingRulesTest {
    private static final FormField SERVER = FormField.text("server", "").asUrl();

    @Test
    void aWebAddressSettingTakesAnHttpOrHttpsAddressOrNothing() {
        assertTrue(SettingRules.check(SERVER, "https://bbb.college.kz/bigbluebutton/").isEmpty());
        assertTrue(SettingRules.check(SERVER, "").isEmpty(), "not set yet");
        for (String bad : new String[] {"ftp://bbb.college.kz", "bbb.college.kz", "https://"}) {
            Optional<SettingProblem> problem = SettingRules.check(SERVER, bad);
            assertEquals("core.setting.error.url", problem.map(SettingProblem::messageKey).orElse("none"), bad);
        }
    }

    @Test
    void aSecretIsCheckedAsTheTextItIs() {
        FormField secret = FormField.secret("sharedSecret");
        assertTrue(secret.secret());
        assertTrue(SettingRules.check(secret, "s3cret").isEmpty());
        assertEquals("core.setting.error.tooLong", SettingRules.check(secret, "x".repeat(SettingRules.MAX_TEXT + 1))
                .map(SettingProblem::messageKey).orElse("none"));
    }
}
