package kz.sabaq.core.academic.importing;

import java.util.List;
import kz.sabaq.core.academic.Problem;

/**
 * What an import did or, on a dry run or with problems, would have done. {@code applied} is true
 * only when the rows were written; then {@code problems} is empty.
 */
public record ImportReport(String kind, int lines, int created, int updated, List<Problem> problems,
                           boolean dryRun, boolean applied) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
