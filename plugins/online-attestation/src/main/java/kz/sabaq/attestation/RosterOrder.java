package kz.sabaq.attestation;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import kz.sabaq.api.academic.Student;

/** How a slot's students are listed on the stream page, and so walked from one exam page to the next. */
public final class RosterOrder {

    /** By surname and first name as the reader's language sorts them, then by id so equal names keep one order. */
    public static Comparator<Student> byName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Comparator.comparing((Student s) -> s.surname() + " " + s.firstName(), collator)
                .thenComparingLong(Student::userId);
    }

    private RosterOrder() {
    }
}
