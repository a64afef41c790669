package kz.sabaq.examtest.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.sabaq.examtest.bank.Item;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.bank.Option;

/**
 * Writes a bank as Moodle XML that Moodle's question import reads: a category per topic, each item a
 * {@code multichoice} with its fractions, its difficulty as the tag {@code difficulty:<level>}, its
 * picture as an embedded file. {@link MoodleXmlReader} reads it back to the same items.
 */
public final class MoodleXmlWriter {
    private final Function<String, InputStream> files;

    /** @param files opens a stored picture by its key */
    public MoodleXmlWriter(Function<String, InputStream> files) {
        this.files = files;
    }

    public void write(List<Item> items, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("quiz");
            String topic = null;
            for (Item item : items) {
                if (!Objects.equals(topic, item.topic())) {
                    topic = item.topic();
                    x.writeCharacters("\n  ");
                    x.writeStartElement("question");
                    x.writeAttribute("type", "category");
                    x.writeStartElement("category");
                    text(x, "$course$/top/" + topic.replace("/", "//"));
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                question(x, item);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException("Writing the Moodle XML export failed", e);
        }
    }

    private void question(XMLStreamWriter x, Item item) throws XMLStreamException, IOException {
        x.writeStartElement("question");
        x.writeAttribute("type", "multichoice");
        x.writeStartElement("name");
        text(x, item.name());
        x.writeEndElement();
        x.writeStartElement("questiontext");
        x.writeAttribute("format", "html");
        String picture = item.imageKey() == null ? ""
                : "<p><img src=\"@@PLUGINFILE@@/" + item.imageName().replace("\"", "") + "\" alt=\"\"></p>";
        text(x, item.text() + picture);
        if (item.imageKey() != null) {
            try (InputStream in = files.apply(item.imageKey())) {
                x.writeStartElement("file");
                x.writeAttribute("name", item.imageName());
                x.writeAttribute("path", "/");
                x.writeAttribute("encoding", "base64");
                x.writeCharacters(Base64.getEncoder().encodeToString(in.readAllBytes()));
                x.writeEndElement();
            }
        }
        x.writeEndElement();
        simple(x, "defaultgrade", "1.0000000");
        simple(x, "penalty", "0.3333333");
        simple(x, "hidden", "0");
        simple(x, "single", String.valueOf(item.kind() == ItemKind.SINGLE));
        simple(x, "shuffleanswers", "true");
        simple(x, "answernumbering", "abc");
        for (Option o : item.options()) {
            x.writeStartElement("answer");
            x.writeAttribute("fraction", fraction(o.fraction()));
            x.writeAttribute("format", "plain_text");
            text(x, o.text());
            x.writeEndElement();
        }
        x.writeStartElement("tags");
        x.writeStartElement("tag");
        text(x, "difficulty:" + item.difficulty().code());
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static String fraction(BigDecimal f) {
        BigDecimal s = f.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static void simple(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String value) throws XMLStreamException {
        x.writeStartElement("text");
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
