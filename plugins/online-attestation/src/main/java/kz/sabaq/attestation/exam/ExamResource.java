package kz.sabaq.attestation.exam;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.file.FileStore;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.UploadedName;
import kz.sabaq.attestation.exam.ExamAccess.Opened;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * The final control page of one student and its actions: the student's own (questions, draft,
 * files, sending, presence) and staff's (task, grade, absence). Each action opens the sitting in
 * the viewer's context first; the page's buttons and these checks follow the same rules. Its
 * methods lie in the module's one URL tree under /online-attestation (see {@code StreamResource}).
 */
@Path("/online-attestation")
@Produces(MediaType.TEXT_HTML)
public final class ExamResource {
    private final ExamAccess access;
    private final ExamPage pages;
    private final Questions questions;
    private final Tasks tasks;
    private final Answers answers;
    private final Grading grading;
    private final Presence presence;
    private final FileStore files;

    public ExamResource(ExamAccess access, ExamPage pages, Questions questions, Tasks tasks, Answers answers,
                        Grading grading, Presence presence, FileStore files) {
        this.access = access;
        this.pages = pages;
        this.questions = questions;
        this.tasks = tasks;
        this.answers = answers;
        this.grading = grading;
        this.presence = presence;
        this.files = files;
    }

    @GET
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}")
    @AnyUser
    public View page(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                     @QueryParam("wait") String wait, @QueryParam("saved") String saved, @Context Viewer viewer) {
        Opened exam = access.open(viewer, streamId, studentId);
        if (exam.student()) {
            presence.seen(exam);
        }
        return pages.page(exam, viewer.locale(), wait != null, saved);
    }

    /** "Show ticket questions". */
    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/questions")
    @AnyUser
    public Response showQuestions(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                                  @Context Viewer viewer) {
        Opened exam = access.own(viewer, streamId, studentId);
        return RefusedForm.attempt(() -> back(streamId, studentId, questions.view(exam) ? "#questions" : "?wait=1#questions"),
                () -> pages.page(exam, viewer.locale(), false));
    }

    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/task")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response task(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                         @FormParam("task") String task, @Context Viewer viewer) {
        Opened exam = access.open(viewer, streamId, studentId);
        return RefusedForm.attempt(() -> {
            tasks.save(viewer.userId(), exam, task);
            return back(streamId, studentId, "#task");
        }, () -> pages.page(exam, viewer.locale(), false));
    }

    /** The editor's autosave (and the page's beacon when it is hidden). */
    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AnyUser
    public Response draft(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                          @FormParam("body") String body, @Context Viewer viewer) {
        answers.saveDraft(access.own(viewer, streamId, studentId), body);
        return Response.noContent().build();
    }

    /** The answer form with files: uploads them and, with {@code action=send}, sends the answer. */
    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/answer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AnyUser
    public Response answerWithFiles(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                                    @FormDataParam("body") String body, @FormDataParam("action") String action,
                                    @FormDataParam("files") List<FormDataBodyPart> parts, @Context Viewer viewer) {
        Opened exam = access.own(viewer, streamId, studentId);
        if ("send".equals(action) && exam.sitting().answerSentAt() != null) {
            // a second click on "Send answer": the answer is already sent, nothing more to keep
            return back(streamId, studentId, "#answer");
        }
        boolean draftKept = false;
        try {
            boolean anyFile = false;
            for (FormDataBodyPart part : parts == null ? List.<FormDataBodyPart>of() : parts) {
                String name = UploadedName.of(part);
                if (name == null) {
                    continue;
                }
                // the text rides in the first file's transaction: one durable commit fewer per answer
                answers.upload(exam, part.getValueAs(InputStream.class), name, anyFile ? null : body);
                draftKept = true;
                anyFile = true;
            }
            return answer(exam, body, action, anyFile);
        } catch (UserError e) {
            if (!draftKept && body != null) {
                keepDraft(exam, body);
            }
            return RefusedForm.response(e, Map.of("body", List.of(body == null ? "" : body)),
                    () -> pages.page(exam, viewer.locale(), false));
        }
    }

    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AnyUser
    public Response answerText(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                               @FormParam("body") String body, @FormParam("action") String action,
                               @Context Viewer viewer) {
        Opened exam = access.own(viewer, streamId, studentId);
        return RefusedForm.attempt(() -> answer(exam, body, action, false),
                () -> pages.page(exam, viewer.locale(), false));
    }

    /**
     * A refused upload keeps nothing of its transaction, so the text the student sent with it is
     * kept on its own; when even that is refused (the answer was sent meanwhile, the slot is over)
     * the refused form still shows it, beside the upload's own error.
     */
    private void keepDraft(Opened exam, String body) {
        try {
            answers.saveDraft(exam, body);
        } catch (UserError alsoRefused) {
            // the form that reports the upload's refusal carries the text back to the student
        }
    }

    private Response answer(Opened exam, String body, String action, boolean uploaded) {
        if ("send".equals(action)) {
            answers.send(exam, body);
        } else if (!uploaded) {
            answers.saveDraft(exam, body);
        }
        return back(exam.streamId(), exam.studentId(), "#answer");
    }

    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/files/{file: \\d{1,18}}/delete")
    @AnyUser
    public Response deleteFile(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                               @PathParam("file") long fileId, @Context Viewer viewer) {
        Opened exam = access.own(viewer, streamId, studentId);
        return RefusedForm.attempt(() -> {
            answers.deleteFile(exam, fileId);
            return back(streamId, studentId, "#answer");
        }, () -> pages.page(exam, viewer.locale(), false));
    }

    @GET
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/files/{file: \\d{1,18}}")
    @Produces(MediaType.WILDCARD)
    @AnyUser
    public Response file(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                         @PathParam("file") long fileId, @Context Viewer viewer) {
        Opened exam = access.open(viewer, streamId, studentId);
        if (!exam.student() && exam.sitting().answerSentAt() == null) {
            throw UserError.notFound();
        }
        ExamMapper.AnswerFile f = answers.fileOf(exam, fileId);
        return files.download(new StoredFile(f.fileKey(), f.fileName(), f.fileType(), f.fileSize()));
    }

    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/grade")
    @RequiresCapability(OnlineAttestationModule.GRADE)
    public Response grade(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                          @FormParam("points") String points, @FormParam("written") String written,
                          @FormParam("oral") String oral, @FormParam("total") String total,
                          @FormParam("result") String result, @Context Viewer viewer) {
        Map<String, String> values = new HashMap<>();
        values.put("points", points);
        values.put("written", written);
        values.put("oral", oral);
        values.put("total", total);
        values.put("result", result);
        Opened exam = access.open(viewer, streamId, studentId);
        return RefusedForm.attempt(() -> {
            grading.grade(viewer.userId(), exam, values);
            return back(streamId, studentId, "?saved=grade#grade");
        }, () -> pages.page(exam, viewer.locale(), false));
    }

    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/absence")
    @RequiresCapability(OnlineAttestationModule.GRADE)
    public Response absence(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                            @FormParam("absence") String kind, @Context Viewer viewer) {
        Opened exam = access.open(viewer, streamId, studentId);
        return RefusedForm.attempt(() -> {
            grading.absent(viewer.userId(), exam, kind);
            return back(streamId, studentId, "?saved=absence#grade");
        }, () -> pages.page(exam, viewer.locale(), false));
    }

    /**
     * The open page's heartbeat. Its answer is the page's live channel too: a student who waits for
     * the questions learns here that staff have sent them.
     */
    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/presence")
    @Produces(MediaType.APPLICATION_JSON)
    @AnyUser
    public Map<String, Object> beat(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                                    @Context Viewer viewer) {
        Opened exam = access.own(viewer, streamId, studentId);
        presence.seen(exam);
        return Map.of("questionsSent", exam.sitting().questionsSentAt() != null);
    }

    /** The page is being closed (a beacon): the student is offline at once. */
    @POST
    @Path("streams/{stream: \\d{1,18}}/students/{student: \\d{1,18}}/presence/leave")
    @AnyUser
    public Response leave(@PathParam("stream") long streamId, @PathParam("student") long studentId,
                          @Context Viewer viewer) {
        presence.left(access.own(viewer, streamId, studentId));
        return Response.noContent().build();
    }

    private static Response back(long streamId, long studentId, String suffix) {
        return Response.seeOther(URI.create("/online-attestation/streams/" + streamId + "/students/" + studentId + suffix)).build();
    }
}
