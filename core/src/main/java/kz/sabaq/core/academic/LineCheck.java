package kz.sabaq.core.academic;

import java.time.temporal.Temporal;
import java.util.Optional;

/** A rule across the columns of one line, e.g. a period ends after it starts. */
@FunctionalInterface
public interface LineCheck {

    Optional<Problem> check(Line line);

    /** {@code last} must not be before {@code first} (or, when {@code strictly}, must be after it). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static LineCheck ordered(String first, String last, boolean strictly) {
        return line -> {
            Object a = line.get(first);
            Object b = line.get(last);
            if (a instanceof Temporal && b instanceof Temporal) {
                int order = ((Comparable) a).compareTo(b);
                if (order > 0 || strictly && order == 0) {
                    return Optional.of(Problem.of(line.number(), last, "core.academic.error.order", last, first));
                }
            }
            return Optional.empty();
        };
    }
}
