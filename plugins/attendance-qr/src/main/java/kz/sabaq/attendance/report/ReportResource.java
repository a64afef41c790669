package kz.sabaq.attendance.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.session.SessionAccess;

/** The weekly attendance review of a stream: a page with a chart, and a CSV export for Excel. */
@Path("/attendance-qr/streams/{stream: \\d{1,18}}")
@Produces(MediaType.TEXT_HTML)
public final class ReportResource {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final SessionAccess access;
    private final StreamReport reports;
    private final WeekChart chart;
    private final ReportCsv csv;
    private final Translations texts;

    /** One week of the report: its Monday, how many sessions, the count per category, the share of absences. */
    public record WeekRow(String week, int sessions, List<Integer> cells, String percent) {
    }

    /** One listener's counts per category, unexcused share and admission. */
    public record ListenerRow(String name, String group, List<Integer> cells, String percent, boolean admitted) {
    }

    /** The template's keys; {@code categories} are the columns' label keys. */
    public record Model(String stream, long streamId, String discipline, List<String> categories, List<WeekRow> weeks,
                        List<ListenerRow> listeners) {
    }

    public ReportResource(SessionAccess access, StreamReport reports, WeekChart chart, ReportCsv csv, Translations texts) {
        this.access = access;
        this.reports = reports;
        this.chart = chart;
        this.csv = csv;
        this.texts = texts;
    }

    @GET
    @Path("report")
    @RequiresCapability(AttendanceModule.VIEW)
    public View page(@PathParam("stream") long streamId, @Context Viewer viewer) {
        Stream stream = access.viewStream(viewer, streamId);
        StreamReport.Report report = reports.of(streamId);
        Locale locale = viewer.locale();
        List<WeekRow> weeks = report.weeks().stream().map(w -> new WeekRow(DATE.format(w.monday()), w.sessions(),
                report.categories().stream().map(c -> w.counts().get(c)).toList(),
                String.format(locale, "%.1f", w.absencePercent()))).toList();
        List<ListenerRow> listeners = report.listeners().stream().map(l -> new ListenerRow(l.student().displayName(),
                l.student().groupCode(), report.categories().stream().map(c -> l.counts().get(c)).toList(),
                String.format(locale, "%.1f", l.admission().unexcusedPercent()), l.admission().admitted())).toList();
        return View.of("attendance-qr/report", "attendance-qr.report.title", new Model(stream.code(), streamId,
                stream.discipline().in(locale), report.categories().stream().map(Category::labelKey).toList(),
                weeks, listeners));
    }

    @GET
    @Path("chart.svg")
    @Produces("image/svg+xml")
    @RequiresCapability(AttendanceModule.VIEW)
    public Response chart(@PathParam("stream") long streamId, @Context Viewer viewer) {
        access.viewStream(viewer, streamId);
        StreamReport.Report report = reports.of(streamId);
        String svg = chart.svg(report.weeks(), report.listeners().size(),
                texts.get(viewer.locale(), "attendance-qr.report.chart"), viewer.locale());
        return Response.ok(svg, "image/svg+xml; charset=UTF-8").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    @RequiresCapability(AttendanceModule.VIEW)
    public Response export(@PathParam("stream") long streamId, @Context Viewer viewer) {
        Stream stream = access.viewStream(viewer, streamId);
        byte[] file = csv.write(reports.of(streamId), viewer.locale());
        String name = "attendance-" + stream.code().replaceAll("[^A-Za-z0-9_-]", "_") + ".csv";
        return Response.ok(file, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
