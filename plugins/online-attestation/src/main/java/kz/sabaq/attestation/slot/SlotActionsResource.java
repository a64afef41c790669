package kz.sabaq.attestation.slot;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.Sitting;

/**
 * The dialogs of a slot's actions (spec §8) at {@code /online-attestation/slots/{id}/actions/…}: each GET shows the
 * dialog only when the action is offered, each POST checks the same conditions again, then returns
 * to the slot's tab on the stream page.
 */
@Path("/online-attestation/slots/{id: \\d{1,18}}/actions")
@Produces(MediaType.TEXT_HTML)
public final class SlotActionsResource {
    private static final String PREFIX = "online-attestation-slot.";

    private final Slots slots;
    private final Platforms platforms;

    public SlotActionsResource(Slots slots, Platforms platforms) {
        this.slots = slots;
        this.platforms = platforms;
    }

    /** The buttons the slot's tab shows to this viewer: {"actions":[{"label","href","enabled"}]}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresCapability(OnlineAttestationModule.VIEW)
    public Map<String, Object> offered(@PathParam("id") long id, @Context Viewer viewer) {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (SlotActions.Offered o : slots.offered(slots.situation(viewer, id))) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("label", o.labelKey());
            action.put("href", o.href());
            action.put("enabled", o.enabled());
            actions.add(action);
        }
        return Map.of("actions", actions);
    }

    @GET
    @Path("notify")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View notifyDialog(@PathParam("id") long id, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        Slots.require(s.notification());
        SlotDialogs.Notify model = new SlotDialogs.Notify(s.slot().id(), discipline(viewer, s), slots.when(s), tab(s),
                s.sittings().size());
        return View.of("online-attestation/slot-notify", PREFIX + "notify", model);
    }

    @POST
    @Path("notify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response sendNotification(@PathParam("id") long id, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        return RefusedForm.attempt(() -> {
            slots.sendNotification(viewer, s);
            return back(s);
        }, () -> notifyDialog(id, viewer));
    }

    @GET
    @Path("generate")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View generateDialog(@PathParam("id") long id, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        Slots.require(s.generate());
        return students(viewer, s, "generate", x -> !x.hasTicket() && slots.admitted(x), false);
    }

    @POST
    @Path("generate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response generate(@PathParam("id") long id, @FormParam("student") List<Long> students, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        return RefusedForm.attempt(() -> {
            slots.generate(viewer, s, students);
            return back(s);
        }, () -> generateDialog(id, viewer));
    }

    @GET
    @Path("place")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View placeDialog(@PathParam("id") long id, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        Slots.require(s.place());
        return students(viewer, s, "place", x -> Situation.placeable(x) && slots.admitted(x), false);
    }

    @POST
    @Path("place")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response place(@PathParam("id") long id, @FormParam("student") List<Long> students, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        return RefusedForm.attempt(() -> {
            slots.place(viewer, s, students);
            return back(s);
        }, () -> placeDialog(id, viewer));
    }

    @GET
    @Path("cancel")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View cancelDialog(@PathParam("id") long id, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        Slots.require(s.cancel());
        return students(viewer, s, "cancel", Situation::cancellable, false);
    }

    /** "Save" asks for confirmation first: the first post shows it, the confirmed one cancels. */
    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response cancel(@PathParam("id") long id, @FormParam("student") List<Long> students,
                           @FormParam("confirmed") boolean confirmed, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        if (!confirmed) {
            Slots.require(s.cancel());
            View view = students(viewer, s, "cancel", x -> Situation.cancellable(x) && students.contains(x.studentId()), true);
            return Response.ok(view).build();
        }
        return RefusedForm.attempt(() -> {
            slots.cancel(viewer, s, students);
            return back(s);
        }, () -> cancelDialog(id, viewer));
    }

