package kz.sabaq.attestation.staff;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Scope;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.StreamAccess;

/**
 * "Online interim attestation" (spec §5): the main streams whose journal has the online flag. A
 * teacher sees their own; "view all" sees every stream its restrictions admit. Search by teacher or
 * discipline name; filters by the groups' and the period's attributes. Absent year and period
 * parameters mean the current year and its first period; an empty one means any.
 */
@Path("/online-attestation")
@Produces(MediaType.TEXT_HTML)
public final class StreamListResource {
    static final int PAGE_SIZE = 50;

    private final StaffMapper store;
    private final StreamAccess access;

    StreamListResource(StaffMapper store, StreamAccess access) {
        this.store = store;
        this.access = access;
    }

    /**
     * The list's page: the search, the {@code filters}, this page's {@code streams} and the links to the
     * {@code previous} and {@code next} pages (empty at either end).
     */
    public record Model(String q, List<Filter> filters, List<Row> streams, boolean empty, int page, int pages,
                        boolean paged, String previous, String next) {
    }

    /** A filter's select: its query parameter {@code name}, its label and its options. */
    public record Filter(String name, String labelKey, List<Option> options) {
    }

    /** A filter's option. */
    public record Option(long id, String name, boolean selected) {
    }

    /** A listed stream. */
    public record Row(long id, String code, String discipline, String teacher, String groups, String period) {
    }

    @GET
    @RequiresCapability(OnlineAttestationModule.VIEW)
    public View list(@QueryParam("q") String q, @QueryParam("technology") String technology,
                     @QueryParam("year") String year, @QueryParam("period") String period,
                     @QueryParam("term") String term, @QueryParam("language") String language,
                     @QueryParam("speciality") String speciality, @QueryParam("qualification") String qualification,
                     @QueryParam("group") String group, @QueryParam("page") String page,
                     @Context Viewer viewer) {
        Locale locale = viewer.locale();
        Long yearId = year == null ? store.currentYear() : id(year);
        List<StaffMapper.Option> periods = store.periods(yearId);
        Long periodId = period == null ? (yearId == null || periods.isEmpty() ? null : periods.get(0).id()) : id(period);
        Long teacherId = viewer.can(OnlineAttestationModule.ALL) ? null : viewer.userId();
        StreamFilter filter = StreamFilter.of(teacherId, yearId, periodId, q, id(technology), id(term), id(language),
                id(speciality), id(qualification), id(group));
        List<StaffMapper.ListedStream> visible = store.online(filter).stream()
                .filter(r -> access.canView(viewer, new Stream(r.id(), r.code(), r.teacherId(),
                        new LocalizedName(r.nameKk(), r.nameRu(), r.nameEn()),
                        new Scope(r.studyTermId(), r.departmentId(), r.pccId()))))
                .toList();
        int pages = Math.max(1, (visible.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, number(page)), pages);
        List<Row> rows = visible.subList((current - 1) * PAGE_SIZE, Math.min(visible.size(), current * PAGE_SIZE))
                .stream().map(r -> new Row(r.id(), r.code(), new LocalizedName(r.nameKk(), r.nameRu(), r.nameEn()).in(locale),
                        r.teacherName(), r.groupCodes() == null ? "" : r.groupCodes(), r.periodCode())).toList();
        List<Filter> filters = List.of(
                filter("technology", "online-attestation.staff.list.technology", store.technologies(), id(technology), locale),
                filter("year", "online-attestation.staff.list.year", store.years(), yearId, locale),
                filter("period", "online-attestation.staff.list.period", periods, periodId, locale),
                filter("term", "online-attestation.staff.list.term", store.studyTerms(), id(term), locale),
                filter("language", "online-attestation.staff.list.language", store.languages(), id(language), locale),
                filter("speciality", "online-attestation.staff.list.speciality", store.specialities(), id(speciality), locale),
                filter("qualification", "online-attestation.staff.list.qualification", store.qualifications(),
                        id(qualification), locale),
                filter("group", "online-attestation.staff.list.group", store.groups(), id(group), locale));
        Model model = new Model(q == null ? "" : q, filters, rows, rows.isEmpty(), current, pages, pages > 1,
                current > 1 ? pageLink(current - 1, q, technology, yearId, periodId, term, language, speciality,
                        qualification, group) : "",
                current < pages ? pageLink(current + 1, q, technology, yearId, periodId, term, language, speciality,
                        qualification, group) : "");
        return View.of("online-attestation/staff-list", "online-attestation.staff.list.title", model);
    }

    private static Filter filter(String name, String labelKey, List<StaffMapper.Option> options, Long selected,
                                 Locale locale) {
        return new Filter(name, labelKey, options.stream().map(o -> new Option(o.id(), SettingsResource.name(o, locale),
                selected != null && selected == o.id())).toList());
    }

    private static String pageLink(int page, String q, String technology, Long year, Long period, String term,
                                   String language, String speciality, String qualification, String group) {
        StringBuilder b = new StringBuilder("/online-attestation?page=").append(page);
        append(b, "q", q);
        append(b, "technology", technology);
        append(b, "year", year == null ? "" : year.toString());
        append(b, "period", period == null ? "" : period.toString());
        append(b, "term", term);
        append(b, "language", language);
        append(b, "speciality", speciality);
        append(b, "qualification", qualification);
        append(b, "group", group);
        return b.toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        b.append('&').append(name).append('=')
                .append(java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int number(String value) {
        Long n = id(value);
        return n == null || n > Integer.MAX_VALUE ? 1 : n.intValue();
    }
}
