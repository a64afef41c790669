package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.exchange.ImportResult;
import kz.sabaq.examtest.exchange.ImportedItem;
import kz.sabaq.examtest.exchange.MoodleXmlReader;
import kz.sabaq.examtest.exchange.Problem;
import org.junit.jupiter.api.Test;

/** Moodle XML as Moodle's own export writes it: several files, Moodle 1.9 pictures, the auto format, thirds. */
class MoodleXmlExportCasesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String PNG64 = Base64.getEncoder().encodeToString(PNG);

    private static ImportResult xml(String questions) {
        String quiz = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><quiz>" + questions + "</quiz>";
        return new MoodleXmlReader(MoodleXmlImportTest.DEFAULTS).read(new ByteArrayInputStream(quiz.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePictureIsTheQuestionsImageFileNotASoundLinkedBeforeItAndOptionPicturesAreReported() {
        ImportResult r = xml("""
                <question type="multichoice"><name><text>Тыңдау</text></name>
                <questiontext format="html"><text><![CDATA[<p><a href="@@PLUGINFILE@@/salem.mp3">Тыңдаңыз</a>
                <img src="@@PLUGINFILE@@/kz.png" alt="ту"></p>]]></text>
                <file name="salem.mp3" encoding="base64">SUQz</file><file name="kz.png" encoding="base64">%1$s</file>
                </questiontext><single>false</single>
                <answer fraction="33.33333" format="html"><text><![CDATA[<p><img src="@@PLUGINFILE@@/a.png"> қазақ</p>]]></text>
                <file name="a.png" encoding="base64">%1$s</file></answer>
                <answer fraction="33.33333" format="html"><text><![CDATA[<p>орыс</p>]]></text></answer>
                <answer fraction="33.33334" format="html"><text><![CDATA[<p>ағылшын</p>]]></text></answer>
                <answer fraction="-100" format="html"><text><![CDATA[<p>неміс</p>]]></text></answer>
                </question>""".formatted(PNG64));
        ImportedItem item = r.items().get(0);
        assertEquals("kz.png", item.image().name());
        assertArrayEquals(PNG, item.image().content());
        assertEquals(ItemKind.MULTIPLE, item.draft().kind());
        assertEquals(List.of(new BigDecimal("33.33333"), new BigDecimal("33.33333"), new BigDecimal("33.33334"),
                new BigDecimal("-100")), item.draft().options().stream().map(Draft.DraftOption::fraction).toList());
        assertEquals("қазақ", item.draft().options().get(0).text());
        assertEquals(List.of("exam-test.import.warning.optionPictures"), r.problems().stream().map(Problem::key).toList());
        assertTrue(r.problems().get(0).imported(), "a warning: the item itself is imported");
    }

    @Test
    void moodle19sImageBesideTheTextBecomesThePicture() {
        ImportedItem item = xml("""
                <question type="multichoice"><name><text>Ескі сурет</text></name>
                <questiontext format="html"><text>Суреттегі не?</text></questiontext>
                <image>old.png</image><image_base64>
                %s
                </image_base64><single>true</single>
                <answer fraction="100"><text>
                ту
                </text></answer><answer fraction="0"><text>елтаңба</text></answer></question>""".formatted(PNG64))
                .items().get(0);
        assertEquals("old.png", item.image().name());
        assertArrayEquals(PNG, item.image().content());
        assertEquals(List.of("ту", "елтаңба"), item.draft().options().stream().map(Draft.DraftOption::text).toList());
    }

    @Test
    void moodlesAutoFormatKeepsItsMarkupAndLineBreaksAsHtml() {
        Draft d = xml("""
                <question type="truefalse"><name><text>Авто</text></name>
                <questiontext format="moodle_auto_format"><text><![CDATA[Су <b>100</b> градуста
                қайнайды]]></text></questiontext>
                <answer fraction="100" format="moodle_auto_format"><text>true</text></answer>
                <answer fraction="0" format="moodle_auto_format"><text>false</text></answer></question>""")
                .items().get(0).draft();
        assertEquals("Су <b>100</b> градуста<br>қайнайды", d.text());
        assertEquals(List.of(100, 0), d.options().stream().map(o -> o.fraction().intValue()).toList());
    }
}
