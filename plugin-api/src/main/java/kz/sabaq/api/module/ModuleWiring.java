package kz.sabaq.api.module;

import java.time.Clock;
import java.util.Optional;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.notify.Notifications;
import kz.sabaq.api.setting.ModuleSettings;

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
}
