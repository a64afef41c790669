package kz.sabaq.api.access;

/**
 * Where an object lives in the academic structure; role restrictions (study term, department,
 * subject-cycle commission) are checked against it. A null part means "not tied to one".
 */
public record Scope(Long studyTermId, Long departmentId, Long pccId) {
    public static final Scope INSTITUTION = new Scope(null, null, null);
}
