package kz.sabaq.examtest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;

/** The staff home page: the streams whose banks and tests the viewer sees. */
@Path("/exam-test")
@Produces(MediaType.TEXT_HTML)
public final class StreamListResource {
    private final ExamTest common;

    public StreamListResource(ExamTest common) {
        this.common = common;
    }

    /** The staff home page: its components are the template's keys. */
    public record Model(List<Row> streams, boolean anyStreams) {
    }

    /** One stream the viewer sees, with its discipline in the viewer's language. */
    public record Row(long id, String code, String discipline) {
    }

    @GET
    @RequiresCapability(ExamTestModule.VIEW)
    public View list(@Context Viewer viewer) {
        List<Row> streams = common.courses().visible(viewer).stream()
                .map(s -> new Row(s.id(), s.code(), s.discipline().in(viewer.locale()))).toList();
        return View.of("exam-test/streams", "exam-test.streams.title", new Model(streams, !streams.isEmpty()));
    }
}
