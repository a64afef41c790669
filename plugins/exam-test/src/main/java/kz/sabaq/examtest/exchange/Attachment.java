package kz.sabaq.examtest.exchange;

/** A picture embedded in an imported item (Moodle XML's base64 {@code <file>}), stored as the item's image. */
public record Attachment(String name, byte[] content) {
}
