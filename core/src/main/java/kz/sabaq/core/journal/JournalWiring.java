package kz.sabaq.core.journal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.i18n.Messages;

/** Builds the journal pages. Options are read when a page asks, so those modules add while wiring count. */
public final class JournalWiring {
    private JournalWiring() {
    }

    public static List<Object> resources(Database database, AcademicDirectory academic, Access access, AuditLog audit,
                                         Messages messages, Clock clock, ZoneId zone,
                                         Supplier<List<JournalOption>> options) {
        JournalAccess rules = new JournalAccess(access);
        JournalList list = new JournalList(database.mapper(JournalListMapper.class), rules, clock, zone);
        GradeTableMapper table = database.mapper(GradeTableMapper.class);
        GradeBook grades = new GradeBook(table, database.mapper(JournalMapper.class), academic, database, audit, clock,
                options);
        JournalSettingsEditor settings = new JournalSettingsEditor(table, database, audit, options);
        JournalPage page = new JournalPage(grades, settings, rules, messages);
        return List.of(new JournalListResource(list), new JournalResource(list, rules, grades, settings, page));
    }
}
