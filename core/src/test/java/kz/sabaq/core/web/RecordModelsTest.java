package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Mustache.java reads a record's components as keys: nested records, lists of records, booleans, optionals. */
class RecordModelsTest {
    record Note(String text) {
    }

    record Row(String name, boolean late, Optional<Note> note) {
    }

    record Model(String heading, List<Row> rows, Optional<Note> summary, Note lead) {
    }

    static final Templates TEMPLATES = new Templates(new Theme(TestServer.repoRoot().resolve("themes"), Theme.DEFAULT),
            RecordModelsTest.class.getClassLoader());

    @Test
    void aRecordsComponentsAreTheTemplatesKeys() {
        String html = TEMPLATES.render("records-test/page", new Model("Тізім <1>",
                List.of(new Row("a", true, Optional.of(new Note("кешікті"))), new Row("b", false, Optional.empty())),
                Optional.of(new Note("барлығы 2")), new Note("басы")));

        assertEquals("<h1>Тізім &lt;1&gt;</h1><p data-row=\"a\">late кешікті</p><p data-row=\"b\">-</p>"
                + "<p data-summary>барлығы 2</p><p data-dotted>басы</p>\n", html);
    }

    @Test
    void anEmptyOptionalIsAnInvertedSection() {
        String html = TEMPLATES.render("records-test/page", new Model("", List.of(), Optional.empty(), new Note("")));

        assertEquals("<h1></h1><p data-no-summary></p><p data-dotted></p>\n", html);
    }
}
