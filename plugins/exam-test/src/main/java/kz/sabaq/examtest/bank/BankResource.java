package kz.sabaq.examtest.bank;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.ExamTestModule;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/** The bank pages of a stream's discipline: the list with its check, writing and editing items. */
@Path("/exam-test/streams/{id}/bank")
@Produces(MediaType.TEXT_HTML)
public final class BankResource {
    private final ExamTest common;
    private final Bank bank;

    public BankResource(ExamTest common, Bank bank) {
        this.common = common;
        this.bank = bank;
    }

    @GET
    @RequiresCapability(ExamTestModule.VIEW)
    public View list(@PathParam("id") long streamId, @Context Viewer viewer) {
        Stream stream = common.courses().viewable(viewer, streamId);
        List<Item> items = bank.items(common.courses().disciplineOf(streamId));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("streamId", streamId);
        model.put("discipline", stream.discipline().in(viewer.locale()));
        model.put("canEdit", common.courses().canEdit(viewer, stream));
        model.put("count", items.size());
        model.put("byDifficulty", BankCheck.byDifficulty(items).entrySet().stream()
                .map(e -> Map.of("difficulty", e.getKey().code(), "count", e.getValue())).toList());
        List<String> findings = BankCheck.findings(items, common.settings()).stream().map(BankCheck.Finding::joined).toList();
        model.put("findings", findings);
        model.put("anyFindings", !findings.isEmpty());
        model.put("anyItems", !items.isEmpty());
        model.put("items", items.stream().map(i -> Map.of("id", i.id(), "name", i.name(), "topic", i.topic(),
                "kind", i.kind().code(), "difficulty", i.difficulty().code(), "options", i.options().size(),
                "correct", i.correctCount())).toList());
        return View.of("exam-test/bank", "exam-test.bank.title", model);
    }

    @GET
    @Path("new")
    @RequiresCapability(ExamTestModule.EDIT)
    public View newItem(@PathParam("id") long streamId, @Context Viewer viewer) {
        Stream stream = common.courses().editable(viewer, streamId);
        return form(viewer, stream, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(ExamTestModule.EDIT)
    public Response create(@PathParam("id") long streamId, MultivaluedMap<String, String> form, @Context Viewer viewer) {
        Stream stream = common.courses().editable(viewer, streamId);
        try {
            long id = bank.create(common.courses().disciplineOf(streamId), ItemForm.read(form), viewer.userId());
            return Response.seeOther(URI.create(base(streamId) + "/" + id + "?saved=1")).build();
        } catch (Bank.Mistakes m) {
            return RefusedForm.response(m.errors(), () -> form(viewer, stream, null));
        }
    }

    @GET
    @Path("{itemId}")
    @RequiresCapability(ExamTestModule.EDIT)
    public View edit(@PathParam("id") long streamId, @PathParam("itemId") long itemId, @Context Viewer viewer) {
        Stream stream = common.courses().editable(viewer, streamId);
        return form(viewer, stream, bank.item(common.courses().disciplineOf(streamId), itemId));
    }

    @POST
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(ExamTestModule.EDIT)
    public Response update(@PathParam("id") long streamId, @PathParam("itemId") long itemId,
                           MultivaluedMap<String, String> form, @Context Viewer viewer) {
        Stream stream = common.courses().editable(viewer, streamId);
        long discipline = common.courses().disciplineOf(streamId);
        try {
            bank.update(discipline, itemId, ItemForm.read(form), viewer.userId());
            return Response.seeOther(URI.create(base(streamId) + "/" + itemId + "?saved=1")).build();
        } catch (Bank.Mistakes m) {
            return RefusedForm.response(m.errors(), () -> form(viewer, stream, bank.item(discipline, itemId)));
        }
    }

    @POST
    @Path("{itemId}/delete")
    @RequiresCapability(ExamTestModule.EDIT)
    public Response delete(@PathParam("id") long streamId, @PathParam("itemId") long itemId, @Context Viewer viewer) {
        common.courses().editable(viewer, streamId);
        bank.delete(common.courses().disciplineOf(streamId), itemId, viewer.userId());
        return Response.seeOther(URI.create(base(streamId))).build();
    }

    @POST
    @Path("{itemId}/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresCapability(ExamTestModule.EDIT)
    public Response image(@PathParam("id") long streamId, @PathParam("itemId") long itemId,
                          @FormDataParam("image") InputStream image,
                          @FormDataParam("image") FormDataContentDisposition disposition, @Context Viewer viewer) {
        Stream stream = common.courses().editable(viewer, streamId);
        long discipline = common.courses().disciplineOf(streamId);
        try {
            if (image == null || disposition == null) {
                throw UserError.badRequest("exam-test.item.error.image").on("image");
            }
            StoredFile file = common.files().store(image, disposition.getFileName(), common.settings().imageMaxBytes());
            bank.setImage(discipline, itemId, file, viewer.userId());
        } catch (UserError e) {
            return RefusedForm.response(e, Map.of(), () -> form(viewer, stream, bank.item(discipline, itemId)));
        }
        return Response.seeOther(URI.create(base(streamId) + "/" + itemId)).build();
    }

    @POST
    @Path("{itemId}/image/delete")
    @RequiresCapability(ExamTestModule.EDIT)
    public Response removeImage(@PathParam("id") long streamId, @PathParam("itemId") long itemId, @Context Viewer viewer) {
        common.courses().editable(viewer, streamId);
        bank.removeImage(common.courses().disciplineOf(streamId), itemId, viewer.userId());
        return Response.seeOther(URI.create(base(streamId) + "/" + itemId)).build();
    }

    @GET
    @Path("{itemId}/image")
    @Produces(MediaType.WILDCARD)
    @RequiresCapability(ExamTestModule.VIEW)
    public Response downloadImage(@PathParam("id") long streamId, @PathParam("itemId") long itemId, @Context Viewer viewer) {
        common.courses().viewable(viewer, streamId);
        Item item = bank.item(common.courses().disciplineOf(streamId), itemId);
        if (item.imageKey() == null) {
            throw UserError.notFound();
        }
        return common.files().download(new StoredFile(item.imageKey(), item.imageName(), "", 0));
    }

    private View form(Viewer viewer, Stream stream, Item item) {
        int rows = Math.min(ItemForm.MAX_OPTIONS, Math.max(common.settings().optionsPerItem(),
                item == null ? 0 : item.options().size()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("streamId", stream.id());
        model.put("discipline", stream.discipline().in(viewer.locale()));
        model.put("isNew", item == null);
        model.put("itemId", item == null ? "" : item.id());
        model.put("kindSingle", item == null || item.kind() == ItemKind.SINGLE);
        model.put("topic", item == null ? "" : item.topic());
        model.put("name", item == null ? "" : item.name());
        model.put("text", item == null ? "" : item.text());
        model.put("difficulties", java.util.Arrays.stream(Difficulty.values()).map(d -> Map.of("code", d.code(),
                "selected", item != null && item.difficulty() == d)).toList());
        model.put("image", item == null || item.imageKey() == null ? "" : item.imageName());
        model.put("options", java.util.stream.IntStream.rangeClosed(1, rows).mapToObj(n -> {
            Option o = item != null && n <= item.options().size() ? item.options().get(n - 1) : null;
            return Map.of("n", n, "text", o == null ? "" : o.text(), "correct", o != null && o.correct());
        }).toList());
        return View.of("exam-test/item", item == null ? "exam-test.item.newTitle" : "exam-test.item.editTitle", model);
    }

    private static String base(long streamId) {
        return "/exam-test/streams/" + streamId + "/bank";
    }
}
