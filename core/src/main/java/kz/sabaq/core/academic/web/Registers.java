package kz.sabaq.core.academic.web;

import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.academic.AcademicMapper;
import kz.sabaq.core.academic.Column;
import kz.sabaq.core.academic.Kind;
import kz.sabaq.core.access.Units;

/**
 * Reads a kind's register a page at a time, as the texts its CSV would hold, except dates: shown as
 * core's pages show them ({@code dd.MM.yyyy}, with {@code HH:mm} for a moment), not in the import's
 * ISO form.
 */
final class Registers {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    record Page(long total, List<List<String>> rows) {
    }

    private final AcademicMapper rows;

    Registers(AcademicMapper rows) {
        this.rows = rows;
    }

    long count(Kind kind, Units reach) {
        return rows.count(kind, null, reach.department(), reach.pcc());
    }

    /**
     * @param page  1-based
     * @param yesNo the words for true and false in the reader's language
     * @param reach the unit whose rows the reader may see
     */
    Page page(Kind kind, String query, int page, List<String> yesNo, Units reach) {
        String pattern = query == null || query.isBlank() ? null : "%" + escapeLike(query.strip()) + "%";
        long total = rows.count(kind, pattern, reach.department(), reach.pcc());
        List<List<String>> shown = new ArrayList<>();
        for (Map<String, Object> row : rows.page(kind, pattern, reach.department(), reach.pcc(),
                PAGE_SIZE, (page - 1) * PAGE_SIZE)) {
            List<String> cells = new ArrayList<>();
            for (Column c : kind.shownColumns()) {
                Object value = row.get(c.name());
                cells.add(value instanceof Boolean b ? yesNo.get(b ? 0 : 1) : text(value));
            }
            shown.add(cells);
        }
        return new Page(total, shown);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().format(MINUTES);
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().format(DAY);
        }
        if (value instanceof java.time.LocalDate d) {
            return d.format(DAY);
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.format(MINUTES);
        }
        if (value instanceof Time t) {
            return t.toLocalTime().toString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
