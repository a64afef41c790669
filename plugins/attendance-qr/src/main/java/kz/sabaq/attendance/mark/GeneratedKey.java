package kz.sabaq.attendance.mark;

/** Receives an AUTO_INCREMENT key from MyBatis ({@code keyProperty = "key.value"}); stays 0 when nothing was inserted. */
public final class GeneratedKey {
    public long value;
}
