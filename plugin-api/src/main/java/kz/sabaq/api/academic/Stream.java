package kz.sabaq.api.academic;

import kz.sabaq.api.access.Scope;

/**
 * A teacher's section of one discipline in one academic period, of one or more groups.
 *
 * @param scope where the stream lives for role restrictions: the discipline's department and
 *              subject-cycle commission, and the study term its groups share (null when they differ)
 */
public record Stream(long id, String code, long teacherId, LocalizedName discipline, Scope scope) {
}
