package kz.sabaq.examtest.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.UserError;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.bank.Bank;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.bank.RichText;

/**
 * Import of a file into a discipline's bank: read by its format, every item checked as the item page
 * checks it, and — unless it is a dry run — the good items stored in one transaction. Bad items are
 * never stored and never dropped silently: each is in the report with its reason.
 */
public final class Imports {
    /** A Moodle XML export with pictures is large; anything above this is refused unread. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    public enum Format { MOODLE_XML, GIFT, CSV }

    /** What an import did or would do. */
    public record Report(int good, List<Problem> problems, boolean stored) {
    }

    private final ExamTest common;
    private final Bank bank;

    public Imports(ExamTest common, Bank bank) {
        this.common = common;
        this.bank = bank;
    }

    /** The format a file's name says, or the one chosen on the page. */
    public static Format format(String chosen, String fileName) {
        String c = chosen == null ? "" : chosen.strip();
        if (!c.isEmpty() && !"auto".equals(c)) {
            return switch (c) {
                case "moodle-xml" -> Format.MOODLE_XML;
                case "gift" -> Format.GIFT;
                case "csv" -> Format.CSV;
                default -> throw UserError.badRequest("exam-test.import.error.format").on("format");
            };
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return Format.MOODLE_XML;
        }
        if (name.endsWith(".gift") || name.endsWith(".txt")) {
            return Format.GIFT;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        throw UserError.badRequest("exam-test.import.error.format").on("format");
    }

    public ImportResult read(Format format, byte[] content, ImportDefaults defaults) {
        return switch (format) {
            case MOODLE_XML -> new MoodleXmlReader(defaults).read(new ByteArrayInputStream(content));
            case GIFT -> new GiftReader(defaults).read(new String(content, StandardCharsets.UTF_8));
            case CSV -> new CsvReader(defaults).read(new String(content, StandardCharsets.UTF_8));
        };
    }

    public Report run(long disciplineId, Format format, byte[] content, ImportDefaults defaults, boolean dryRun, long by) {
        ImportResult read = read(format, content, defaults);
        List<Problem> problems = new ArrayList<>(read.problems());
        List<ImportedItem> good = new ArrayList<>();
        for (ImportedItem item : read.items()) {
            List<UserError> mistakes = bank.mistakes(item.draft());
            if (mistakes.isEmpty()) {
                good.add(item);
            } else {
                mistakes.forEach(m -> problems.add(Problem.refused(item.number(), name(item.draft()), "item",
                        m.messageKey(), m.args())));
            }
        }
        problems.sort(Comparator.comparingInt(Problem::number));
        if (dryRun || good.isEmpty()) {
            return new Report(good.size(), problems, false);
        }
        common.transactions().run(() -> {
            for (ImportedItem item : good) {
                long id = bank.create(disciplineId, item.draft(), by);
                if (item.image() != null) {
                    attach(disciplineId, id, item, by, problems);
                }
            }
            common.audit().record(by, "exam-test.import", "discipline:" + disciplineId,
                    Map.of("format", format.name(), "items", good.size(), "problems", problems.size()));
        });
        problems.sort(Comparator.comparingInt(Problem::number));
        return new Report(good.size(), problems, true);
    }

    /** A picture that is too large or not a picture leaves the item without one, and says so. */
    private void attach(long disciplineId, long id, ImportedItem item, long by, List<Problem> problems) {
        try {
            StoredFile file = common.files().store(new ByteArrayInputStream(item.image().content()),
                    item.image().name(), common.settings().imageMaxBytes());
            bank.setImage(disciplineId, id, file, by);
        } catch (UserError e) {
            problems.add(Problem.warning(item.number(), name(item.draft()), "item", "exam-test.import.warning.picture",
                    item.image().name()));
        }
    }

    private static String name(Draft d) {
        return d.name() == null || d.name().isBlank() ? RichText.text(d.text()) : d.name();
    }
}
