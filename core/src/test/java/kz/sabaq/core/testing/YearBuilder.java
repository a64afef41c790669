package kz.sabaq.core.testing;

import java.time.LocalDate;

/** An academic year: 2026–2027 and not the current one unless told. */
public final class YearBuilder {
    private final Generator gen;
    private String code = "Y" + Generator.unique();
    private LocalDate from = LocalDate.of(2026, 9, 1);
    private LocalDate to = LocalDate.of(2027, 6, 30);
    private boolean current;

    YearBuilder(Generator gen) {
        this.gen = gen;
    }

    public YearBuilder code(String value) {
        code = value;
        return this;
    }

    public YearBuilder dates(LocalDate first, LocalDate last) {
        from = first;
        to = last;
        return this;
    }

    public YearBuilder dates(String first, String last) {
        return dates(LocalDate.parse(first), LocalDate.parse(last));
    }

    /** The year the site marks as the current one. */
    public YearBuilder current() {
        current = true;
        return this;
    }

    /** @return the year's id */
    public long create() {
        return gen.sql("INSERT INTO academic_year (code, starts_on, ends_on, is_current) VALUES (?, ?, ?, ?)",
                code, from, to, current);
    }
}
