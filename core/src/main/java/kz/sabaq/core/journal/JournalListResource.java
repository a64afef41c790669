package kz.sabaq.core.journal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.journal.JournalListMapper.StreamRow;

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
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StreamRow r : listing.streams()) {
            rows.add(Map.of("id", r.id(), "code", r.code(), "discipline", r.discipline(viewer.locale()),
                    "period", r.period(viewer.locale()), "teacher", r.teacherName(),
                    "groups", r.groups() == null ? "" : r.groups(),
                    "form", r.finalForm() == null ? "" : scales.find(r.finalForm())
                            .map(scale -> scale.name().in(viewer.locale())).orElse(r.finalForm())));
        }
        return View.of("core/journal-list", "core-journal.list.title", Map.of(
                "year", listing.year().map(JournalListMapper.YearRow::code).orElse(""),
                "noYear", listing.year().isEmpty(),
                "streams", rows,
                "any", !rows.isEmpty(),
                "empty", rows.isEmpty() && listing.year().isPresent()));
    }
}
