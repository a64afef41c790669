package kz.sabaq.api.setting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A module's effective settings: admin's value, else the institution profile's, else the default. */
public interface ModuleSettings {

    String text(String key);

    boolean bool(String key);

    long integer(String key);

    BigDecimal decimal(String key);

    List<String> choices(String key);

    /**
     * Validates and saves values of this module's settings, all or none, as the administrator's
     * settings form does (for a module's own settings page).
     *
     * @throws kz.sabaq.api.web.UserError with a translated message when a value does not fit
     */
    void save(Map<String, String> values);
}
