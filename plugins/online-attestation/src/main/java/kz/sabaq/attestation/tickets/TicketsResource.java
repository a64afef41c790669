package kz.sabaq.attestation.tickets;

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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.AcademicPeriod;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.UploadedName;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * "Tickets for discipline {name}" (spec §7): the number of tickets, the tickets' questions and
 * files, and copying tickets to other streams. Read mode sees the page; edit mode changes it.
 */
@Path("/online-attestation/streams/{id: \\d{1,18}}/tickets")
@Produces(MediaType.TEXT_HTML)
public final class TicketsResource {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Attestation common;
    private final Tickets tickets;
    private final TicketCopies copies;

    public TicketsResource(Attestation common, Tickets tickets, TicketCopies copies) {
        this.common = common;
        this.tickets = tickets;
        this.copies = copies;
    }

    @GET
    @RequiresCapability(OnlineAttestationModule.VIEW)
    public View page(@PathParam("id") long id, @QueryParam("edit") String edit, @QueryParam("copied") Integer copied,
                     @Context Viewer viewer) {
        Stream stream = common.access().viewable(viewer, id);
        OnlineStream online = tickets.byTicket(id);
        boolean canEdit = common.access().canEdit(viewer, stream);
        boolean given = tickets.anyGiven(id);
        TicketBank.Summary summary = tickets.summary(id);
        List<TicketPages.Row> rows = tickets.tickets(id).stream()
                .map(t -> new TicketPages.Row(t.number(), t.body(), t.fileHref(), t.fileName(), t.entered())).toList();
        TicketPages.Bank model = new TicketPages.Bank(id, stream.discipline().in(viewer.locale()), online.ticketCount(),
                summary.entered(), summary.lastSaved() == null ? null
                        : WHEN.format(summary.lastSaved().atZone(common.academic().timeZone())),
                canEdit, canEdit && !given, canEdit && !given && "count".equals(edit),
                canEdit && !given && !tickets.free(id).isEmpty(), given, rows,
                copied == null || copied <= 0 ? null : copied, canEdit && rows.stream().anyMatch(TicketPages.Row::entered));
        return View.of("online-attestation/tickets", "online-attestation-tickets.title", model);
    }

