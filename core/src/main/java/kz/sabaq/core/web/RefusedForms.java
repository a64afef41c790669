package kz.sabaq.core.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Shows a refused form again inside its rendered page (see {@link kz.sabaq.api.web.RefusedForm}):
 * the page's own template draws the form, this fills in what was typed and marks the mistake. Done
 * on the finished HTML so that every template, a theme's override too, gets it without repeating
 * the value of each field; the page is parsed only on this error path. The summary takes the focus
 * (autofocus on an element with tabindex), so a screen reader reads it first.
 */
final class RefusedForms {
    /** Fields whose value is never sent back: a password stays unseen, a file cannot be refilled. */
    private static final List<String> NOT_REFILLED = List.of("hidden", "password", "file", "submit", "button",
            "reset", "image");
    static final String SUMMARY_ID = "form-error";

    private RefusedForms() {
    }

    /** One thing wrong: the field it is about, if any, and the translated message. */
    record Mistake(Optional<String> field, String message) {
    }

    /**
     * @param action   the refused request's path: the form whose {@code action} it is
     * @param typed    the fields as sent
     * @param mistakes what is wrong, in the order the summary lists it
     * @param heading  the summary's translated heading
     */
    static String show(String html, String action, Map<String, List<String>> typed, List<Mistake> mistakes,
                       String heading) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        Optional<Element> form = sentForm(page, action, typed);
        Element summary = page.createElement("div").addClass("error-summary").id(SUMMARY_ID)
                .attr("role", "alert").attr("tabindex", "-1").attr("autofocus", true).attr("data-form-error", true);
        summary.appendElement("p").addClass("error").text(heading);
        Element list = summary.appendElement("ul");
        if (form.isEmpty()) {
            mistakes.forEach(m -> list.appendElement("li").text(m.message()));
            Optional.ofNullable(page.getElementById("main")).orElse(page.body()).prependChild(summary);
            return page.outerHtml();
        }
        refill(form.get(), typed);
        form.get().parents().stream().filter(e -> e.tagName().equals("details")).forEach(d -> d.attr("open", true));
        for (Mistake m : mistakes) {
            Optional<String> field = mistakes.size() == 1 ? m.field().or(() -> onlyField(form.get())) : m.field();
            Optional<Element> invalid = field.flatMap(name -> control(form.get(), name));
            invalid.ifPresent(control -> markInvalid(control, m.message()));
            Element item = list.appendElement("li");
            invalid.ifPresentOrElse(control -> item.appendElement("a").attr("href", "#" + control.id()).text(m.message()),
                    () -> item.text(m.message()));
        }
        form.get().prependChild(summary);
        return page.outerHtml();
    }

    /** The form posting to the path; where several do, the one whose hidden fields match what was sent. */
    private static Optional<Element> sentForm(Document page, String action, Map<String, List<String>> typed) {
        List<Element> posting = page.select("form").stream()
                .filter(f -> "post".equalsIgnoreCase(f.attr("method")) && action.equals(pathOf(f.attr("action"))))
                .toList();
        return posting.stream().filter(f -> hiddenMatch(f, typed)).findFirst()
                .or(() -> posting.stream().findFirst());
    }

    private static String pathOf(String action) {
        try {
            return URI.create(action).getPath();
        } catch (IllegalArgumentException e) {
            return action;
        }
    }

    private static boolean hiddenMatch(Element form, Map<String, List<String>> typed) {
        for (Element hidden : form.select("input[type=hidden][name]")) {
            String name = hidden.attr("name");
            if (!name.equals(CsrfFilter.FIELD) && !typed.getOrDefault(name, List.of()).contains(hidden.val())) {
                return false;
            }
        }
        return true;
    }

    private static void refill(Element form, Map<String, List<String>> typed) {
        for (Element control : form.select("input[name], select[name], textarea[name]")) {
            List<String> sent = typed.get(control.attr("name"));
            if (control.hasAttr("disabled")) {
                continue;
            }
            String type = control.attr("type").toLowerCase();
            if (control.tagName().equals("input") && (type.equals("checkbox") || type.equals("radio"))) {
                String value = control.hasAttr("value") ? control.val() : "on";
                control.attr("checked", sent != null && sent.contains(value));
            } else if (sent == null || NOT_REFILLED.contains(type)) {
                continue;
            } else if (control.tagName().equals("select")) {
                control.select("option").forEach(o -> o.attr("selected", sent.contains(o.hasAttr("value") ? o.val() : o.text())));
            } else if (control.tagName().equals("textarea")) {
                control.text(sent.get(0));
            } else {
                control.val(sent.get(0));
            }
        }
    }

    /** A form asking one thing: its mistake can only be there. */
    private static Optional<String> onlyField(Element form) {
        List<String> names = visible(form.select("input[name], select[name], textarea[name]")).stream()
                .map(e -> e.attr("name")).distinct().toList();
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    private static List<Element> visible(Elements controls) {
        return controls.stream().filter(e -> !e.hasAttr("disabled")
                && !List.of("hidden", "submit", "button", "reset", "image").contains(e.attr("type").toLowerCase())).toList();
    }

    private static Optional<Element> control(Element form, String name) {
        return visible(form.select("input[name], select[name], textarea[name]")).stream().filter(e -> e.attr("name").equals(name)).findFirst();
    }

    /** The message right after the field, tied to it for screen readers. */
    private static void markInvalid(Element control, String message) {
        if (control.id().isEmpty()) {
            control.id("field-" + control.attr("name").replaceAll("[^A-Za-z0-9_-]", "-"));
        }
        String errorId = control.id() + "-error";
        control.attr("aria-invalid", "true");
        String described = control.attr("aria-describedby");
        control.attr("aria-describedby", described.isEmpty() ? errorId : described + " " + errorId);
        control.after(new Element("p").addClass("field-error").id(errorId).attr("data-field-error", control.attr("name"))
                .text(message));
    }
}
