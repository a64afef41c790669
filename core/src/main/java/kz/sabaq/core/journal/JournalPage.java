package kz.sabaq.core.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.journal.JournalListMapper.StreamRow;

/** {@code core/journal}: a stream's heading, then its grades tab or its settings tab. */
public final class JournalPage {
    public static final String SETTINGS_TAB = "settings";

    private final GradeBook grades;
    private final JournalAccess access;
    private final GradeTablePage gradeTab;
    private final SettingsTabPage settingsTab;

    public JournalPage(GradeBook grades, JournalSettingsEditor settings, JournalAccess access, Messages messages) {
        this.grades = grades;
        this.access = access;
        this.gradeTab = new GradeTablePage(messages);
        this.settingsTab = new SettingsTabPage(settings);
    }

    /** @param submitted the refused form's fields (grades or settings), so nothing typed is lost */
    public View render(Viewer viewer, StreamRow journal, String tab, Map<String, String> submitted, boolean saved) {
        Language language = Language.of(viewer.locale());
        boolean canEdit = access.canEdit(viewer, journal.stream());
        Map<String, Object> model = new HashMap<>();
        model.put("journal", heading(journal, viewer));
        model.put("canEdit", canEdit);
        model.put("saved", saved);
        boolean settings = SETTINGS_TAB.equals(tab);
        model.put("settingsTab", settings);
        model.put("gradesTab", !settings);
        if (settings) {
            model.put("settings", settingsTab.model(viewer, journal, canEdit, submitted));
        } else {
            model.put("grades", gradeTab.model(grades.table(journal), journal.finalForm(), canEdit,
                    grades.finalOwned(journal.id()), submitted, language));
        }
        return View.of("core/journal", "core-journal.title", model);
    }

    /** A refused save as the page shows it: the grade columns it names, translated. */
    UserError readable(UserError problem, Viewer viewer) {
        Language language = Language.of(viewer.locale());
        Object[] args = problem.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && GradeColumns.labelKey(s) != null) {
                args[i] = gradeTab.label(s, language);
            }
        }
        UserError shown = new UserError(problem.status(), problem.messageKey(), args);
        return problem.field().map(shown::on).orElse(shown);
    }

    private static Map<String, Object> heading(StreamRow journal, Viewer viewer) {
        Map<String, Object> h = new HashMap<>();
        h.put("id", journal.id());
        h.put("code", journal.code());
        h.put("discipline", journal.discipline(viewer.locale()));
        h.put("period", journal.period(viewer.locale()));
        h.put("teacher", journal.teacherName());
        h.put("groups", journal.groups() == null ? "" : journal.groups());
        return h;
    }
}
