package kz.sabaq.examtest.attempt;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.ExamTestModule;
import kz.sabaq.examtest.bank.Item;

/** The student's side: their tests, starting an attempt, the attempt page, saving answers, finishing. */
@Path("/exam-test")
@Produces(MediaType.TEXT_HTML)
public final class AttemptResource {
    private final ExamTest common;
    private final Attempts attempts;
    private final AttemptPages pages;

    public AttemptResource(ExamTest common, Attempts attempts, AttemptPages pages) {
        this.common = common;
        this.attempts = attempts;
        this.pages = pages;
    }

    @GET
    @Path("mine")
    @RequiresCapability(ExamTestModule.TAKE)
    public View mine(@Context Viewer viewer) {
        return pages.mine(viewer);
    }

    @POST
    @Path("tests/{testId}/start")
    @RequiresCapability(ExamTestModule.TAKE)
    public Response start(@PathParam("testId") long testId, @Context Viewer viewer) {
        return RefusedForm.attempt(() -> {
            AttemptRow a = attempts.start(viewer, testId);
            return Response.seeOther(URI.create("/exam-test/attempts/" + a.id())).build();
        }, () -> pages.mine(viewer));
    }

    @GET
    @Path("attempts/{id}")
    @RequiresCapability(ExamTestModule.TAKE)
    public View attempt(@PathParam("id") long attemptId, @Context Viewer viewer) {
        attempts.present(viewer, attemptId);
        return pages.attempt(viewer, attempts.own(viewer, attemptId));
    }

    /** The open page's heartbeat (its script, every 10 s): the student's presence at a final control. */
    @POST
    @Path("attempts/{id}/presence")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresCapability(ExamTestModule.TAKE)
    public Map<String, Object> presence(@PathParam("id") long attemptId, @Context Viewer viewer) {
        attempts.present(viewer, attemptId);
        return Map.of();
    }

    /** One answer, saved as it is given (the page's script); {@code option} repeats for several choices. */
    @POST
    @Path("attempts/{id}/answers/{position}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresCapability(ExamTestModule.TAKE)
    public Map<String, Object> answer(@PathParam("id") long attemptId, @PathParam("position") int position,
                                      @FormParam("option") List<String> options, @Context Viewer viewer) {
        LocalDateTime saved = attempts.answer(viewer, attemptId, position, ids(options));
        return Map.of("position", position, "savedAt", saved.toString());
    }

    /** "Finish": the answers the form carries (a page without its script) are saved first. */
    @POST
    @Path("attempts/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(ExamTestModule.TAKE)
    public Response submit(@PathParam("id") long attemptId, MultivaluedMap<String, String> form, @Context Viewer viewer) {
        AttemptRow a = attempts.own(viewer, attemptId);
        if (a.running(LocalDateTime.now(common.clock()))) {
            for (Map.Entry<String, List<String>> field : form.entrySet()) {
                if (field.getKey().matches("q[0-9]{1,4}")) {
                    attempts.answer(viewer, attemptId, Integer.parseInt(field.getKey().substring(1)), ids(field.getValue()));
                }
            }
        }
        attempts.submit(viewer, attemptId);
        return Response.seeOther(URI.create("/exam-test/attempts/" + attemptId)).build();
    }

    @GET
    @Path("attempts/{id}/items/{position}/image")
    @Produces(MediaType.WILDCARD)
    @RequiresCapability(ExamTestModule.TAKE)
    public Response image(@PathParam("id") long attemptId, @PathParam("position") int position, @Context Viewer viewer) {
        AttemptRow a = attempts.own(viewer, attemptId);
        Item item = pages.item(a, position);
        if (item.imageKey() == null) {
            throw UserError.notFound();
        }
        return common.files().download(new StoredFile(item.imageKey(), item.imageName(), "", 0));
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(v.strip()));
            } catch (NumberFormatException notANumber) {
                throw UserError.badRequest("exam-test.attempt.error.option");
            }
        }
        return ids;
    }
}
