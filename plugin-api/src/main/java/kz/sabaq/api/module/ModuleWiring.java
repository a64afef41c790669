package kz.sabaq.api.module;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.cabinet.TodayItems;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.file.FileStore;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.notify.Notifications;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.web.QuickRoute;

/**
 * What core hands a module while it wires itself. Everything the module builds is made here with
 * {@code new}; nothing is found by classpath scanning.
 */
public interface ModuleWiring {

    /** Registers a MyBatis annotation mapper of this module and returns a thread-safe proxy. */
    <T> T mapper(Class<T> mapperType);

    /** Registers a JAX-RS resource instance. Every resource method must declare its access. */
    void resource(Object resource);

    void job(ScheduledJob job);

    /** Publishes a service other modules may use (e.g. admission decisions). */
    <T> void provide(Class<T> type, T service);

    /** A service published by core or by a module wired earlier. */
    <T> Optional<T> service(Class<T> type);

    Clock clock();

    Transactions transactions();

    ModuleSettings settings();

    Notifications notifications();

    AuditLog audit();

    Access access();

    /**
     * Extensions of an extension point from every started plugin, e.g. the installed
     * {@code TicketDistributionStrategy}s or {@code ConferencePlatform}s.
     */
    <T> List<T> extensions(Class<T> point);

    /**
     * Offers a text setting of this module as a choice among values known only at wiring, such as
     * the started extensions of a point (the attendance policies): the administrator's settings form
     * shows a select of their names, and saving any other value is refused with a translated
     * message. A value already saved that names none of them (its plugin was switched off) is shown
     * as it is and kept until another is chosen.
     */
    void settingChoices(String key, Map<String, LocalizedName> choices);

    /** The address users reach the server at ({@code server.publicUrl}), for links in codes and mails. */
    URI publicUrl();

    /** This module's uploaded files, kept outside the web root. */
    FileStore files();

    /** This module's live pages (Server-Sent Events); the same instance on every call. */
    LiveUpdates live();

    /** Adds a checkbox to the settings of every stream's journal. */
    void journalOption(JournalOption option);

    /**
     * Adds the module's items to the cabinet's "today" (classes now and next, exams coming up,
     * warnings); see {@link TodayItems}.
     */
    void todayItems(TodayItems items);

    /**
     * Answers the ordinary case of a very busy link straight from the web server; see
     * {@link QuickRoute}. The module still registers a resource for the same path.
     */
    void quickRoute(QuickRoute route);
}
