package kz.sabaq.core.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageModelsTest {
    record Row(String name, boolean late, Optional<Note> note) {
    }

    record Note(String text) {
    }

    record Model(String heading, List<Row> rows, Optional<Note> summary, Map<String, Object> extra) {
    }

    @TempDir
    Path root;

    @BeforeEach
    void templates() throws IOException {
        Files.createDirectories(root.resolve("demo"));
        write("list", """
                <h1>{{heading}} · {{title}}</h1>{{#t}}demo.key|{{heading}}{{/t}}
                {{#rows}}<p data-csrf="{{csrf}}">{{name}}{{#late}} {{name}}{{/late}}{{#note}}{{text}}{{/note}}{{^note}}-{{/note}}</p>{{/rows}}
                {{#summary}}{{text}}{{/summary}} {{summary.text}} {{#extra}}{{anything}}{{/extra}}
                {{#menu}}{{#modules}}{{label}}{{/modules}}{{/menu}}
                {{> row}}""");
        write("row", "{{heading}}");
    }

    @Test
    void keysOfTheModelItsNestedRecordsAndTheCommonScopeAreFound() {
        PageModels.in(root, "demo").page("list", Model.class).partial("row").check();
    }

    @Test
    void aKeyTheModelLacksFailsNamingTheTemplateAndTheKey() throws IOException {
        write("list", "{{#rows}}{{name}} {{grade}}{{/rows}}");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> PageModels.in(root, "demo").page("list", Model.class).partial("row").check());
        assertTrue(failure.getMessage().contains("demo/list: {{grade}}"), failure.getMessage());
    }

    @Test
    void aMissingKeyInAnOptionalsRecordOrAPartialFails() throws IOException {
        write("list", "{{#summary}}{{txt}}{{/summary}}{{> row}}");
        write("row", "{{heading}}{{footer}}");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> PageModels.in(root, "demo").page("list", Model.class).partial("row").check());
        assertTrue(failure.getMessage().contains("{{txt}}"), failure.getMessage());
        assertTrue(failure.getMessage().contains("demo/list > row: {{footer}}"), failure.getMessage());
    }

    @Test
    void aDottedKeyIsFollowedIntoItsRecord() throws IOException {
        write("list", "{{summary.heading}}");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> PageModels.in(root, "demo").page("list", Model.class).partial("row").check());
        assertTrue(failure.getMessage().contains("{{summary.heading}}"), failure.getMessage());
    }

    @Test
    void theShellIsNotAroundALightPage() throws IOException {
        write("list", "{{heading}}{{#menu}}x{{/menu}}");
        PageModels.in(root, "demo").page("list", Model.class).partial("row").check();
        AssertionError failure = assertThrows(AssertionError.class,
                () -> PageModels.in(root, "demo").lightPage("list", Model.class).partial("row").check());
        assertTrue(failure.getMessage().contains("{{menu}}"), failure.getMessage());
    }

    @Test
    void aTemplateWithoutAModelFails() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> PageModels.in(root, "demo").page("list", Model.class).check());
        assertTrue(failure.getMessage().contains("demo/row: no model declared"), failure.getMessage());
        PageModels.in(root, "demo").page("list", Model.class).unchecked("row", "a test of the exemption").check();
    }

    @Test
    void aThemesOverrideIsCheckedAgainstTheSameModel() throws IOException {
        Path theme = root.resolve("theme");
        Files.createDirectories(theme.resolve("demo"));
        Files.writeString(theme.resolve("demo/list.mustache"), "{{heading}}{{slogan}}");
        AssertionError failure = assertThrows(AssertionError.class, () -> PageModels.in(root, "demo")
                .page("list", Model.class).partial("row").overriddenIn(theme).check());
        assertTrue(failure.getMessage().contains("{{slogan}}"), failure.getMessage());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(root.resolve("demo/" + name + ".mustache"), text);
    }
}
