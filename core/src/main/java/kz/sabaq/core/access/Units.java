package kz.sabaq.core.access;

/** The department and subject-cycle commission a staff member belongs to (null when none). */
public record Units(Long department, Long pcc) {
    public static final Units NONE = new Units(null, null);
}
