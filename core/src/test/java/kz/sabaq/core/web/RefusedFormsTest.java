package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RefusedFormsTest {
    static final String PAGE = """
            <html><body><main id="main">
            <form method="post" action="/rows/mark"><input type="hidden" name="student" value="1">
              <input name="reason" value=""><button type="submit">Save</button></form>
            <form method="post" action="/rows/mark"><input type="hidden" name="student" value="2">
              <input name="reason" value=""><button type="submit">Save</button></form>
            <form method="post" action="/slots?_csrf=t">
              <input type="hidden" name="_csrf" value="t">
              <label for="start">Start</label><input id="start" name="start" value="stored" aria-describedby="start-hint">
              <input id="end" name="end" type="datetime-local" value="">
              <select id="room" name="room"><option value="a" selected>A</option><option value="b">B</option></select>
              <input type="checkbox" id="online" name="online" value="on" checked>
              <input type="checkbox" name="term" value="T1"><input type="checkbox" name="term" value="T2">
              <textarea name="note">old</textarea>
              <input type="password" name="secret" value="">
              <input name="locked" value="kept" disabled>
            </form>
            </main></body></html>""";

    static Document show(String action, Map<String, List<String>> typed, RefusedForms.Mistake... mistakes) {
        return Jsoup.parse(RefusedForms.show(PAGE, action, typed, List.of(mistakes), "Nothing was saved"));
    }

    static RefusedForms.Mistake on(String field, String message) {
        return new RefusedForms.Mistake(Optional.of(field), message);
    }

    @Test
    void everyFieldShowsWhatWasTypedExceptPasswordsAndDisabledFields() {
        Document page = show("/slots", Map.of("start", List.of("2026-06-01T09:00"), "end", List.of("2026-06-01T08:00"),
                "room", List.of("b"), "term", List.of("T2"), "note", List.of("typed <note>"),
                "secret", List.of("hunter2"), "locked", List.of("changed")), on("end", "The end is before the start."));
        assertEquals("2026-06-01T09:00", page.getElementById("start").val());
        assertEquals("2026-06-01T08:00", page.getElementById("end").val());
        assertEquals("b", page.select("#room option[selected]").val());
        assertFalse(page.getElementById("online").hasAttr("checked"), "an unticked box arrives as no field at all");
        assertTrue(page.select("input[name=term][value=T2]").hasAttr("checked"));
        assertFalse(page.select("input[name=term][value=T1]").hasAttr("checked"));
        assertEquals("typed <note>", page.select("textarea").text());
        assertEquals("", page.select("input[name=secret]").val(), "a password is never sent back");
        assertEquals("kept", page.select("input[name=locked]").val());
    }

    @Test
    void theMistakeStandsBesideItsFieldTiedToItForScreenReaders() {
        Document page = show("/slots", Map.of("start", List.of("x")), on("start", "Choose a time in the future."));
        Element start = page.getElementById("start");
        assertEquals("true", start.attr("aria-invalid"));
        assertEquals("start-hint start-error", start.attr("aria-describedby"));
        Element message = page.getElementById("start-error");
        assertEquals("Choose a time in the future.", message.text());
        assertEquals(start, message.previousElementSibling());
        Element summary = page.selectFirst("[data-form-error]");
        assertEquals("form", summary.parent().tagName(), "the summary opens the refused form");
        assertTrue(summary.hasAttr("autofocus") && "-1".equals(summary.attr("tabindex")) && "alert".equals(summary.attr("role")));
        assertEquals("#start", summary.selectFirst("a").attr("href"));
        assertFalse(page.getElementById("end").hasAttr("aria-invalid"), "only the field in error is marked");
    }

    @Test
    void whereAPageRepeatsAFormTheOneWhoseHiddenFieldsWereSentIsShownAgain() {
        Document page = show("/rows/mark", Map.of("student", List.of("2"), "reason", List.of("ill")),
                new RefusedForms.Mistake(Optional.empty(), "Give a reason."));
        Element second = page.select("form").get(1);
        assertNotNull(second.selectFirst("[data-form-error]"));
        assertEquals("ill", second.selectFirst("input[name=reason]").val());
        assertEquals("true", second.selectFirst("input[name=reason]").attr("aria-invalid"),
                "a form asking one thing has its mistake there");
        assertNull(page.select("form").get(0).selectFirst("[data-form-error]"));
        assertEquals("", page.select("form").get(0).selectFirst("input[name=reason]").val());
    }

    @Test
    void severalMistakesAreEachBesideTheirFieldAndAllInTheSummary() {
        Document page = show("/slots", Map.of(), on("start", "First."), on("room", "Second."));
        assertEquals(List.of("First.", "Second."), page.select("[data-form-error] li").eachText());
        assertEquals("Second.", page.getElementById("room-error").text());
    }

    @Test
    void withoutTheFormOnThePageTheSummaryOpensTheMainContent() {
        Document page = show("/elsewhere", Map.of(), on("start", "Gone."));
        Element summary = page.selectFirst("[data-form-error]");
        assertEquals("main", summary.parent().tagName());
        assertEquals("Gone.", summary.selectFirst("li").text());
    }
}
