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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

    /** The bank page: the count by difficulty, what the check finds, the items. */
    public record ListModel(long streamId, String discipline, boolean canEdit, int count,
                            List<DifficultyCount> byDifficulty, List<String> findings, boolean anyFindings,
                            boolean anyItems, List<Listed> items) {
    }

    /** How many items of the bank have one difficulty. */
    public record DifficultyCount(String difficulty, int count) {
    }

    /** One item in the bank's table; {@code options} counts its options, {@code correct} the correct ones. */
    public record Listed(long id, String name, String topic, String kind, String difficulty, int options,
                         long correct) {
    }

    /** The item form, new or editing; {@code itemId} is empty for a new item, {@code image} the picture's name. */
    public record FormModel(long streamId, String discipline, boolean isNew, String itemId, boolean kindSingle,
                            String topic, String name, String text, List<DifficultyChoice> difficulties,
                            String image, List<OptionField> options) {
    }

    /** A difficulty the form offers, selected when it is the item's. */
    public record DifficultyChoice(String code, boolean selected) {
    }

    /** The form's option row {@code n}: its text and whether it is marked correct. */
    public record OptionField(int n, String text, boolean correct) {
    }

    @GET
    @RequiresCapability(ExamTestModule.VIEW)
    public View list(@PathParam("id") long streamId, @Context Viewer viewer) {
        Stream stream = common.courses().viewable(viewer, streamId);
        List<Item> items = bank.items(common.courses().disciplineOf(streamId));
        List<DifficultyCount> byDifficulty = BankCheck.byDifficulty(items).entrySet().stream()
                .map(e -> new DifficultyCount(e.getKey().code(), e.getValue())).toList();
        List<String> findings = BankCheck.findings(items, common.settings()).stream().map(BankCheck.Finding::joined).toList();
        List<Listed> listed = items.stream().map(i -> new Listed(i.id(), i.name(), i.topic(), i.kind().code(),
                i.difficulty().code(), i.options().size(), i.correctCount())).toList();
        return View.of("exam-test/bank", "exam-test.bank.title", new ListModel(streamId,
                stream.discipline().in(viewer.locale()), common.courses().canEdit(viewer, stream), items.size(),
                byDifficulty, findings, !findings.isEmpty(), !items.isEmpty(), listed));
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
        List<DifficultyChoice> difficulties = Arrays.stream(Difficulty.values())
                .map(d -> new DifficultyChoice(d.code(), item != null && item.difficulty() == d)).toList();
        List<OptionField> options = IntStream.rangeClosed(1, rows).mapToObj(n -> {
            Option o = item != null && n <= item.options().size() ? item.options().get(n - 1) : null;
            return new OptionField(n, o == null ? "" : o.text(), o != null && o.correct());
        }).toList();
        FormModel model = new FormModel(stream.id(), stream.discipline().in(viewer.locale()), item == null,
                item == null ? "" : String.valueOf(item.id()), item == null || item.kind() == ItemKind.SINGLE,
                item == null ? "" : item.topic(), item == null ? "" : item.name(), item == null ? "" : item.text(),
                difficulties, item == null || item.imageKey() == null ? "" : item.imageName(), options);
        return View.of("exam-test/item", item == null ? "exam-test.item.newTitle" : "exam-test.item.editTitle", model);
    }

    private static String base(long streamId) {
        return "/exam-test/streams/" + streamId + "/bank";
    }
}
