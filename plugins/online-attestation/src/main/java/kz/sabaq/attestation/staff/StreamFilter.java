package kz.sabaq.attestation.staff;

/**
 * The list's search and filters (spec §5). {@code like} is the escaped search text with wildcards;
 * {@code groupFiltered} is true when any filter on the stream's groups is set.
 */
public record StreamFilter(Long teacherId, Long yearId, Long periodId, String like, Long technologyId,
                           Long studyTermId, Long languageId, Long specialityId, Long qualificationId, Long groupId,
                           boolean groupFiltered) {

    public static StreamFilter of(Long teacherId, Long yearId, Long periodId, String search, Long technologyId,
                                  Long studyTermId, Long languageId, Long specialityId, Long qualificationId,
                                  Long groupId) {
        String like = search == null || search.isBlank() ? null
                : "%" + search.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        boolean groups = technologyId != null || studyTermId != null || languageId != null || specialityId != null
                || qualificationId != null || groupId != null;
        return new StreamFilter(teacherId, yearId, periodId, like, technologyId, studyTermId, languageId,
                specialityId, qualificationId, groupId, groups);
    }
}