    @POST
    @Path("count")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response saveCount(@PathParam("id") long id, @FormParam("count") String count, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        try {
            tickets.saveCount(viewer, stream, count);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> page(id, "count", null, viewer));
        }
        return back(id);
    }

    @GET
    @Path("new")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View addForm(@PathParam("id") long id, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        tickets.byTicket(id);
        List<Integer> free = tickets.free(id);
        if (free.isEmpty() || tickets.anyGiven(id)) {
            throw UserError.conflict(tickets.anyGiven(id)
                    ? "online-attestation-tickets.error.given" : "online-attestation-tickets.error.allEntered");
        }
        return form(viewer, stream, null, free);
    }

    @GET
    @Path("{number: \\d{1,4}}/edit")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View editForm(@PathParam("id") long id, @PathParam("number") int number, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        tickets.byTicket(id);
        if (tickets.anyGiven(id)) {
            throw UserError.conflict("online-attestation-tickets.error.given");
        }
        Ticket ticket = tickets.tickets(id).stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(UserError::notFound);
        return form(viewer, stream, ticket, List.of(number));
    }

    private View form(Viewer viewer, Stream stream, Ticket ticket, List<Integer> numbers) {
        TicketPages.Form model = new TicketPages.Form(stream.id(), stream.discipline().in(viewer.locale()), ticket == null,
                numbers.stream().map(TicketPages.Numbered::new).toList(), ticket == null ? null : ticket.number(),
                ticket == null ? "" : ticket.body(), ticket == null ? null : ticket.fileName(),
                ticket == null ? null : ticket.fileHref(), common.settings().fileMaxBytes() / (1024 * 1024));
        return View.of("online-attestation/ticket-form", "online-attestation-tickets.form.title", model);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response add(@PathParam("id") long id, @FormDataParam("number") String number, @FormDataParam("body") String body,
                        @FormDataParam("file") FormDataBodyPart file, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        try {
            tickets.save(viewer, stream, parseNumber(number), true, body, upload(file));
        } catch (UserError e) {
            return RefusedForm.response(e, typed(number, body), () -> addForm(id, viewer));
        }
        return back(id);
    }

    @POST
    @Path("{number: \\d{1,4}}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response edit(@PathParam("id") long id, @PathParam("number") int number, @FormDataParam("body") String body,
                         @FormDataParam("file") FormDataBodyPart file, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        try {
            tickets.save(viewer, stream, number, false, body, upload(file));
        } catch (UserError e) {
            return RefusedForm.response(e, typed(String.valueOf(number), body), () -> editForm(id, number, viewer));
        }
        return back(id);
    }

    @POST
    @Path("{number: \\d{1,4}}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response delete(@PathParam("id") long id, @PathParam("number") int number, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        try {
            tickets.delete(viewer, stream, number);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> page(id, null, null, viewer));
        }
        return back(id);
    }

    @POST
    @Path("{number: \\d{1,4}}/file/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response deleteFile(@PathParam("id") long id, @PathParam("number") int number, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        try {
            tickets.deleteFile(viewer, stream, number);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> editForm(id, number, viewer));
        }
        return Response.seeOther(URI.create("/online-attestation/streams/" + id + "/tickets/" + number + "/edit")).build();
    }

    /** Staff who see the stream, or the student holding this ticket once its questions were sent. */
    @GET
    @Path("{number: \\d{1,4}}/file")
    @Produces(MediaType.WILDCARD)
    @AnyUser
    public Response file(@PathParam("id") long id, @PathParam("number") int number, @Context Viewer viewer) {
        return tickets.files().download(tickets.file(viewer, id, number));
    }

    @GET
    @Path("copy")
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public View copyDialog(@PathParam("id") long id, @QueryParam("ticket") List<Integer> numbers,
                           @QueryParam("period") Long period, @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        tickets.byTicket(id);
        List<AcademicPeriod> periods = copies.periods();
        long chosen = period != null ? period : common.academic().periodOfStream(id).map(AcademicPeriod::id)
                .filter(p -> periods.stream().anyMatch(x -> x.id() == p))
                .orElse(periods.isEmpty() ? 0L : periods.get(0).id());
        TicketPages.Copy model = new TicketPages.Copy(id, stream.discipline().in(viewer.locale()),
                numbers.stream().distinct().sorted().map(TicketPages.Numbered::new).toList(),
                periods.stream().map(p -> new TicketPages.Period(p.id(), p.name().in(viewer.locale()), p.id() == chosen))
                        .toList(),
                chosen, copies.targets(viewer, stream, chosen).stream().map(t -> new TicketPages.Target(t.stream().id(),
                        t.stream().code(), t.students(), t.groups(), t.entered())).toList(),
                TicketCopies.newToken());
        return View.of("online-attestation/ticket-copy", "online-attestation-tickets.copy.title", model);
    }

    @POST
    @Path("copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(OnlineAttestationModule.EDIT)
    public Response copy(@PathParam("id") long id, @FormParam("period") long period, @FormParam("ticket") List<Integer> numbers,
                         @FormParam("target") List<Long> targets, @FormParam("token") String token,
                         @Context Viewer viewer) {
        Stream stream = common.access().editable(viewer, id);
        tickets.byTicket(id);
        try {
            copies.copy(viewer, stream, period, numbers, targets, token);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> copyDialog(id, numbers, period, viewer));
        }
        return Response.seeOther(URI.create("/online-attestation/streams/" + id + "/tickets?copied=" + targets.size())).build();
    }

    /** A ticket form's text fields as sent; the file cannot be shown again. */
    private static Map<String, List<String>> typed(String number, String body) {
        return Map.of("number", List.of(number == null ? "" : number), "body", List.of(body == null ? "" : body));
    }

    private static Tickets.Upload upload(FormDataBodyPart part) {
        String name = UploadedName.of(part);
        return name == null ? null : new Tickets.Upload(part.getEntityAs(InputStream.class), name);
    }

    private static int parseNumber(String number) {
        try {
            return Integer.parseInt(number == null ? "" : number.trim());
        } catch (NumberFormatException e) {
            throw UserError.badRequest("online-attestation-tickets.error.noSuchNumber", number).on("number");
        }
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/online-attestation/streams/" + id + "/tickets")).build();
    }
}
