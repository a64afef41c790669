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

    /**
     * The stream's test page: what the bank lacks ({@code findings}), the settings a final test
     * would open with, the final test once opened ({@code finalTest}, null before) and its results,
     * the topics' self-checks and the topics one may still be opened for.
     */
    public record Model(long streamId, String discipline, boolean canEdit, List<String> findings, boolean ready,
                        boolean anyFindings, Rules settings, boolean hasFinal, FinalTest finalTest,
                        List<ResultRow> results, boolean anyResults, List<SelfCheck> selfChecks,
                        boolean anySelfChecks, List<String> topics, boolean anyTopics) {
    }

    /** How many questions, minutes and attempts a test has. */
    public record Rules(int questions, int minutes, int attempts) {
    }

    /** The stream's final test as opened. */
    public record FinalTest(long id, boolean open, int questions, int minutes, int attempts) {
    }

    /** A student's row of the results: attempts used, the last one's state and score, the journal's grade. */
    public record ResultRow(String name, int attempts, String state, String score, String grade) {
    }

    /** A topic's self-check. */
    public record SelfCheck(long id, String topic, boolean open, int questions) {
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
        List<String> findings = tests.readiness(streamId).stream().map(BankCheck.Finding::joined).toList();
        Rules settings = new Rules(common.settings().questionsPerTest(), common.settings().timeLimitMinutes(),
                common.settings().attempts());
        List<ResultRow> results = finalTest.map(t -> results(t, streamId)).orElse(List.of());
        List<SelfCheck> selfChecks = tests.testsOf(streamId).stream().filter(TestRow::selfCheck)
                .map(t -> new SelfCheck(t.id(), t.topic(), t.open(), t.questions())).toList();
        List<String> topics = common.settings().selfCheck() ? bank.topics(common.courses().disciplineOf(streamId)) : List.of();
        return View.of("exam-test/stream", "exam-test.stream.title", new Model(streamId,
                stream.discipline().in(viewer.locale()), common.courses().canEdit(viewer, stream), findings,
                findings.isEmpty(), !findings.isEmpty(), settings, finalTest.isPresent(),
                finalTest.map(t -> new FinalTest(t.id(), t.open(), t.questions(), t.minutes(), t.attempts())).orElse(null),
                results, !results.isEmpty(), selfChecks, !selfChecks.isEmpty(), topics, !topics.isEmpty()));
    }

    private List<ResultRow> results(TestRow test, long streamId) {
        Map<Long, List<AttemptRow>> byStudent = new LinkedHashMap<>();
        tests.rows().attemptsOfTest(test.id()).forEach(a -> byStudent.computeIfAbsent(a.studentId(), k -> new ArrayList<>()).add(a));
        Map<Long, String> journal = common.journals().column(streamId, kz.sabaq.api.journal.Journals.FINAL);
        List<ResultRow> rows = new ArrayList<>();
        for (Student s : common.academic().studentsOf(streamId)) {
            List<AttemptRow> mine = byStudent.getOrDefault(s.userId(), List.of());
            AttemptRow last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
            rows.add(new ResultRow(s.displayName(), mine.size(),
                    last == null ? "none" : last.finished() ? "finished" : "running",
                    last == null || last.score() == null ? "" : last.score().toPlainString(),
                    journal.getOrDefault(s.userId(), "")));
        }
        return rows;
    }

    private static Response back(long streamId) {
        return Response.seeOther(URI.create("/exam-test/streams/" + streamId)).build();
    }
}