    @GET
    @Path("send")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View sendDialog(@PathParam("id") long id, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        Slots.require(s.send());
        return students(viewer, s, "send", x -> Situation.sendable(x) && slots.admitted(x), false);
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response send(@PathParam("id") long id, @FormParam("student") List<Long> students, @FormParam("all") boolean all,
                         @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        return RefusedForm.attempt(() -> {
            slots.send(viewer, s, students, all);
            return back(s);
        }, () -> sendDialog(id, viewer));
    }

    @GET
    @Path("platform")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View platformDialog(@PathParam("id") long id, @QueryParam("platform") String chosen, @Context Viewer viewer) {
        Situation s = slots.editable(viewer, id);
        Slots.require(s.platform());
        ConferenceForm form = platforms.form();
        List<ConferencePlatform> installed = form.installed();
        String current = chosen != null ? chosen : s.slot().platform() != null ? s.slot().platform()
                : installed.isEmpty() ? null : installed.get(0).id();
        Map<String, String> saved = current != null && current.equals(s.slot().platform())
                ? platforms.form().parse(s.slot().platformValues()) : Map.of();
        List<String> kept = s.slot().platform() != null && s.slot().hasRecording() ? platforms.platformRecordings(s)
                : List.of();
        SlotDialogs.Platform model = new SlotDialogs.Platform(s.slot().id(), discipline(viewer, s), slots.when(s), tab(s),
                form.choices(current, viewer.locale()), current, !installed.isEmpty(),
                form.platform(current).map(p -> platforms.form().fields(p, saved)).orElse(List.of()),
                s.slot().platform() != null,
                platforms.overload(s).map(o -> new SlotDialogs.Overload(form.platform(s.slot().platform())
                        .map(p -> p.name().in(viewer.locale())).orElse(s.slot().platform()), o.peak(), o.capacity()))
                        .orElse(null),
                s.slot().platform() == null ? null
                        : new SlotDialogs.End(platforms.endPath(id), "/online-attestation/slots/" + id + "/actions/platform"),
                s.slot().hasRecording(), s.slot().showRecording(),
                slots.rows().recordings(id).stream().map(r -> new SlotDialogs.Recording(r.id(), r.url())).toList(),
                kept, !kept.isEmpty());
        return View.of("online-attestation/slot-platform", PREFIX + "platform", model);
    }

    @POST
    @Path("platform")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response savePlatform(@PathParam("id") long id, MultivaluedMap<String, String> form, @Context Viewer viewer) {
        String platform = form.getFirst("platform");
        return RefusedForm.attempt(() -> {
            platforms.save(viewer, id, platform, platforms.form().submitted(form));
            return platformPage(id);
        }, () -> platformDialog(id, platform, viewer));
    }

    @POST
    @Path("recordings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response recordingFlags(@PathParam("id") long id, @FormParam("hasRecording") boolean has,
                                   @FormParam("showRecording") boolean show, @Context Viewer viewer) {
        return RefusedForm.attempt(() -> {
            platforms.saveRecordingFlags(viewer, id, has, show);
            return platformPage(id);
        }, () -> platformDialog(id, null, viewer));
    }

    @POST
    @Path("recordings/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response addRecording(@PathParam("id") long id, @FormParam("url") String url, @Context Viewer viewer) {
        return RefusedForm.attempt(() -> {
            platforms.addRecording(viewer, id, url);
            return platformPage(id);
        }, () -> platformDialog(id, null, viewer));
    }

    @POST
    @Path("recordings/{recording: \\d{1,18}}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response deleteRecording(@PathParam("id") long id, @PathParam("recording") long recording,
                                    @Context Viewer viewer) {
        return RefusedForm.attempt(() -> {
            platforms.deleteRecording(viewer, id, recording);
            return platformPage(id);
        }, () -> platformDialog(id, null, viewer));
    }

    private static String discipline(Viewer viewer, Situation s) {
        return s.stream().discipline().in(viewer.locale());
    }

    private View students(Viewer viewer, Situation s, String action, Predicate<Sitting> which, boolean confirming) {
        List<SlotDialogs.Student> listed = slots.students(s, which).stream()
                .map(st -> new SlotDialogs.Student(st.userId(), st.displayName(), st.groupCode())).toList();
        SlotDialogs.Students model = new SlotDialogs.Students(s.slot().id(), action, discipline(viewer, s), slots.when(s),
                tab(s), listed, PREFIX + action + ".title", PREFIX + action + ".submit", confirming, "send".equals(action));
        return View.of("online-attestation/slot-students", PREFIX + action + ".title", model);
    }

    private static Response platformPage(long id) {
        return Response.seeOther(URI.create("/online-attestation/slots/" + id + "/actions/platform")).build();
    }

    /** Back to the slot's tab on its stream's page. */
    private static Response back(Situation s) {
        return Response.seeOther(URI.create(tab(s))).build();
    }

    private static String tab(Situation s) {
        return "/online-attestation/streams/" + s.stream().id() + "#slot-" + s.slot().id();
    }
}
