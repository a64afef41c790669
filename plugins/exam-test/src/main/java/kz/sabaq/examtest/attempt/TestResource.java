package kz.sabaq.examtest.attempt;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.ExamTestModule;
import kz.sabaq.examtest.bank.Bank;
import kz.sabaq.examtest.bank.BankCheck;

/** The staff page of a stream's tests: what the bank lacks, opening and closing the test, the results. */
@Path("/exam-test/streams/{id}")
@Produces(MediaType.TEXT_HTML)
public final class TestResource {
    private final ExamTest common;
    private final Tests tests;
    private final Bank bank;

    public TestResource(ExamTest common, Tests tests, Bank bank) {
        this.common = common;
        this.tests = tests;
        this.bank = bank;
    }

    @GET
    @RequiresCapability(ExamTestModule.VIEW)
    public View page(@PathParam("id") long streamId, @Context Viewer viewer) {
        return page(viewer, common.courses().viewable(viewer, streamId));
    }

    @POST
    @Path("open")
    @RequiresCapability(ExamTestModule.EDIT)
    public Response open(@PathParam("id") long streamId, @Context Viewer viewer) {
        return RefusedForm.attempt(() -> {
            tests.openFinal(viewer, streamId);
            return back(streamId);
        }, () -> page(viewer, common.courses().viewable(viewer, streamId)));
    }

    @POST
    @Path("self-check")
    @RequiresCapability(ExamTestModule.EDIT)
    public Response openSelfCheck(@PathParam("id") long streamId, @FormParam("topic") String topic,
                                  @Context Viewer viewer) {
        return RefusedForm.attempt(() -> {
            tests.openSelfCheck(viewer, streamId, topic == null ? "" : topic);
            return back(streamId);
        }, () -> page(viewer, common.courses().viewable(viewer, streamId)));
    }

    @POST
    @Path("tests/{testId}/close")
    @RequiresCapability(ExamTestModule.EDIT)
    public Response close(@PathParam("id") long streamId, @PathParam("testId") long testId, @Context Viewer viewer) {
        TestRow test = tests.test(testId);
        if (test.streamId() != streamId) {
            throw kz.sabaq.api.web.UserError.notFound();
        }
        tests.close(viewer, testId);
        return back(streamId);
    }

    private View page(Viewer viewer, Stream stream) {
        long streamId = stream.id();
        Optional<TestRow> finalTest = tests.finalTest(streamId);
        List<BankCheck.Finding> findings = tests.readiness(streamId);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("streamId", streamId);
        model.put("discipline", stream.discipline().in(viewer.locale()));
        model.put("canEdit", common.courses().canEdit(viewer, stream));
        model.put("findings", findings.stream().map(BankCheck.Finding::joined).toList());
        model.put("ready", findings.isEmpty());
        model.put("anyFindings", !findings.isEmpty());
        model.put("settings", Map.of("questions", common.settings().questionsPerTest(),
                "minutes", common.settings().timeLimitMinutes(), "attempts", common.settings().attempts()));
        model.put("hasFinal", finalTest.isPresent());
        finalTest.ifPresent(t -> {
            model.put("final", Map.of("id", t.id(), "open", t.open(), "questions", t.questions(), "minutes", t.minutes(),
                    "attempts", t.attempts()));
            List<Map<String, Object>> results = results(t, streamId);
            model.put("results", results);
            model.put("anyResults", !results.isEmpty());
        });
        List<Map<String, Object>> selfChecks = new ArrayList<>();
        for (TestRow t : tests.testsOf(streamId)) {
            if (t.selfCheck()) {
                selfChecks.add(Map.of("id", t.id(), "topic", t.topic(), "open", t.open(), "questions", t.questions()));
            }
        }
        model.put("selfChecks", selfChecks);
        model.put("anySelfChecks", !selfChecks.isEmpty());
        List<String> topics = common.settings().selfCheck() ? bank.topics(common.courses().disciplineOf(streamId)) : List.of();
        model.put("topics", topics);
        model.put("anyTopics", !topics.isEmpty());
        return View.of("exam-test/stream", "exam-test.stream.title", model);
    }

    private List<Map<String, Object>> results(TestRow test, long streamId) {
        Map<Long, List<AttemptRow>> byStudent = new LinkedHashMap<>();
        tests.rows().attemptsOfTest(test.id()).forEach(a -> byStudent.computeIfAbsent(a.studentId(), k -> new ArrayList<>()).add(a));
        Map<Long, String> journal = common.journals().column(streamId, kz.sabaq.api.journal.Journals.FINAL);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Student s : common.academic().studentsOf(streamId)) {
            List<AttemptRow> mine = byStudent.getOrDefault(s.userId(), List.of());
            AttemptRow last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
            rows.add(Map.of("name", s.displayName(), "attempts", mine.size(),
                    "state", last == null ? "none" : last.finished() ? "finished" : "running",
                    "score", last == null || last.score() == null ? "" : last.score().toPlainString(),
                    "grade", journal.getOrDefault(s.userId(), "")));
        }
        return rows;
    }

    private static Response back(long streamId) {
        return Response.seeOther(URI.create("/exam-test/streams/" + streamId)).build();
    }
}
