package kz.sabaq.examtest.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.bank.RichText;

/**
 * Reads Moodle's GIFT text format: {@code $CATEGORY:} lines become topics; {@code {=right ~wrong}}
 * and {@code {~%50%a ~%50%b ~%-100%c}} become single- and multiple-answer items, {@code {T}} and
 * {@code {F}} true/false items; a difficulty tag in the question's comment ({@code // [tag:hard]}) sets its difficulty. Essays ({@code {}}), short answers (only {@code =}), matching
 * ({@code ->}), numerical ({@code #}) and descriptions (no braces) are reported with the reason.
 */
public final class GiftReader {
    private static final Pattern TITLE = Pattern.compile("^::(.*?)(?<!\\\\)::", Pattern.DOTALL);
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|markdown|plain|moodle)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]+(?:\\.[0-9]+)?)%");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([~=#{}:\\\\n])");
    /** Moodle's GIFT export writes a question's tags in its comment: {@code // [tag:hard]}, a ] escaped with a backslash. */
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TRUE_FALSE = Pattern.compile("^(T|TRUE|F|FALSE)(#.*)?$", Pattern.DOTALL);

    private final ImportDefaults defaults;

    public GiftReader(ImportDefaults defaults) {
        this.defaults = defaults;
    }

    public ImportResult read(String gift) {
        List<ImportedItem> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String topic = defaults.topic();
        int number = 0;
        for (Block block : blocks(gift)) {
            if (block.text().startsWith("$CATEGORY:")) {
                topic = Topics.fromCategory(block.text().substring("$CATEGORY:".length()).strip(), defaults.topic());
                continue;
            }
            number++;
            read(block.text(), difficulty(block.comment()), number, topic, items, problems);
        }
        if (number == 0) {
            problems.add(Problem.refused(0, "", "gift", "exam-test.import.error.empty"));
        }
        return new ImportResult(items, problems);
    }

    private void read(String block, Difficulty difficulty, int number, String topic,
                      List<ImportedItem> items, List<Problem> problems) {
        String rest = block;
        String title = "";
        Matcher t = TITLE.matcher(rest);
        if (t.find()) {
            title = unescape(t.group(1)).strip();
            rest = rest.substring(t.end()).strip();
        }
        boolean html = false;
        Matcher f = FORMAT.matcher(rest);
        if (f.find()) {
            html = "html".equalsIgnoreCase(f.group(1));
            rest = rest.substring(f.end());
        }
        int open = unescaped(rest, '{', 0);
        int close = open < 0 ? -1 : unescaped(rest, '}', open);
        String questionText = unescape((open < 0 ? rest : rest.substring(0, open) + " _____ " + rest.substring(close + 1)).strip());
        if (open >= 0 && close == rest.length() - 1) {
            questionText = unescape(rest.substring(0, open).strip());
        }
        String name = title.isEmpty() ? RichText.text(questionText) : title;
        if (open < 0) {
            problems.add(Problem.refused(number, name, "description", "exam-test.import.unsupported.description", "description"));
            return;
        }
        if (close < 0) {
            problems.add(Problem.refused(number, name, "gift", "exam-test.import.error.gift"));
            return;
        }
        String answers = rest.substring(open + 1, close).strip();
        String text = html ? questionText : RichText.plain(questionText);
        if (answers.isEmpty()) {
            problems.add(Problem.refused(number, name, "essay", "exam-test.import.unsupported.essay", "essay"));
            return;
        }
        if (answers.startsWith("#")) {
            problems.add(Problem.refused(number, name, "numerical", "exam-test.import.unsupported.number", "numerical"));
            return;
        }
        Matcher tf = TRUE_FALSE.matcher(answers);
        if (tf.matches()) {
            boolean truth = tf.group(1).toUpperCase().startsWith("T");
            items.add(new ImportedItem(number, new Draft(ItemKind.SINGLE, difficulty, topic, name, text, List.of(
                    new Draft.DraftOption(defaults.trueText(), truth ? BigDecimal.valueOf(100) : BigDecimal.ZERO),
                    new Draft.DraftOption(defaults.falseText(), truth ? BigDecimal.ZERO : BigDecimal.valueOf(100)))), null));
            return;
        }
        if (answers.contains("->")) {
            problems.add(Problem.refused(number, name, "matching", "exam-test.import.unsupported.pairs", "matching"));
            return;
        }
        if (unescaped(answers, '~', 0) < 0) {
            problems.add(Problem.refused(number, name, "shortanswer", "exam-test.import.unsupported.typed", "shortanswer"));
            return;
        }
        List<Draft.DraftOption> options = new ArrayList<>();
        boolean weighted = false;
        boolean marked = false;
        for (String answer : split(answers)) {
            boolean right = answer.charAt(0) == '=';
            marked |= right;
            String body = answer.substring(1).strip();
            BigDecimal fraction = right ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
            Matcher w = WEIGHT.matcher(body);
            if (w.find()) {
                fraction = new BigDecimal(w.group(1));
                body = body.substring(w.end());
                weighted |= !right && fraction.signum() > 0;
            }
            // An answer may name its own format (Moodle writes ~%-100%[plain]blue); otherwise it has the question's.
            boolean htmlAnswer = html;
            Matcher own = FORMAT.matcher(body);
            if (own.find()) {
                htmlAnswer = "html".equalsIgnoreCase(own.group(1));
                body = body.substring(own.end());
            }
            int feedback = unescaped(body, '#', 0);
            String option = unescape(feedback < 0 ? body : body.substring(0, feedback)).strip();
            options.add(new Draft.DraftOption(htmlAnswer ? RichText.text(option) : option, fraction));
        }
        // As in Moodle, an answer marked with = makes the question single-answer, even beside weighted ones.
        ItemKind kind = weighted && !marked ? ItemKind.MULTIPLE : ItemKind.SINGLE;
        long earning = options.stream().filter(o -> o.fraction().signum() > 0).count();
        if (kind == ItemKind.SINGLE && earning > 1) {
            problems.add(Problem.refused(number, name, "multichoice", "exam-test.import.error.singlePartial", earning));
            return;
        }
        items.add(new ImportedItem(number, new Draft(kind, difficulty, topic, name, text, options), null));
    }

    /** Answers, each starting with its unescaped {@code =} or {@code ~}; general feedback ({@code ####}) dropped. */
    private static List<String> split(String answers) {
        int general = answers.indexOf("####");
        String a = general < 0 ? answers : answers.substring(0, general);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if ((c == '=' || c == '~') && !escaped(a, i)) {
                if (start >= 0) {
                    out.add(a.substring(start, i).strip());
                }
                start = i;
            }
        }
        if (start >= 0) {
            out.add(a.substring(start).strip());
        }
        return out;
    }

    /** The first tag of the question's comment naming a difficulty, else the import form's default. */
    private Difficulty difficulty(String comment) {
        Matcher tag = TAG.matcher(comment);
        while (tag.find()) {
            Optional<Difficulty> d = Topics.difficulty(tag.group(1).replace("\\]", "]"));
            if (d.isPresent()) {
                return d.get();
            }
        }
        return defaults.difficulty();
    }

    /** A question and its comment lines (where Moodle's export writes its tags). */
    private record Block(String text, String comment) {
    }

    /** Question blocks: separated by blank lines, comment lines kept apart from the question. */
    private static List<Block> blocks(String gift) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder comment = new StringBuilder();
        for (String line : gift.replace("\r\n", "\n").replace("\uFEFF", "").split("\n", -1)) {
            if (line.strip().startsWith("//")) {
                comment.append(line).append('\n');
            } else if (line.isBlank()) {
                flush(blocks, current, comment);
            } else {
                current.append(line).append('\n');
            }
        }
        flush(blocks, current, comment);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder current, StringBuilder comment) {
        if (!current.toString().isBlank()) {
            blocks.add(new Block(current.toString().strip(), comment.toString()));
        }
        current.setLength(0);
        comment.setLength(0);
    }

    private static int unescaped(String s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c && !escaped(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the character at i follows an odd run of backslashes (an escaped backslash escapes nothing after it). */
    private static boolean escaped(String s, int i) {
        int backslashes = 0;
        while (i - backslashes > 0 && s.charAt(i - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** GIFT's escapes in one pass, so an escaped backslash before an n stays a backslash and an n, not a line break. */
    private static String unescape(String s) {
        return ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("n".equals(m.group(1)) ? "\n" : m.group(1)));
    }
}
