package kz.sabaq.core.conference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.web.UserError;
import org.junit.jupiter.api.Test;

class PlatformFormTest {
    private static final Locale KK = Locale.forLanguageTag("kk");

    /** Login, a secret password and a required link; a login "forbidden" is refused by the platform itself. */
    static final class Meet implements ConferencePlatform {
        @Override
        public String id() {
            return "meet";
        }

        @Override
        public LocalizedName name() {
            return new LocalizedName("Кездесу", "Встреча", "Meet");
        }

        @Override
        public List<FormField> fields() {
            return List.of(FormField.input("login", "meet.login"),
                    FormField.input("password", "meet.password").asSecret(),
                    FormField.input("link", "meet.link").asUrl().asRequired());
        }

        @Override
        public Map<String, String> validate(Map<String, String> values) {
            return "forbidden".equals(values.get("login")) ? Map.of("login", "meet.error.forbidden") : Map.of();
        }

        @Override
        public URI join(Meeting meeting, Participant participant, PlatformContext platform) {
            return URI.create(meeting.values().get("link"));
        }
    }

    private final Meet meet = new Meet();
    private final ConferenceForm form = new PlatformForm(List.of(meet),
            (locale, key, args) -> locale.getLanguage() + ":" + key,
            new ConferenceForm.Errors("m.unknown", "m.required", "m.url", "m.tooLong"));

    private static Map<String, String> values(String... keyValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValue.length; i += 2) {
            m.put(keyValue[i], keyValue[i + 1]);
        }
        return m;
    }

    private static UserError refused(Runnable r) {
        return assertThrows(UserError.class, r::run);
    }

    @Test
    void theValuesAreStrippedInFieldOrderAndKeysOfNoFieldAreDropped() {
        Map<String, String> checked = form.check(meet,
                values("link", " https://meet.example.kz/r ", "extra", "x", "login", " t1 "), Map.of(), KK);

        assertEquals(List.of("login", "password", "link"), List.copyOf(checked.keySet()));
        assertEquals(values("login", "t1", "password", "", "link", "https://meet.example.kz/r"), checked);
    }

    @Test
    void aSecretLeftBlankKeepsItsSavedValueAndAFilledOneReplacesIt() {
        Map<String, String> saved = values("login", "old", "password", "s3cret", "link", "https://a.kz");

        assertEquals("s3cret", form.check(meet, values("password", "  ", "link", "https://b.kz"), saved, KK).get("password"));
        assertEquals("new", form.check(meet, values("password", "new", "link", "https://b.kz"), saved, KK).get("password"));
        assertEquals("", form.check(meet, values("link", "https://b.kz"), saved, KK).get("login"),
                "only a secret keeps its value");
    }

    @Test
    void theSubmittedValuesAreTheFieldInputsByKeyTheFirstOfEach() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("_csrf", "t");
        posted.add("platform", "meet");
        posted.add("field.login", "t1");
        posted.add("field.login", "t2");
        posted.add("field.link", "https://a.kz");
        posted.put("field.password", List.of());

        assertEquals(values("login", "t1", "link", "https://a.kz"), form.submitted(posted));
    }

    @Test
    void eachFlagIsCheckedWithTheModulesKeyAndTheTranslatedLabel() {
        UserError required = refused(() -> form.check(meet, values("login", "t"), Map.of(), KK));
        assertEquals(400, required.status());
        assertEquals("m.required", required.messageKey());
        assertArrayEquals(new Object[] {"kk:meet.link"}, required.args());

        UserError url = refused(() -> form.check(meet, values("link", "javascript:alert(1)"), Map.of(), KK));
        assertEquals("m.url", url.messageKey());
        assertEquals("m.url", refused(() -> form.check(meet, values("link", "https:///nohost"), Map.of(), KK)).messageKey());

        UserError tooLong = refused(() -> form.check(meet, values("login", "x".repeat(ConferenceForm.VALUE_MAX + 1),
                "link", "https://a.kz"), Map.of(), KK));
        assertEquals("m.tooLong", tooLong.messageKey());
        assertEquals(Arrays.asList("kk:meet.login", ConferenceForm.VALUE_MAX), Arrays.asList(tooLong.args()));
        assertEquals("x".repeat(ConferenceForm.VALUE_MAX), form.check(meet,
                values("login", "x".repeat(ConferenceForm.VALUE_MAX), "link", "https://a.kz"), Map.of(), KK).get("login"));
    }

    @Test
    void thePlatformsOwnRulesComeAfterTheFlags() {
        assertEquals("meet.error.forbidden", refused(() -> form.check(meet,
                values("login", "forbidden", "link", "https://a.kz"), Map.of(), KK)).messageKey());
    }

    @Test
    void anUnknownPlatformIsRefused() {
        assertEquals(meet, form.require("meet"));
        assertEquals("m.unknown", refused(() -> form.require("nope")).messageKey());
        assertEquals("m.unknown", refused(() -> form.require(null)).messageKey());
        assertFalse(form.platform(null).isPresent());
    }

    @Test
    void theFormNeverShowsASecretBack() {
        List<Map<String, Object>> fields = form.fields(meet,
                values("login", "t1", "password", "s3cret", "link", "https://a.kz"));

        assertEquals(List.of("text", "password", "url"), fields.stream().map(f -> f.get("type")).toList());
        assertEquals(List.of("t1", "", "https://a.kz"), fields.stream().map(f -> f.get("value")).toList());
        assertEquals(List.of(false, true, false), fields.stream().map(f -> f.get("kept")).toList());
        assertEquals(List.of(false, false, true), fields.stream().map(f -> f.get("required")).toList());
        assertEquals(List.of(false, false, false), form.fields(meet, values("password", "")).stream()
                .map(f -> f.get("kept")).toList(), "an empty saved secret is nothing kept");
    }

    @Test
    void theChooserMarksTheCurrentPlatform() {
        assertEquals(List.of(Map.of("id", "meet", "name", "Встреча", "selected", true)),
                form.choices("meet", Locale.forLanguageTag("ru")));
        assertEquals(false, form.choices("other", Locale.ENGLISH).get(0).get("selected"));
    }

    @Test
    void valuesGoToJsonAndBackInTheirOrder() {
        Map<String, String> v = values("room", "r-1", "link", "https://meet.example.kz/r-1", "password", "«қ»\"");

        String json = form.json(v);

        assertEquals("{\"room\":\"r-1\",\"link\":\"https://meet.example.kz/r-1\",\"password\":\"«қ»\\\"\"}", json);
        assertEquals(List.copyOf(v.entrySet()), List.copyOf(form.parse(json).entrySet()));
        assertEquals(Map.of(), form.parse(null));
        assertEquals(Map.of(), form.parse(" "));
        assertThrows(IllegalStateException.class, () -> form.parse("[1]"));
    }

    @Test
    void aWebAddressIsAnAbsoluteHttpAddressWithAHost() {
        assertTrue(form.isWebAddress("https://meet.example.kz/r?x=1"));
        assertTrue(form.isWebAddress("HTTP://meet.example.kz"));
        for (String bad : new String[] {null, "", "meet.example.kz", "ftp://meet.example.kz", "javascript:alert(1)",
                "https://", "http:///path", "https://bad host"}) {
            assertFalse(form.isWebAddress(bad), String.valueOf(bad));
        }
    }
}
