package kz.sabaq.api.conference;

import java.util.Optional;

/** A platform's small store of texts by key (e.g. analytics a callback delivered), kept by core. */
public interface KeyValueStore {

    Optional<String> get(String key);

    /** Saves or replaces the value; keys are up to 190 characters. */
    void put(String key, String value);

    void remove(String key);
}
