package kz.sabaq.api.setting;

public enum SettingType {
    BOOLEAN,
    INTEGER,
    DECIMAL,
    TEXT,
    /** An http(s) address with a host (a server's API address), or empty while not set. */
    URL,
    /**
     * A text nobody sees again once saved (a server's shared secret, an API key): the form's input
     * stays empty and a blank one keeps the saved value; the audit log records only that it changed.
     */
    SECRET,
    /** One of {@link SettingDefinition#allowedValues()}. */
    CHOICE,
    /** Any subset of {@link SettingDefinition#allowedValues()}, stored comma-separated. */
    MULTI_CHOICE
}
