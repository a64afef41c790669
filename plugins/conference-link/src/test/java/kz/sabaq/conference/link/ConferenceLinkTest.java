package kz.sabaq.conference.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.ConferenceField;
import org.junit.jupiter.api.Test;

class ConferenceLinkTest {
    private final ConferenceLink platform = new ConferenceLink();

    @Test
    void loginPasswordAndARequiredLinkThePasswordSecret() {
        List<ConferenceField> fields = platform.fields();
        assertEquals(List.of("login", "password", "link"), fields.stream().map(ConferenceField::key).toList());
        assertTrue(fields.get(1).secret());
        assertTrue(fields.get(2).url() && fields.get(2).required());
        assertEquals("link", platform.id());
    }

    @Test
    void onlyHttpLinksAndParticipantsJoinByTheLinkItself() {
        assertEquals(Map.of(), platform.validate(Map.of("link", "https://meet.example.kz/abc?pwd=1")));
        assertEquals(Map.of("link", "conference-link.error.linkRequired"), platform.validate(Map.of("login", "x")));
        assertEquals(Map.of("link", "conference-link.error.linkNotHttp"), platform.validate(Map.of("link", "javascript:alert(1)")));
        assertEquals(Map.of("link", "conference-link.error.linkNotHttp"), platform.validate(Map.of("link", "ftp://host/x")));
        assertEquals(Map.of("link", "conference-link.error.linkNotHttp"), platform.validate(Map.of("link", "https://")));
        assertEquals(URI.create("http://zoom.example/j/1"), platform.joinLink(Map.of("link", " http://zoom.example/j/1 ")));
        assertThrows(IllegalArgumentException.class, () -> platform.joinLink(Map.of("link", "data:text/html,x")));
    }

    @Test
    void itsNameInTheSettingsSelectComesFromItsBundleInTheThreeLanguages() {
        assertEquals(new LocalizedName("Конференцияға сілтеме", "Ссылка на конференцию", "Conference link"),
                platform.name());
    }
}
