package kz.sabaq.api.academic;

import java.time.LocalDate;

/**
 * An academic period (semester, term) of an academic year.
 *
 * @param number   the period's place in its year, from 1
 * @param yearCode the code of its academic year, e.g. {@code 2026-2027}
 */
public record AcademicPeriod(long id, String code, int number, LocalizedName name, LocalDate startsOn,
                             LocalDate endsOn, String yearCode) {
}
