package kz.sabaq.attestation.staff;

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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Conduct;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.retake.Retakes;

/**
 * The stream page and its changes under /online-attestation/streams/{id}. Part of the module's one
 * URL tree: the list, the stream pages and a student's sitting ({@code ExamResource}) share the
 * root path /online-attestation, which Jersey merges into one root resource, and each method
 * names its whole path below it.
 */
@Path("/online-attestation")
@Produces(MediaType.TEXT_HTML)
public final class StreamResource {
    private final Attestation common;
    private final StaffMapper store;
    private final SlotPlanner planner;
    private final StreamPage page;
    private final Times times;
    private final Retakes retakes;

    StreamResource(Attestation common, StaffMapper store, SlotPlanner planner, StreamPage page, Times times,
                   Retakes retakes) {
        this.common = common;
        this.store = store;
        this.planner = planner;
        this.page = page;
        this.times = times;
        this.retakes = retakes;
    }

    @GET
    @Path("streams/{id: \\d{1,18}}")
    @RequiresCapability(OnlineAttestationModule.VIEW)
    public View show(@PathParam("id") long streamId, @QueryParam("edit") String edit, @Context Viewer viewer) {
        return page(viewer, streamId, "mode".equals(edit));
    }

    private View page(Viewer viewer, long streamId, boolean editMode) {
        Stream stream = common.access().viewable(viewer, streamId);
        return View.of("online-attestation/staff-stream", "online-attestation.staff.stream.title",
                page.model(viewer, stream, editMode));
    }

    @POST
    @Path("streams/{id: \\d{1,18}}/mode")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response mode(@PathParam("id") long streamId, @FormParam("conduct") String conduct,
                         @Context Viewer viewer) {
        try {
            planner.setMode(viewer, streamId, Conduct.of(conduct)
                    .orElseThrow(() -> UserError.badRequest("online-attestation.staff.error.mode").on("conduct")));
        } catch (UserError e) {
            return RefusedForm.response(e, () -> page(viewer, streamId, true));
        }
        return back(streamId, null);
    }

    /**
     * The "Distribute" dialog: the stream's {@code groups} to filter by ({@code groupId} the one shown,
     * empty for all) and the {@code students} not yet placed.
     */
    public record Distribute(long streamId, String heading, List<Group> groups, boolean allGroups, String groupId,
                             List<Candidate> students, boolean empty) {
    }

    /** A group of the stream the dialog may show alone. */
    public record Group(long id, String code, boolean selected) {
    }

    /** A student the dialog may place: one not admitted is shown but cannot be ticked; {@code retake} marks an FX retake. */
    public record Candidate(long id, String name, String group, boolean notAdmitted, boolean retake) {
    }

    /** Editing a slot: its times as the form's fields; once {@code started} only its end may change. */
    public record SlotEdit(long streamId, long slotId, String heading, String name, boolean started, String date,
                           String start, String end) {
    }

