package kz.sabaq.api.module;

import java.util.List;
import java.util.Optional;

/**
 * What a module sees in {@link LmsModule#started}: every module is wired by then, so every service
 * core and the modules publish can be found, whichever order they were wired in.
 */
public interface StartedModules {

    /** A service core or any started module published while wiring. */
    <T> Optional<T> service(Class<T> type);

    /** The ids of the started modules, core's first, in the order they were wired. */
    List<String> ids();
}
