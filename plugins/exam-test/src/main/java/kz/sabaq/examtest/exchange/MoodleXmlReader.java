package kz.sabaq.examtest.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.bank.RichText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads Moodle's question bank export ("Moodle XML format"): categories become topics,
 * {@code multichoice} (single or multiple answer) and {@code truefalse} become items with their
 * fractions; every other type is reported by name with the reason it cannot be a test item here.
 * The parser refuses DOCTYPEs, so no entity of the file reaches the disk or the network.
 */
public final class MoodleXmlReader {
    /** Moodle types with no options a test can score, and why (the key's last part). */
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("shortanswer", "typed"), Map.entry("essay", "essay"), Map.entry("matching", "pairs"),
            Map.entry("randomsamatch", "pairs"), Map.entry("ddmatch", "pairs"), Map.entry("numerical", "number"),
            Map.entry("calculated", "calculated"), Map.entry("calculatedsimple", "calculated"),
            Map.entry("calculatedmulti", "calculated"), Map.entry("multianswer", "cloze"),
            Map.entry("cloze", "cloze"), Map.entry("description", "description"), Map.entry("ddwtos", "dragdrop"),
            Map.entry("gapselect", "dragdrop"), Map.entry("ddimageortext", "dragdrop"),
            Map.entry("ddmarker", "dragdrop"), Map.entry("ordering", "dragdrop"), Map.entry("random", "random"));

    private static final Pattern EMBEDDED_IMAGE = Pattern.compile("<img[^>]*@@PLUGINFILE@@[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PICTURE_NAME = Pattern.compile("\\.(png|jpe?g|gif|webp|bmp)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_PARAGRAPH = Pattern.compile("<p>\\s*</p>", Pattern.CASE_INSENSITIVE);

    private final ImportDefaults defaults;

    public MoodleXmlReader(ImportDefaults defaults) {
        this.defaults = defaults;
    }

    public ImportResult read(InputStream xml) {
        Document doc;
        try {
            doc = builder().parse(xml);
        } catch (SAXException | IOException e) {
            return new ImportResult(List.of(), List.of(Problem.refused(0, "", "xml", "exam-test.import.error.xml",
                    String.valueOf(e.getMessage()))));
        }
        List<ImportedItem> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String topic = defaults.topic();
        int number = 0;
        for (Element q : children(doc.getDocumentElement(), "question")) {
            String type = q.getAttribute("type");
            if ("category".equals(type)) {
                topic = Topics.fromCategory(text(child(q, "category")), defaults.topic());
                continue;
            }
            number++;
            String name = text(child(q, "name"));
            if ("multichoice".equals(type) || "truefalse".equals(type)) {
                read(q, type, number, name, topic, items, problems);
            } else {
                String reason = UNSUPPORTED.getOrDefault(type, "other");
                problems.add(Problem.refused(number, name, type, "exam-test.import.unsupported." + reason, type));
            }
        }
        if (number == 0 && problems.isEmpty()) {
            problems.add(Problem.refused(0, "", "xml", "exam-test.import.error.empty"));
        }
        return new ImportResult(items, problems);
    }

    private void read(Element q, String type, int number, String name, String topic,
                      List<ImportedItem> items, List<Problem> problems) {
        Element questionText = child(q, "questiontext");
        // The picture becomes the item's image: its <img> (and a paragraph left empty) goes from the text.
        String text = EMPTY_PARAGRAPH.matcher(EMBEDDED_IMAGE.matcher(html(questionText)).replaceAll("")).replaceAll("");
        List<Draft.DraftOption> options = new ArrayList<>();
        for (Element a : children(q, "answer")) {
            BigDecimal fraction;
            try {
                fraction = new BigDecimal(a.getAttribute("fraction").strip());
            } catch (NumberFormatException notANumber) {
                problems.add(Problem.refused(number, name, type, "exam-test.import.error.fraction", a.getAttribute("fraction")));
                return;
            }
            if (fraction.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(Problem.refused(number, name, type, "exam-test.import.error.fraction", fraction.toPlainString()));
                return;
            }
            String option = RichText.text(html(a));
            if ("truefalse".equals(type)) {
                option = "true".equalsIgnoreCase(option) ? defaults.trueText() : defaults.falseText();
            }
            options.add(new Draft.DraftOption(option, fraction));
        }
        Element single = child(q, "single");
        boolean one = single == null || !List.of("false", "0").contains(single.getTextContent().strip().toLowerCase(java.util.Locale.ROOT));
        ItemKind kind = "truefalse".equals(type) || one
                ? ItemKind.SINGLE : ItemKind.MULTIPLE;
        long earning = options.stream().filter(o -> o.fraction().signum() > 0).count();
        if (kind == ItemKind.SINGLE && earning > 1) {
            problems.add(Problem.refused(number, name, type, "exam-test.import.error.singlePartial", earning));
            return;
        }
        // Only a picture can be the item's image; a sound or document linked from the text is not one.
        List<Element> files = questionText == null ? List.of() : children(questionText, "file").stream()
                .filter(file -> PICTURE_NAME.matcher(file.getAttribute("name")).find()).toList();
        Attachment image = files.isEmpty() ? oldImage(q) : attachment(files.get(0));
        if (files.size() > 1) {
            problems.add(Problem.warning(number, name, type, "exam-test.import.warning.pictures", files.size()));
        }
        // Options are plain text here, so a picture inside an option is said to be left behind.
        long optionPictures = children(q, "answer").stream().mapToLong(a -> children(a, "file").size()).sum();
        if (optionPictures > 0) {
            problems.add(Problem.warning(number, name, type, "exam-test.import.warning.optionPictures", optionPictures));
        }
        Difficulty difficulty = difficulty(q);
        items.add(new ImportedItem(number, new Draft(kind, difficulty, topic, name, text, options), image));
    }

    private Difficulty difficulty(Element q) {
        Element tags = child(q, "tags");
        if (tags != null) {
            for (Element tag : children(tags, "tag")) {
                var d = Topics.difficulty(text(tag));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return defaults.difficulty();
    }

    private static Attachment attachment(Element file) {
        return decoded(file.getAttribute("name"), file.getTextContent());
    }

    /** Moodle 1.9 kept a question's picture beside the text, in {@code <image>} and {@code <image_base64>}. */
    private static Attachment oldImage(Element q) {
        Element content = child(q, "image_base64");
        Element name = child(q, "image");
        if (content == null || name == null || !PICTURE_NAME.matcher(name.getTextContent()).find()) {
            return null;
        }
        return decoded(name.getTextContent().strip(), content.getTextContent());
    }

    private static Attachment decoded(String name, String base64) {
        try {
            return new Attachment(name, Base64.getMimeDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /**
     * The element's {@code <text>} as HTML. Plain text and markdown are escaped, line breaks kept; Moodle's
     * auto format, like a missing format, allows HTML, so it is HTML (line breaks kept) when it holds a tag.
     */
    private static String html(Element withText) {
        if (withText == null) {
            return "";
        }
        String text = text(withText);
        String format = withText.getAttribute("format");
        if ("html".equals(format)) {
            return text;
        }
        boolean auto = format.isEmpty() || "moodle_auto_format".equals(format);
        // Moodle shows the auto format's line breaks as breaks even between tags.
        return auto && text.contains("<") ? text.replace("\r\n", "\n").replace("\n", "<br>") : RichText.plain(text);
    }

    private static String text(Element parent) {
        Element text = parent == null ? null : child(parent, "text");
        return text == null ? "" : text.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured securely", e);
        }
    }
}
