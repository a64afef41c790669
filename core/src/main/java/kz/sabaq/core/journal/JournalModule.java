package kz.sabaq.core.journal;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.i18n.Messages;

/**
 * Core's journal, a module built into the application: the list of one's journals, the grade
 * table and its settings, and the {@link Journals} service plugins write final grades through.
 */
public final class JournalModule implements LmsModule {
    /** Core's journal settings are kept under this id, as a plugin's are under its own. */
    public static final String ID = "core-journal";
    /** The admission rating's share of the final grade, in percent; the exam has the rest. */
    public static final String ADMISSION_WEIGHT = "admissionWeight";
    public static final List<FormField> SETTINGS = List.of(
            FormField.integer(ADMISSION_WEIGHT, 60, 0, 100));

    private final Database database;
    private final Messages messages;
    private final ZoneId zone;
    private final Supplier<List<JournalOption>> options;

    /** @param options the journal options modules add while wiring, read when a page asks */
    public JournalModule(Database database, Messages messages, ZoneId zone, Supplier<List<JournalOption>> options) {
        this.database = database;
        this.messages = messages;
        this.zone = zone;
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String root() {
        return "/journal";
    }

    @Override
    public List<RoleModule> roleModules() {
        return List.of(JournalAccess.roleModule());
    }

    @Override
    public List<FormField> settings() {
        return SETTINGS;
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(JournalAccess.menuEntry());
    }

    @Override
    public void wire(ModuleWiring w) {
        GradingScales scales = w.service(GradingScales.class).orElseThrow();
        AcademicDirectory academic = w.service(AcademicDirectory.class).orElseThrow();
        GradeValues values = new GradeValues(scales);
        w.provide(Journals.class, new CoreJournals(w.mapper(JournalMapper.class), values, w.audit(), database, w.clock()));
        JournalAccess rules = new JournalAccess(w.access());
        JournalList list = new JournalList(w.mapper(JournalListMapper.class), rules, w.clock(), zone);
        GradeTableMapper table = w.mapper(GradeTableMapper.class);
        GradeBook grades = new GradeBook(table, w.mapper(JournalMapper.class), academic, w.transactions(), w.audit(),
                w.clock(), options, values);
        JournalSettingsEditor editor = new JournalSettingsEditor(table, w.transactions(), w.audit(), options, scales);
        JournalPage page = new JournalPage(grades, editor, rules, messages, values, new FinalGrade(w.settings()), scales);
        w.resource(new JournalListResource(list, scales));
        w.resource(new JournalResource(list, rules, grades, editor, page));
    }
}
