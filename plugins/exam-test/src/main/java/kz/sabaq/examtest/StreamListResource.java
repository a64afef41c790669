package kz.sabaq.examtest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
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

    @GET
    @RequiresCapability(ExamTestModule.VIEW)
    public View list(@Context Viewer viewer) {
        var streams = common.courses().visible(viewer).stream().map(s -> Map.of("id", s.id(), "code", s.code(),
                "discipline", s.discipline().in(viewer.locale()))).toList();
        return View.of("exam-test/streams", "exam-test.streams.title", Map.of("streams", streams,
                "anyStreams", !streams.isEmpty()));
    }
}
