package kz.sabaq.core.journal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.grading.GradingScales;
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
    private final GradeValues values;

    public JournalPage(GradeBook grades, JournalSettingsEditor settings, JournalAccess access, Messages messages,
                       GradeValues values, FinalGrade finalGrade, GradingScales scales) {
        this.grades = grades;
        this.access = access;
        this.values = values;
        this.gradeTab = new GradeTablePage(messages, finalGrade);
        this.settingsTab = new SettingsTabPage(settings, scales);
    }

    /** @param submitted the refused form's fields (grades or settings), so nothing typed is lost */
    public View render(Viewer viewer, StreamRow journal, String tab, Map<String, String> submitted, boolean saved) {
        Language language = Language.of(viewer.locale());
        boolean canEdit = access.canEdit(viewer, journal.stream());
        boolean settings = SETTINGS_TAB.equals(tab);
        Model model = new Model(heading(journal, viewer), canEdit, saved, settings, !settings,
                settings ? Optional.of(settingsTab.model(viewer, journal, canEdit, submitted)) : Optional.empty(),
                settings ? Optional.empty() : Optional.of(gradeTab.model(grades.table(journal),
                        values.scale(journal.finalForm()), canEdit, grades.finalOwned(journal.id()), submitted, language)));
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

    private static Heading heading(StreamRow journal, Viewer viewer) {
        return new Heading(journal.id(), journal.code(), journal.discipline(viewer.locale()),
                journal.period(viewer.locale()), journal.teacherName(), journal.groups() == null ? "" : journal.groups());
    }

    /** A journal's page: its heading and the open tab, grades or settings. */
    public record Model(Heading journal, boolean canEdit, boolean saved, boolean settingsTab, boolean gradesTab,
                 Optional<SettingsTabPage.Model> settings, Optional<GradeTablePage.Model> grades) {
    }

    /** What the journal is: the stream, its discipline, groups, period and teacher. */
    record Heading(long id, String code, String discipline, String period, String teacher, String groups) {
    }
}
