package kz.sabaq.examtest.exchange;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.ExamTestModule;
import kz.sabaq.examtest.bank.Bank;
import kz.sabaq.examtest.bank.Difficulty;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/** Import of Moodle XML, GIFT and CSV files into a stream's discipline bank (with a dry run), export to Moodle XML. */
@Path("/exam-test/streams/{id}/bank")
@Produces(MediaType.TEXT_HTML)
public final class ExchangeResource {
    private final ExamTest common;
    private final Imports imports;
    private final Bank bank;

    public ExchangeResource(ExamTest common, Imports imports, Bank bank) {
        this.common = common;
        this.imports = imports;
        this.bank = bank;
    }

    /**
     * The import page; {@code report} when a file was read, {@code stored} when its items were saved
     * (not a dry run), {@code good} how many items can be (or were) stored.
     */
    public record Model(long streamId, String discipline, List<String> difficulties, boolean report,
                        boolean stored, int good, List<ProblemRow> problems, boolean anyProblem) {
    }

    /** An item the file could not give as it is; {@code reason} is a translation key with its arguments. */
    public record ProblemRow(int number, String name, String type, String reason, boolean imported) {
    }

    @GET
    @Path("import")
    @RequiresCapability(ExamTestModule.EDIT)
    public View form(@PathParam("id") long streamId, @Context Viewer viewer) {
        return page(viewer, common.courses().editable(viewer, streamId), null);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresCapability(ExamTestModule.EDIT)
    public Response upload(@PathParam("id") long streamId, @FormDataParam("file") InputStream file,
                           @FormDataParam("file") FormDataContentDisposition disposition,
                           @FormDataParam("format") String format, @FormDataParam("difficulty") String difficulty,
                           @FormDataParam("topic") String topic, @FormDataParam("dryRun") String dryRun,
                           @Context Viewer viewer) {
        Stream stream = common.courses().editable(viewer, streamId);
        Map<String, List<String>> typed = Map.of("format", List.of(format == null ? "auto" : format),
                "difficulty", List.of(difficulty == null ? "" : difficulty), "topic", List.of(topic == null ? "" : topic));
        try {
            byte[] content = content(file);
            Imports.Format f = Imports.format(format, disposition == null ? null : disposition.getFileName());
            ImportDefaults defaults = new ImportDefaults(
                    Difficulty.of(difficulty).orElseThrow(() -> UserError.badRequest("exam-test.item.error.difficulty").on("difficulty")),
                    topic == null || topic.isBlank() ? common.texts().get(viewer.locale(), "exam-test.import.noTopic") : topic.strip(),
                    common.texts().get(viewer.locale(), "exam-test.option.true"),
                    common.texts().get(viewer.locale(), "exam-test.option.false"));
            Imports.Report report = imports.run(common.courses().disciplineOf(streamId), f, content, defaults,
                    dryRun != null, viewer.userId());
            return Response.ok(page(viewer, stream, report)).build();
        } catch (UserError e) {
            return RefusedForm.response(e, typed, () -> page(viewer, stream, null));
        }
    }

    @GET
    @Path("export.xml")
    @Produces("application/xml")
    @RequiresCapability(ExamTestModule.VIEW)
    public Response export(@PathParam("id") long streamId, @Context Viewer viewer) {
        Stream stream = common.courses().viewable(viewer, streamId);
        var items = bank.items(common.courses().disciplineOf(streamId));
        StreamingOutput body = out -> new MoodleXmlWriter(common.files()::open).write(items, out);
        return Response.ok(body, "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bank-" + stream.code().replaceAll("[^A-Za-z0-9_-]", "_") + ".xml\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static byte[] content(InputStream file) {
        if (file == null) {
            throw UserError.badRequest("exam-test.import.error.file").on("file");
        }
        try {
            byte[] bytes = file.readNBytes(Imports.MAX_BYTES + 1);
            if (bytes.length > Imports.MAX_BYTES) {
                throw new UserError(413, "exam-test.import.error.size", Imports.MAX_BYTES / (1024 * 1024)).on("file");
            }
            if (bytes.length == 0) {
                throw UserError.badRequest("exam-test.import.error.file").on("file");
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("Reading an uploaded import file failed", e);
        }
    }

    private View page(Viewer viewer, Stream stream, Imports.Report report) {
        List<String> difficulties = Arrays.stream(Difficulty.values()).map(Difficulty::code).toList();
        List<ProblemRow> problems = report == null ? List.of() : report.problems().stream().map(p -> {
            StringBuilder reason = new StringBuilder(p.key());
            p.args().forEach(a -> reason.append('|').append(String.valueOf(a).replace('|', '/')));
            return new ProblemRow(p.number(), p.name(), p.type(), reason.toString(), p.imported());
        }).toList();
        return View.of("exam-test/import", "exam-test.import.title", new Model(stream.id(),
                stream.discipline().in(viewer.locale()), difficulties, report != null,
                report != null && report.stored(), report == null ? 0 : report.good(), problems, !problems.isEmpty()));
    }
}
