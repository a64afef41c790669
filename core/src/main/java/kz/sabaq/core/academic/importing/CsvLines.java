package kz.sabaq.core.academic.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.core.academic.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a header and raw lines: UTF-8 (a byte-order mark is dropped), comma- or
 * semicolon-separated (spreadsheets in Kazakh and Russian locales save with ";"), header names in
 * any case. Blank lines are skipped but still counted, so line numbers match an editor's.
 */
public final class CsvLines {

    /** One data line: its number in the file and its cells by lower-case column name. */
    public record Raw(int number, Map<String, String> cells) {
    }

    /** The parsed file and the lines that could not be split into the header's columns. */
    public record Parsed(List<String> header, List<Raw> lines, List<Problem> problems) {
    }

    public static Parsed read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed("core.academic.error.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed("core.academic.error.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        List<String> header = new ArrayList<>();
        List<Raw> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            for (String name : records.next()) {
                header.add(name.strip().toLowerCase(Locale.ROOT));
            }
            int[] lineStarts = lineStarts(text);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int number = lineOf(lineStarts, record.getCharacterPosition());
                if (blank(record)) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(Problem.of(number, null, "core.academic.error.cellCount", header.size(), record.size()));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                lines.add(new Raw(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.of(lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number() + 1, null,
                    "core.academic.error.malformed"));
        }
        return new Parsed(header, lines, problems);
    }

    /** Character offsets at which each line of the text starts. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line number of a character offset. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static Parsed failed(String key) {
        return new Parsed(List.of(), List.of(), List.of(Problem.of(1, null, key)));
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private CsvLines() {
    }
}
