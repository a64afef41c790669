package kz.sabaq.examtest.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.sabaq.examtest.bank.Bank;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.bank.ItemForm;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.bank.RichText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a spreadsheet saved as CSV (UTF-8, comma or semicolon): a header row, then one item a row
 * with columns {@code topic, difficulty, kind, text, option1 … option10, correct}, where
 * {@code correct} lists the correct options' numbers ({@code 2} or {@code 1;3}) and {@code kind}
 * ({@code single}/{@code multiple}) may be left out: one correct option makes a single-answer item.
 */
public final class CsvReader {
    private final ImportDefaults defaults;

    public CsvReader(ImportDefaults defaults) {
        this.defaults = defaults;
    }

    public ImportResult read(String csv) {
        String text = csv.replace("\uFEFF", "");
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<ImportedItem> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Set<String> columns = new HashSet<>();
            parser.getHeaderNames().forEach(h -> columns.add(h.toLowerCase(Locale.ROOT)));
            if (!columns.contains("text") || !columns.contains("correct") || !columns.contains("option1")) {
                return new ImportResult(List.of(), List.of(Problem.refused(0, "", "csv", "exam-test.import.error.csvHeader")));
            }
            int number = 0;
            for (CSVRecord row : parser) {
                number++;
                read(row, number, items, problems);
            }
            if (number == 0) {
                problems.add(Problem.refused(0, "", "csv", "exam-test.import.error.empty"));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.refused(0, "", "csv", "exam-test.import.error.csv", String.valueOf(e.getMessage())));
        }
        return new ImportResult(items, problems);
    }

    private void read(CSVRecord row, int number, List<ImportedItem> items, List<Problem> problems) {
        String text = get(row, "text");
        String name = RichText.text(text);
        List<String> options = new ArrayList<>();
        for (int i = 1; i <= ItemForm.MAX_OPTIONS; i++) {
            String option = get(row, "option" + i);
            if (!option.isBlank()) {
                options.add(option);
            }
        }
        List<Boolean> correct = new ArrayList<>(options.stream().map(o -> false).toList());
        for (String n : get(row, "correct").split("[;,\\s]+")) {
            if (n.isBlank()) {
                continue;
            }
            int position;
            try {
                position = Integer.parseInt(n);
            } catch (NumberFormatException notANumber) {
                position = 0;
            }
            if (position < 1 || position > options.size()) {
                problems.add(Problem.refused(number, name, "csv", "exam-test.import.error.correct", n, options.size()));
                return;
            }
            correct.set(position - 1, true);
        }
        String kindText = get(row, "kind");
        long right = correct.stream().filter(Boolean::booleanValue).count();
        ItemKind kind = kindText.isBlank() ? (right > 1 ? ItemKind.MULTIPLE : ItemKind.SINGLE) : ItemKind.of(kindText).orElse(null);
        String difficultyText = get(row, "difficulty");
        Difficulty difficulty = difficultyText.isBlank() ? defaults.difficulty() : Topics.difficulty(difficultyText).orElse(null);
        String topic = get(row, "topic").isBlank() ? defaults.topic() : get(row, "topic");
        List<Draft.DraftOption> drafted = Bank.ticked(kind == null ? ItemKind.SINGLE : kind, options, correct);
        items.add(new ImportedItem(number, new Draft(kind, difficulty, topic, name, text, drafted), null));
    }

    private static String get(CSVRecord row, String column) {
        for (String name : row.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column) && row.isSet(name)) {
                return row.get(name);
            }
        }
        return "";
    }
}
