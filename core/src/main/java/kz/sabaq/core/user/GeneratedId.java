package kz.sabaq.core.user;

/** Receives an AUTO_INCREMENT key from MyBatis ({@code keyProperty = "id.value"}). */
public final class GeneratedId {
    public long value;
}
