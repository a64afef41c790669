package kz.sabaq.conference.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.form.FormField;
import org.junit.jupiter.api.Test;

class ConferenceLinkTest {
    private final ConferenceLink platform = new ConferenceLink();

    @Test
    void loginPasswordAndARequiredLinkThePasswordSecret() {
        List<FormField> fields = platform.fields();
        assertEquals(List.of("login", "password", "link"), fields.stream().map(FormField::key).toList());
        assertTrue(fields.get(1).secret());
        assertTrue(fields.get(2).type() == FieldType.URL && fields.get(2).required());
        assertEquals("link", platform.id());
    }

    @Test
    void onlyHttpLinksAndParticipantsJoinByTheLinkItself() {
        assertEquals(Map.of(), platform.validate(Map.of("link", "https://meet.example.kz/abc?pwd=1")));
        assertEquals(Map.of("link", "conference-link.error.linkRequired"), platform.validate(Map.of("login", "x")));
        assertEquals(Map.of("link", "conference-link.error.linkNotHttp"), platform.validate(Map.of("link", "javascript:alert(1)")));
        assertEquals(Map.of("link", "conference-link.error.linkNotHttp"), platform.validate(Map.of("link", "ftp://host/x")));
        assertEquals(Map.of("link", "conference-link.error.linkNotHttp"), platform.validate(Map.of("link", "https://")));
        assertEquals(URI.create("http://zoom.example/j/1"), platform.join(meeting(" http://zoom.example/j/1 "), STUDENT, null));
        assertThrows(IllegalArgumentException.class, () -> platform.join(meeting("data:text/html,x"), STUDENT, null));
    }

    @Test
    void itsNameInTheSettingsSelectComesFromItsBundleInTheThreeLanguages() {
        assertEquals(new LocalizedName("Конференцияға сілтеме", "Ссылка на конференцию", "Conference link"),
                platform.name());
    }

    private static final Participant STUDENT = new Participant(7, "000101500123", "Ахметова Айгерім", Locale.ROOT, false);

    private static Meeting meeting(String link) {
        return new Meeting("online-attestation", "1", 1, "Exam", Instant.EPOCH, Instant.EPOCH.plusSeconds(3600),
                Map.of("link", link));
    }
}
