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
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.academic.AcademicMapper;
import kz.sabaq.core.academic.Kind;
import kz.sabaq.core.academic.Kinds;
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
        List<AcademicPages.KindCount> kinds = Kinds.all().stream().map(kind -> new AcademicPages.KindCount(kind.id(),
                text.kind(language, kind.id()), registers.count(kind, own))).toList();
        return View.of("core/academic-index", "core.academic.title", new AcademicPages.IndexModel(kinds));
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
        List<AcademicPages.Row> rows = found.rows().stream().map(AcademicPages.Row::new).toList();
        String q = query == null ? "" : query;
        AcademicPages.RegisterModel model = new AcademicPages.RegisterModel(kind.id(), text.kind(language, kind.id()),
                headings, rows, found.total(), q, URLEncoder.encode(q, StandardCharsets.UTF_8), !rows.isEmpty(),
                !q.isBlank(), current, pages, pages > 1, current > 1 ? current - 1 : null,
                current < pages ? current + 1 : null, viewer.can(CoreModule.ACADEMIC_EDIT));
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
        List<AcademicPages.ColumnHelp> columns = kind.columns().stream().map(c -> new AcademicPages.ColumnHelp(c.name(),
                text.column(language, c.name()), c.required(), text.type(language, c))).toList();
        List<AcademicPages.ProblemLine> problems = report == null ? List.of() : report.problems().stream()
                .map(p -> new AcademicPages.ProblemLine(p.line(), p.column() == null ? "" : p.column(),
                        text.problem(language, p))).toList();
        AcademicPages.Report summary = report == null ? null : new AcademicPages.Report(report.lines(),
                report.created(), report.updated(), problems.size());
        return View.of("core/academic-import", "core.academic.import.title", new AcademicPages.ImportModel(kind.id(),
                text.kind(language, kind.id()), columns, text.key(language, kind.key()), MAX_FILE_MB, dryRun, summary,
                problems, report != null && !report.ok(), report != null && report.ok() && report.dryRun(),
                report != null && report.applied()));
    }

    private static Kind kind(String id) {
        return Kinds.find(id).orElseThrow(UserError::notFound);
    }
}
