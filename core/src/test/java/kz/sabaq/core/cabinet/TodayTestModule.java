package kz.sabaq.core.cabinet;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kz.sabaq.api.cabinet.TodayItem;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;

/**
 * A module of the test's own, wired like a plugin, that puts on a person's cabinet whatever the test
 * sets for them (items computed from the visit's instant), and one that always fails.
 */
final class TodayTestModule implements LmsModule {
    final Map<Long, Function<Instant, List<TodayItem>>> items = new ConcurrentHashMap<>();
    volatile boolean failing;

    @Override
    public String id() {
        return "today-test";
    }

    @Override
    public void wire(ModuleWiring w) {
        w.todayItems((viewer, now) -> items.getOrDefault(viewer.userId(), at -> List.of()).apply(now));
        w.todayItems((viewer, now) -> {
            if (failing) {
                throw new IllegalStateException("a module's bug, not the cabinet's");
            }
            return List.of();
        });
    }
}
