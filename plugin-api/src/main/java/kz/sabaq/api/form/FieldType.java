package kz.sabaq.api.form;

/** What a {@link FormField} takes; its input and its check follow from it. */
public enum FieldType {
    BOOLEAN,
    INTEGER,
    DECIMAL,
    TEXT,
    /** An absolute http or https address. */
    URL,
    /** One of {@link FormField#allowedValues()}. */
    CHOICE,
    /** Any subset of {@link FormField#allowedValues()}, stored comma-separated. */
    MULTI_CHOICE
}
