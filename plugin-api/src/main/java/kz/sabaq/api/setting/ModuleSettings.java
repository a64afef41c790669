package kz.sabaq.api.setting;

import java.math.BigDecimal;
import java.util.List;

/** A module's effective settings: admin's value, else the institution profile's, else the default. */
public interface ModuleSettings {

    String text(String key);

    boolean bool(String key);

    long integer(String key);

    BigDecimal decimal(String key);

    List<String> choices(String key);
}
