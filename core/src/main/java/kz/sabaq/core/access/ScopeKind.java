package kz.sabaq.core.access;

/** Extended restrictions a role can carry. */
public enum ScopeKind {
    TERM,
    DEPARTMENT,
    PCC
}
