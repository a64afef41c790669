package kz.sabaq.api.conference;

/**
 * One thing staff fill in for a conference on a platform (e.g. login, password, link). Institution-wide
 * values (server address, shared secret, API keys) are not fields: they are the platform plugin's
 * settings, which only an administrator sees.
 *
 * @param key        form field and storage key
 * @param labelKey   i18n key of the label
 * @param secret     never shown back on the form (a blank input keeps the saved value) nor in lists or logs
 * @param url        must be an http(s) address
 * @param required   must not be blank
 * @param visibility who sees the saved value on the pages of the class or exam
 */
public record ConferenceField(String key, String labelKey, boolean secret, boolean url, boolean required,
                              Visibility visibility) {

    /** A field every participant sees, as fields were before visibilities (a login, a password, a link). */
    public ConferenceField(String key, String labelKey, boolean secret, boolean url, boolean required) {
        this(key, labelKey, secret, url, required, Visibility.PARTICIPANTS);
    }

    /** Whether a viewer may see the value: staff see participants' and staff fields, nobody a server-only one. */
    public boolean shownTo(boolean staff) {
        return visibility == Visibility.PARTICIPANTS || staff && visibility == Visibility.STAFF;
    }
}
