package kz.sabaq.core.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.journal.FinalForm;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;

/** The grades tab's model: a row per student, a cell per column, inputs where the viewer may type. */
final class GradeTablePage {
    private final Messages messages;

    GradeTablePage(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param submitted the refused form's values by field, shown again so nothing typed is lost;
     *                  empty when the page shows what is stored
     */
    Map<String, Object> model(GradeBook.Table table, FinalForm form, boolean canEdit, boolean finalOwned,
                              Map<String, String> submitted, Language language) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (String kind : table.columns()) {
            Map<String, Object> c = new HashMap<>();
            c.put("label", label(kind, language));
            c.put("locked", finalOwned && GradeColumns.isFinal(kind));
            columns.add(c);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Student s : table.students()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String kind : table.columns()) {
                cells.add(cell(table, s, kind, form, canEdit && !(finalOwned && GradeColumns.isFinal(kind)),
                        submitted, language));
            }
            rows.add(Map.of("name", s.displayName(), "group", s.groupCode(), "cells", cells));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("columns", columns);
        model.put("rows", rows);
        model.put("noStudents", rows.isEmpty());
        model.put("finalOwned", finalOwned);
        return model;
    }

    private Map<String, Object> cell(GradeBook.Table table, Student s, String kind, FinalForm form, boolean editable,
                                     Map<String, String> submitted, Language language) {
        String field = GradeEdit.field(s.userId(), kind);
        String stored = table.value(s.userId(), kind);
        String value = submitted.getOrDefault(field, stored);
        boolean passFail = GradeColumns.passFail(form, kind);
        Map<String, Object> cell = new HashMap<>();
        cell.put("field", field);
        cell.put("shownField", GradeEdit.shownField(s.userId(), kind));
        cell.put("shown", stored);
        cell.put("value", value);
        cell.put("editable", editable);
        cell.put("passFail", passFail);
        cell.put("passed", Journals.PASSED.equals(value));
        cell.put("failed", Journals.FAILED.equals(value));
        cell.put("display", display(stored, language));
        cell.put("kind", kind);
        return cell;
    }

    private String display(String stored, Language language) {
        if (Journals.PASSED.equals(stored) || Journals.FAILED.equals(stored) || Journals.ABSENT_EXCUSED.equals(stored)
                || Journals.ABSENT_UNEXCUSED.equals(stored)) {
            return messages.get(language, "core-journal.value." + stored);
        }
        return stored;
    }

    String label(String kind, Language language) {
        String key = GradeColumns.labelKey(kind);
        return key == null ? kind : messages.get(language, key);
    }
}
