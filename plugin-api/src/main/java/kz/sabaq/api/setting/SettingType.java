package kz.sabaq.api.setting;

public enum SettingType {
    BOOLEAN,
    INTEGER,
    DECIMAL,
    TEXT,
    /** One of {@link SettingDefinition#allowedValues()}. */
    CHOICE,
    /** Any subset of {@link SettingDefinition#allowedValues()}, stored comma-separated. */
    MULTI_CHOICE
}
