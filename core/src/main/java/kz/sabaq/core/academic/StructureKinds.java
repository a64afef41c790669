package kz.sabaq.core.academic;

import java.util.ArrayList;
import java.util.List;

/** Units, specialities, classifiers, the academic year and its periods, and study groups. */
final class StructureKinds {

    static List<Kind> all() {
        return List.of(
                named("department"),
                named("pcc", Column.reference("department", "department")),
                named("speciality"),
                named("qualification", Column.reference("speciality", "speciality")),
                named("education_technology"),
                named("instruction_language"),
                named("study_term"),
                academicYear(),
                academicPeriod(),
                studyGroup());
    }

    static List<Column> names(int maxLength) {
        return List.of(Column.text("name_kk", maxLength).mandatory(), Column.text("name_ru", maxLength).mandatory(),
                Column.text("name_en", maxLength).mandatory());
    }

    private static Kind named(String id, Column... more) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("code", 40).mandatory());
        columns.addAll(names(200));
        columns.addAll(List.of(more));
        return new Kind(id, Table.coded(id), columns, List.of("code"), List.of(), TableWriter.PLAIN);
    }

    private static Kind academicYear() {
        return new Kind("academic_year", Table.coded("academic_year"),
                List.of(Column.text("code", 40).mandatory(), Column.date("starts_on").mandatory(),
                        Column.date("ends_on").mandatory(), Column.bool("is_current")),
                List.of("code"),
                List.of(LineCheck.ordered("starts_on", "ends_on", true)),
                TableWriter.then((line, id, writing) -> {
                    if (Boolean.TRUE.equals(line.get("is_current"))) {
                        writing.rows().makeOnlyCurrentYear(id);
                    }
                }));
    }

    private static Kind academicPeriod() {
        List<Column> columns = new ArrayList<>(List.of(Column.text("code", 40).mandatory(),
                Column.reference("academic_year", "academic_year").mandatory(), Column.integer("number").mandatory()));
        columns.addAll(names(200));
        columns.addAll(List.of(Column.date("starts_on").mandatory(), Column.date("ends_on").mandatory()));
        return new Kind("academic_period", Table.coded("academic_period"), columns, List.of("code"),
                List.of(LineCheck.ordered("starts_on", "ends_on", true)), TableWriter.PLAIN);
    }

    private static Kind studyGroup() {
        return new Kind("study_group", Table.coded("study_group"),
                List.of(Column.text("code", 40).mandatory(),
                        Column.reference("speciality", "speciality"),
                        Column.reference("qualification", "qualification"),
                        Column.reference("education_technology", "education_technology"),
                        Column.reference("instruction_language", "instruction_language"),
                        Column.reference("study_term", "study_term"),
                        Column.reference("department", "department"),
                        Column.reference("pcc", "pcc"),
                        Column.integer("admission_year")),
                List.of("code"), List.of(), TableWriter.PLAIN);
    }

    private StructureKinds() {
    }
}
