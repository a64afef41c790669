package kz.sabaq.api.module;

import java.util.Optional;

/**
 * The demo institution core has just loaded into an empty database ({@code ./sabaq run --profile
 * <id>} with {@code demo: true}), as a module finds the records its own demo data refers to. Codes
 * are those of the data set's CSV files, placeholders such as {@code {year}} and {@code {period}}
 * included: {@link #stream} resolves them.
 */
public interface DemoData {

    /** The profile's data set ({@code demoData}), e.g. {@code eku}; empty for the neutral demo. */
    String dataSet();

    /** A demo account's user id by its IIN. */
    Optional<Long> user(String iin);

    /** A discipline's id by its code, e.g. {@code MA}. */
    Optional<Long> discipline(String code);

    /** A stream's id by its code as the data set writes it, e.g. {@code MA-{year}-{period}}. */
    Optional<Long> stream(String code);
}
