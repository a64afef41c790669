package kz.sabaq.core.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import kz.sabaq.api.web.LightView;
import kz.sabaq.api.web.Page;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;

/**
 * Renders a {@link View} inside the theme's layout ({@code core/layout}). Every page gets the
 * viewer, the CSRF token, the menu, the language switcher and {@code {{#t}}key{{/t}}} translation.
 */
public final class PageRenderer {
    private final Templates templates;
    private final Messages messages;
    private final Navigation navigation;
    private final Map<String, String> institutionName;
    private final ToIntFunction<Long> unreadNotifications;

    public PageRenderer(Templates templates, Messages messages, Navigation navigation,
                        Map<String, String> institutionName, ToIntFunction<Long> unreadNotifications) {
        this.templates = templates;
        this.messages = messages;
        this.navigation = navigation;
        this.institutionName = institutionName;
        this.unreadNotifications = unreadNotifications;
    }

    public String render(Page page, Viewer viewer, String path) {
        return page instanceof View view ? render(view, viewer, path) : render((LightView) page, viewer, path);
    }

    /**
     * A refused form's page, its form filled with what was sent ({@code submitted} unless the
     * resource read the fields itself) and the error shown beside its field.
     */
    public String render(RefusedForm refused, Viewer viewer, String path, Map<String, List<String>> submitted) {
        Language language = Language.of(viewer.locale());
        List<RefusedForms.Mistake> mistakes = new ArrayList<>();
        for (UserError e : refused.errors()) {
            mistakes.add(new RefusedForms.Mistake(e.field(), message(e, viewer)));
        }
        return RefusedForms.show(render(refused.page(), viewer, path), path,
                refused.typed().isEmpty() ? submitted : refused.typed(), mistakes,
                messages.get(language, "core.form.refused"));
    }

    /** The error's message in the viewer's language. */
    public String message(UserError error, Viewer viewer) {
        return messages.get(Language.of(viewer.locale()), error.messageKey(), error.args());
    }

    public String render(View view, Viewer viewer, String path) {
        Language language = Language.of(viewer.locale());
        PageScope page = scope(viewer, language, path, view.titleKey());
        ShellScope shell = shell(viewer, language, path);
        String body = templates.render(view.template(), page, shell, view.model());
        // The rendered page goes last, so a page model's own "body" key cannot blank the page.
        return templates.render("core/layout", page, shell, view.model(), Map.of("body", body));
    }

    private ShellScope shell(Viewer viewer, Language language, String path) {
        List<ShellScope.LanguageChoice> languages = new ArrayList<>();
        for (Language l : Language.values()) {
            languages.add(new ShellScope.LanguageChoice(l.code(), l.nativeName(), l == language));
        }
        SideMenu.Menu menu = SideMenu.of(navigation.visibleTo(viewer), path, key -> messages.get(language, key));
        if (!viewer.loggedIn()) {
            return new ShellScope(null, null, null, false, null, languages, menu);
        }
        int unread = unreadNotifications.applyAsInt(viewer.userId());
        String unreadPattern = messages.get(language, "core.notifications.unreadLabel");
        // The bell is an icon: its name carries the count a sighted user reads from the badge.
        String bellLabel = unread > 0 ? Messages.fillPattern(unreadPattern, unread)
                : messages.get(language, "core.notifications.title");
        String name = viewer.getName();
        String initial = name == null || name.isBlank() ? "" : name.substring(0, name.offsetByCodePoints(0, 1));
        return new ShellScope(unread > 0 ? unread : null, bellLabel, unreadPattern, path.startsWith("/notifications"),
                initial, languages, menu);
    }

    /** A {@link LightView}: the same translation, escaping and CSRF token, in the light layout without menu or counts. */
    public String render(LightView view, Viewer viewer, String path) {
        PageScope page = scope(viewer, Language.of(viewer.locale()), path, view.titleKey());
        String body = templates.render(view.template(), page, view.model());
        return templates.render("core/light-layout", page, view.model(), Map.of("body", body));
    }

    private PageScope scope(Viewer viewer, Language language, String path, String titleKey) {
        return new PageScope(text -> translate(language, text), language.code(), viewer.csrfToken(), path,
                viewer.loggedIn(), viewer.getName(),
                institutionName.getOrDefault(language.code(), institutionName.getOrDefault("en", "Sabaq")),
                messages.get(language, titleKey));
    }

    /**
     * {@code {{#t}}core.key{{/t}}} or, with arguments, {@code {{#t}}core.key|{{a}}|{{b}}{{/t}}}. The
     * section arrives rendered, so the arguments are already escaped; the pattern is escaped here.
     */
    private String translate(Language language, String text) {
        String[] parts = text.trim().split("\\|", -1);
        String pattern = Html.escape(messages.get(language, parts[0]));
        if (parts.length == 1) {
            return pattern;
        }
        Object[] args = new Object[parts.length - 1];
        System.arraycopy(parts, 1, args, 0, args.length);
        return Messages.fillPattern(pattern, args);
    }
}
