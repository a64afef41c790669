package kz.sabaq.core.testing;

import java.time.LocalDate;

/** An academic period (semester): the first of a fresh year, autumn 2026, unless told. */
public final class PeriodBuilder {
    private final Generator gen;
    private final int n = Generator.unique();
    private String code = "P" + n;
    private Long year;
    private int number = 1;
    private String nameKk = "1 кезең";
    private String nameRu = "1 период";
    private String nameEn = "Period 1";
    private LocalDate from = LocalDate.of(2026, 9, 1);
    private LocalDate to = LocalDate.of(2026, 12, 31);

    PeriodBuilder(Generator gen) {
        this.gen = gen;
    }

    public PeriodBuilder code(String value) {
        code = value;
        return this;
    }

    public PeriodBuilder year(long id) {
        year = id;
        return this;
    }

    public PeriodBuilder number(int value) {
        number = value;
        return this;
    }

    public PeriodBuilder named(String kk, String ru, String en) {
        nameKk = kk;
        nameRu = ru;
        nameEn = en;
        return this;
    }

    public PeriodBuilder dates(LocalDate first, LocalDate last) {
        from = first;
        to = last;
        return this;
    }

    public PeriodBuilder dates(String first, String last) {
        return dates(LocalDate.parse(first), LocalDate.parse(last));
    }

    /** @return the period's id */
    public long create() {
        long yearId = year != null ? year : gen.year().create();
        return gen.sql("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, "
                + "starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", code, yearId, number, nameKk, nameRu, nameEn, from, to);
    }
}
