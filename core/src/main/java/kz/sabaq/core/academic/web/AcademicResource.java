package kz.sabaq.core.academic.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.academic.AcademicMapper;
import kz.sabaq.core.academic.Column;
import kz.sabaq.core.academic.Kind;
import kz.sabaq.core.academic.Kinds;
import kz.sabaq.core.academic.Problem;
import kz.sabaq.core.academic.importing.CsvImport;
import kz.sabaq.core.academic.importing.ImportReport;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.UnitDirectory;
import kz.sabaq.core.access.Units;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * The academic registers: a list of kinds with their row counts, a searchable table per kind, a CSV
 * template per kind, and the import form. Heads of a department or PCC see their own unit's rows
 * ({@link RegisterReach}). The form posts multipart data, so its CSRF token rides
 * in the action's query string.
 */
@Path("/academic")
@Produces(MediaType.TEXT_HTML)
public final class AcademicResource {
    public static final int MAX_FILE_MB = 10;
    /** A download link's request may accept only HTML; the template is CSV whatever it asked for. */
    private static final String CSV = "text/csv; charset=UTF-8";
    static final int MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

    private final Registers registers;
    private final CsvImport importer;
    private final AcademicText text;
    private final RegisterReach reach;

    public AcademicResource(AcademicMapper rows, CsvImport importer, Messages messages, CapabilityCatalog catalog,
                            UnitDirectory units) {
        this.registers = new Registers(rows);
        this.reach = new RegisterReach(catalog, units);
        this.importer = importer;
        this.text = new AcademicText(messages);
    }

    @GET
    @RequiresCapability(CoreModule.ACADEMIC_VIEW)
    public View index(@Context Viewer viewer) {
        Language language = Language.of(viewer.locale());
        Units own = reach.of(viewer);
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (Kind kind : Kinds.all()) {
            kinds.add(Map.of("id", kind.id(), "name", text.kind(language, kind.id()), "rows", registers.count(kind, own)));
        }
        return View.of("core/academic-index", "core.academic.title", Map.of("kinds", kinds));
    }

    @GET
    @Path("{kind}")
    @RequiresCapability(CoreModule.ACADEMIC_VIEW)
    public View register(@PathParam("kind") String kindId, @QueryParam("q") String query,
                         @QueryParam("page") Integer page, @Context Viewer viewer) {
        Kind kind = kind(kindId);
        Language language = Language.of(viewer.locale());
        List<String> yesNo = List.of(text.yesNo(language, true), text.yesNo(language, false));
        Units own = reach.of(viewer);
        Registers.Page found = registers.page(kind, query, 1, yesNo, own);
        int pages = (int) Math.max(1, (found.total() + Registers.PAGE_SIZE - 1) / Registers.PAGE_SIZE);
        int current = page == null ? 1 : Math.min(Math.max(1, page), pages);
        if (current != 1) {
            found = registers.page(kind, query, current, yesNo, own);
        }
        List<String> headings = kind.shownColumns().stream().map(c -> text.column(language, c.name())).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> cells : found.rows()) {
            rows.add(Map.of("cells", cells));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.id());
        model.put("kindName", text.kind(language, kind.id()));
        model.put("headings", headings);
        model.put("rows", rows);
        model.put("total", found.total());
        model.put("q", query == null ? "" : query);
        model.put("qParam", URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8));
        model.put("hasRows", !rows.isEmpty());
        model.put("searched", query != null && !query.isBlank());
        model.put("page", current);
        model.put("pages", pages);
        model.put("paged", pages > 1);
        if (current > 1) {
            model.put("previous", current - 1);
        }
        if (current < pages) {
            model.put("next", current + 1);
        }
        model.put("canImport", viewer.can(CoreModule.ACADEMIC_EDIT));
        return View.of("core/academic-register", "core.academic.title", model);
    }

    @GET
    @Path("{kind}/template.csv")
    @Produces({CSV, MediaType.WILDCARD})
    @RequiresCapability(CoreModule.ACADEMIC_VIEW)
    public Response template(@PathParam("kind") String kindId) {
        Kind kind = kind(kindId);
        // The byte-order mark makes spreadsheets open the file as UTF-8; the import drops it.
        byte[] body = ("\uFEFF" + kind.header() + "\r\n").getBytes(StandardCharsets.UTF_8);
        return Response.ok(body).type(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + kind.id() + ".csv\"")
                .build();
    }

    @GET
    @Path("{kind}/import")
    @RequiresCapability(CoreModule.ACADEMIC_EDIT)
    public View importForm(@PathParam("kind") String kindId, @Context Viewer viewer) {
        return importPage(kind(kindId), Language.of(viewer.locale()), null, true);
    }

    @POST
    @Path("{kind}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresCapability(CoreModule.ACADEMIC_EDIT)
    public Response importFile(@PathParam("kind") String kindId, @FormDataParam("file") InputStream file,
                               @FormDataParam("dryRun") String dryRun, @Context Viewer viewer) throws IOException {
        Kind kind = kind(kindId);
        boolean rehearsal = dryRun != null && !dryRun.isBlank();
        byte[] bytes = file == null ? new byte[0] : file.readNBytes(MAX_FILE_BYTES + 1);
        UserError noFile = bytes.length > MAX_FILE_BYTES
                ? new UserError(413, "core.academic.error.fileTooLarge", MAX_FILE_MB).on("file")
                : bytes.length == 0 ? UserError.badRequest("core.academic.error.noFile").on("file") : null;
        if (noFile != null) {
            Map<String, List<String>> typed = Map.of("dryRun", rehearsal ? List.of(dryRun) : List.of());
            return RefusedForm.response(noFile, typed,
                    () -> importPage(kind, Language.of(viewer.locale()), null, rehearsal));
        }
        ImportReport report = importer.run(kind, bytes, rehearsal, viewer.userId());
        View page = importPage(kind, Language.of(viewer.locale()), report, rehearsal);
        return Response.status(report.ok() ? 200 : 400).entity(page).build();
    }

    private View importPage(Kind kind, Language language, ImportReport report, boolean dryRun) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Column c : kind.columns()) {
            columns.add(Map.of("name", c.name(), "label", text.column(language, c.name()),
                    "required", c.required(), "type", text.type(language, c)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.id());
        model.put("kindName", text.kind(language, kind.id()));
        model.put("columns", columns);
        model.put("key", text.key(language, kind.key()));
        model.put("maxMb", MAX_FILE_MB);
        model.put("dryRun", dryRun);
        if (report != null) {
            List<Map<String, Object>> problems = new ArrayList<>();
            for (Problem p : report.problems()) {
                problems.add(Map.of("line", p.line(), "column", p.column() == null ? "" : p.column(),
                        "reason", text.problem(language, p)));
            }
            model.put("report", Map.of("lines", report.lines(), "created", report.created(),
                    "updated", report.updated(), "problemCount", problems.size()));
            model.put("problems", problems);
            model.put("failed", !report.ok());
            model.put("checked", report.ok() && report.dryRun());
            model.put("imported", report.applied());
        }
        return View.of("core/academic-import", "core.academic.import.title", model);
    }

    private static Kind kind(String id) {
        return Kinds.find(id).orElseThrow(UserError::notFound);
    }
}
