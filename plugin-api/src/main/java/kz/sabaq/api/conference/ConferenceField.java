package kz.sabaq.api.conference;

/**
 * One thing staff fill in for a conference on a platform (e.g. login, password, link).
 *
 * @param key      form field and storage key
 * @param labelKey i18n key of the label
 * @param secret   shown only to the conference's participants, never in lists or logs
 * @param url      must be an http(s) address
 * @param required must not be blank
 */
public record ConferenceField(String key, String labelKey, boolean secret, boolean url, boolean required) {
}
