package kz.sabaq.core.journal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.i18n.Messages;

/** Builds the journal pages. Options are read when a page asks, so those modules add while wiring count. */
public final class JournalWiring {
    /** Core's journal settings are kept under this id, as a plugin's are under its own. */
    public static final String SETTINGS_OWNER = "core-journal";
    /** The admission rating's share of the final grade, in percent; the exam has the rest. */
    public static final String ADMISSION_WEIGHT = "admissionWeight";
    public static final List<FormField> SETTINGS = List.of(
            FormField.integer(ADMISSION_WEIGHT, 60, 0, 100));

    private JournalWiring() {
    }

    public static List<Object> resources(Database database, AcademicDirectory academic, Access access, AuditLog audit,
                                         Messages messages, Clock clock, ZoneId zone,
                                         Supplier<List<JournalOption>> options, GradingScales scales,
                                         ModuleSettings settings) {
        JournalAccess rules = new JournalAccess(access);
        JournalList list = new JournalList(database.mapper(JournalListMapper.class), rules, clock, zone);
        GradeTableMapper table = database.mapper(GradeTableMapper.class);
        GradeValues values = new GradeValues(scales);
        GradeBook grades = new GradeBook(table, database.mapper(JournalMapper.class), academic, database, audit, clock,
                options, values);
        JournalSettingsEditor editor = new JournalSettingsEditor(table, database, audit, options, scales);
        JournalPage page = new JournalPage(grades, editor, rules, messages, values, new FinalGrade(settings), scales);
        return List.of(new JournalListResource(list, scales), new JournalResource(list, rules, grades, editor, page));
    }
}
