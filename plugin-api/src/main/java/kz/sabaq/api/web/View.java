package kz.sabaq.api.web;

/**
 * A server-rendered page: core renders {@code template} inside the theme's layout.
 *
 * @param template  {@code <component>/<name>}, e.g. {@code attendance-qr/session-page}; a theme may
 *                  override it with {@code themes/<theme>/templates/<component>/<name>.mustache}
 * @param titleKey  i18n key of the page title
 * @param model     what the template reads: a record (its components are the template's keys) or a
 *                  map; the viewer, CSRF token and translations are added
 */
public record View(String template, String titleKey, Object model) implements Page {

    public static View of(String template, String titleKey, Object model) {
        return new View(template, titleKey, model);
    }
}
