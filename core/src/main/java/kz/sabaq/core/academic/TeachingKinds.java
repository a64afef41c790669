package kz.sabaq.core.academic;

import java.util.ArrayList;
import java.util.List;

/** Disciplines, streams (ағым) with their groups, and each stream's journal. */
final class TeachingKinds {
    /**
     * A journal's final attestation form is the id of a grading scale. The import offers the scales
     * Sabaq ships; a journal is set to another plugin's scale on its settings tab.
     */
    static final List<String> FINAL_FORMS = List.of("letter", "five-point", "pass-fail", "written-oral");

    static List<Kind> all() {
        return List.of(discipline(), stream(), journal());
    }

    private static Kind discipline() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("code", 40).mandatory());
        columns.addAll(StructureKinds.names(300));
        columns.add(Column.reference("department", "department"));
        columns.add(Column.reference("pcc", "pcc"));
        columns.add(Column.integer("credits"));
        return new Kind("discipline", Table.coded("discipline"), columns, List.of("code"), List.of(), TableWriter.PLAIN);
    }

    /** Every stream has a journal from the start; the {@code journal} kind sets its final attestation form. */
    private static Kind stream() {
        return new Kind("stream", Table.coded("stream"),
                List.of(Column.text("code", 60).mandatory(),
                        Column.reference("discipline", "discipline").mandatory(),
                        Column.reference("teacher", "staff").mandatory(),
                        Column.reference("academic_period", "academic_period").mandatory(),
                        Column.bool("is_main"),
                        Column.references("groups", "study_group").mandatory()
                                .listedAs("(SELECT GROUP_CONCAT(g.code ORDER BY g.code SEPARATOR ';') FROM stream_group sg "
                                        + "JOIN study_group g ON g.id = sg.group_id WHERE sg.stream_id = t.id)")),
                List.of("code"), List.of(),
                TableWriter.then((line, id, writing) -> {
                    Column groups = Kinds.get("stream").column("groups").orElseThrow();
                    List<Long> groupIds = new ArrayList<>();
                    for (Object code : (List<?>) line.get("groups")) {
                        groupIds.add(writing.reference(groups, code));
                    }
                    writing.rows().clearStreamGroups(id);
                    groupIds.forEach(groupId -> writing.rows().addStreamGroup(id, groupId));
                    writing.rows().ensureJournal(id);
                }));
    }

    private static Kind journal() {
        return new Kind("journal",
                new Table("journal", "stream_id", false, List.of("stream_id"), "journal t", null, "journal", null),
                List.of(Column.reference("stream", "stream").mandatory(),
                        Column.choice("final_form", FINAL_FORMS),
                        Column.bool("final_grade_to_be_set")),
                List.of("stream"), List.of(), TableWriter.PLAIN);
    }

    private TeachingKinds() {
    }
}
