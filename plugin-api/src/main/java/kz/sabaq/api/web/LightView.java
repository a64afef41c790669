package kz.sabaq.api.web;

/**
 * A page seen in passing, such as the answer to a QR check-in on a phone: core renders
 * {@code template} inside the theme's light layout ({@code core/light-layout}): the stylesheets,
 * the language, the title and the user's name, but no menu and no notification count, so the
 * page costs no more than its own template. Translation, escaping and the CSRF token work as in
 * a {@link View}.
 */
public record LightView(String template, String titleKey, Object model) implements Page {

    public static LightView of(String template, String titleKey, Object model) {
        return new LightView(template, titleKey, model);
    }
}
