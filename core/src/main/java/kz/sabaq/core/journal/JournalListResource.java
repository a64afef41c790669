package kz.sabaq.core.journal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;

/** {@code /journal}: the current academic year's journals the viewer may open. */
@Path("/journal")
@Produces(MediaType.TEXT_HTML)
public final class JournalListResource {
    private final JournalList journals;
    private final GradingScales scales;

    public JournalListResource(JournalList journals, GradingScales scales) {
        this.journals = journals;
        this.scales = scales;
    }

    @GET
    @RequiresCapability(JournalAccess.VIEW)
    public View list(@Context Viewer viewer) {
        JournalList.Listing listing = journals.visibleTo(viewer);
        List<Row> rows = listing.streams().stream().map(r -> new Row(r.id(), r.code(), r.discipline(viewer.locale()),
                r.period(viewer.locale()), r.teacherName(), r.groups() == null ? "" : r.groups(),
                r.finalForm() == null ? "" : scales.find(r.finalForm())
                        .map(scale -> scale.name().in(viewer.locale())).orElse(r.finalForm()))).toList();
        return View.of("core/journal-list", "core-journal.list.title", new Model(
                listing.year().map(JournalListMapper.YearRow::code).orElse(""), listing.year().isEmpty(), rows,
                !rows.isEmpty(), rows.isEmpty() && listing.year().isPresent()));
    }

    /**
     * The journals of the current academic year the viewer sees.
     *
     * @param empty the year has no journal the viewer sees
     */
    public record Model(String year, boolean noYear, List<Row> streams, boolean any, boolean empty) {
    }

    /** A journal; {@code form} is its final form's name, or empty before one is chosen. */
    record Row(long id, String code, String discipline, String period, String teacher, String groups, String form) {
    }
}
