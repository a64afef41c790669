package kz.sabaq.conference.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.i18n.BundleName;
import org.pf4j.Extension;

/**
 * The default conduct platform: any conference service reached by a link, with the login and
 * password participants type there. Keeps no activity log.
 */
@Extension
public class ConferenceLink implements ConferencePlatform {
    public static final String ID = "link";
    public static final String LOGIN = "login";
    public static final String PASSWORD = "password";
    public static final String LINK = "link";
    private static final LocalizedName NAME =
            BundleName.of(ConferenceLink.class, "conference-link", "conference-link.name");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public List<FormField> fields() {
        return List.of(
                FormField.input(LOGIN, "conference-link.field.login"),
                FormField.input(PASSWORD, "conference-link.field.password").asSecret(),
                FormField.input(LINK, "conference-link.field.link").asUrl().asRequired());
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        String link = values.get(LINK);
        if (link == null || link.isBlank()) {
            problems.put(LINK, "conference-link.error.linkRequired");
        } else if (parse(link) == null) {
            problems.put(LINK, "conference-link.error.linkNotHttp");
        }
        return problems;
    }

    /** Everyone goes to the same typed link; the login and password are shown beside it on the page. */
    @Override
    public URI join(Meeting meeting, Participant participant, PlatformContext platform) {
        URI link = parse(meeting.values().get(LINK));
        if (link == null) {
            throw new IllegalArgumentException("Not an http(s) conference link: " + meeting.values().get(LINK));
        }
        return link;
    }

    /** The link when it is an absolute http(s) address with a host, else null. */
    static URI parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isBlank() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
