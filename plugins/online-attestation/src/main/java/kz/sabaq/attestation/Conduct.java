package kz.sabaq.attestation;

import java.util.Locale;
import java.util.Optional;

/** How a stream's final control is conducted (spec §6 "Final control is conducted", and a test). */
public enum Conduct {
    /** By ticket: students get a ticket's questions. */
    TICKET,
    /** Without ticket: each student answers an individual task the teacher writes. */
    TASK,
    /** As a computer-based test, run by the plugin that publishes {@code FinalControlTest}. */
    TEST;

    /** The form field's value: {@code ticket}, {@code task} or {@code test}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Conduct> of(String value) {
        for (Conduct c : values()) {
            if (c.value().equals(value)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
