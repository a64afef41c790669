package kz.sabaq.core.academic;

import java.util.Map;
import java.util.Optional;

/**
 * Where a row of each kind belongs in the institution's units, as SQL over the register's alias
 * {@code t}: the department and the subject-cycle commission (null when the kind has none). Heads
 * of a department or PCC see only their own unit's rows; kinds not listed (classifiers, rooms, the
 * bell schedule, years) are shared by every unit.
 */
public record UnitColumns(String department, String pcc) {
    private static final String GROUP = "(SELECT g.%s FROM study_group g WHERE g.id = t.group_id)";
    private static final String DISCIPLINE = "(SELECT d.%s FROM discipline d WHERE d.id = t.discipline_id)";
    private static final String STREAM = "(SELECT d.%s FROM stream s JOIN discipline d ON d.id = s.discipline_id "
            + "WHERE s.id = t.stream_id)";

    private static final Map<String, UnitColumns> BY_KIND = Map.of(
            "department", new UnitColumns("t.id", null),
            "pcc", new UnitColumns("t.department_id", "t.id"),
            "study_group", new UnitColumns("t.department_id", "t.pcc_id"),
            "staff", new UnitColumns("t.department_id", "t.pcc_id"),
            "student", via(GROUP),
            "exam_period", via(GROUP),
            "discipline", new UnitColumns("t.department_id", "t.pcc_id"),
            "stream", via(DISCIPLINE),
            "journal", via(STREAM),
            "timetable_session", via(STREAM));

    private static UnitColumns via(String path) {
        return new UnitColumns(String.format(path, "department_id"), String.format(path, "pcc_id"));
    }

    public static Optional<UnitColumns> of(Kind kind) {
        return Optional.ofNullable(BY_KIND.get(kind.id()));
    }
}