    @GET
    @Path("streams/{id: \\d{1,18}}/distribute")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View distributeForm(@PathParam("id") long streamId, @QueryParam("group") Long groupId,
                               @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, streamId);
        planner.online(streamId);
        Admissions admissions = new Admissions(common);
        // Students with a sitting are offered again only for an FX retake.
        Map<Long, Retakes.Standing> standings = retakes.standings(streamId);
        Set<Long> placed = common.store().sittingsOfStream(streamId).stream().map(Sitting::studentId)
                .filter(id -> standings.get(id) != Retakes.Standing.RETAKE).collect(Collectors.toSet());
        List<Group> groups = store.groupsOfStream(streamId).stream()
                .map(g -> new Group(g.id(), g.code(), groupId != null && groupId == g.id())).toList();
        List<Candidate> students = common.academic().studentsOf(streamId).stream()
                .filter(s -> !placed.contains(s.userId()) && (groupId == null || s.groupId() == groupId))
                .map(s -> new Candidate(s.userId(), s.displayName(), s.groupCode(),
                        !admissions.admitted(streamId, s.userId()),
                        standings.get(s.userId()) == Retakes.Standing.RETAKE)).toList();
        Distribute model = new Distribute(streamId, heading(viewer, stream), groups, groupId == null,
                groupId == null ? "" : groupId.toString(), students, students.isEmpty());
        return View.of("online-attestation/staff-distribute", "online-attestation.staff.distribute.title", model);
    }

    @POST
    @Path("streams/{id: \\d{1,18}}/distribute")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response distribute(@PathParam("id") long streamId, @FormParam("group") String group,
                               @FormParam("date") String date, @FormParam("start") String start,
                               @FormParam("end") String end, @FormParam("student") List<Long> students,
                               @Context Viewer viewer) {
        try {
            Long groupId = group == null || group.isBlank() ? null : parseId(group);
            return back(streamId, planner.distribute(viewer, streamId, groupId, date, start, end, students));
        } catch (UserError e) {
            // A group id that is not a number (a tampered form) refills the dialog for every group.
            Long shown = group == null || !group.strip().matches("\\d{1,18}") ? null : Long.valueOf(group.strip());
            return RefusedForm.response(e, () -> distributeForm(streamId, shown, viewer));
        }
    }

    @GET
    @Path("streams/{id: \\d{1,18}}/slots/{slot: \\d{1,18}}/edit")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View editForm(@PathParam("id") long streamId, @PathParam("slot") long slotId, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, streamId);
        planner.online(streamId);
        ExamSlot slot = planner.slotOf(streamId, slotId);
        Instant now = common.clock().instant();
        SlotEdit model = new SlotEdit(streamId, slotId, heading(viewer, stream), times.slotName(slot), slot.started(now),
                times.isoDate(slot.startsAt()), times.isoTime(slot.startsAt()), times.isoTime(slot.endsAt()));
        return View.of("online-attestation/staff-slot-edit", "online-attestation.staff.slot.editTitle", model);
    }

    @POST
    @Path("streams/{id: \\d{1,18}}/slots/{slot: \\d{1,18}}")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response edit(@PathParam("id") long streamId, @PathParam("slot") long slotId,
                         @FormParam("date") String date, @FormParam("start") String start,
                         @FormParam("end") String end, @Context Viewer viewer) {
        try {
            planner.editSlot(viewer, streamId, slotId, date, start, end);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> editForm(streamId, slotId, viewer));
        }
        return back(streamId, slotId);
    }

    @POST
    @Path("streams/{id: \\d{1,18}}/slots/{slot: \\d{1,18}}/delete")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response delete(@PathParam("id") long streamId, @PathParam("slot") long slotId,
                           @Context Viewer viewer) {
        try {
            planner.deleteSlot(viewer, streamId, slotId);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> page(viewer, streamId, false));
        }
        return back(streamId, null);
    }

    @POST
    @Path("streams/{id: \\d{1,18}}/slots/{slot: \\d{1,18}}/students/{student: \\d{1,18}}/delete")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response remove(@PathParam("id") long streamId, @PathParam("slot") long slotId,
                           @PathParam("student") long studentId, @Context Viewer viewer) {
        try {
            planner.removeStudent(viewer, streamId, slotId, studentId);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> page(viewer, streamId, false));
        }
        return back(streamId, slotId);
    }

    private String heading(Viewer viewer, Stream stream) {
        return common.texts().get(viewer.locale(), "online-attestation.staff.stream.heading",
                stream.discipline().in(viewer.locale()));
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw UserError.badRequest("online-attestation.staff.error.group");
        }
    }

    private static Response back(long streamId, Long slotId) {
        String to = "/online-attestation/streams/" + streamId + (slotId == null ? "" : "#slot-" + slotId);
        return Response.seeOther(URI.create(to)).build();
    }
}
