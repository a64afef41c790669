package kz.sabaq.core.journal;

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
import java.util.HashMap;
import java.util.Map;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.journal.JournalListMapper.StreamRow;

/** {@code /journal/{id}}: a stream's grade table and its settings tab; both save with a POST. */
@Path("/journal/{id: \\d+}")
@Produces(MediaType.TEXT_HTML)
public final class JournalResource {
    private final JournalList journals;
    private final JournalAccess access;
    private final GradeBook grades;
    private final JournalSettingsEditor settings;
    private final JournalPage page;

    public JournalResource(JournalList journals, JournalAccess access, GradeBook grades,
                           JournalSettingsEditor settings, JournalPage page) {
        this.journals = journals;
        this.access = access;
        this.grades = grades;
        this.settings = settings;
        this.page = page;
    }

    @GET
    @RequiresCapability(JournalAccess.VIEW)
    public View show(@PathParam("id") long id, @QueryParam("tab") String tab, @QueryParam("saved") String saved,
                     @Context Viewer viewer) {
        return page.render(viewer, journals.viewable(viewer, id), tab, Map.of(), saved != null);
    }

    @POST
    @Path("grades")
    @RequiresCapability(JournalAccess.EDIT)
    public Response saveGrades(@PathParam("id") long id, MultivaluedMap<String, String> form,
                               @Context Viewer viewer) {
        StreamRow journal = editable(viewer, id);
        try {
            grades.save(viewer, journal, GradeEdit.of(form));
        } catch (UserError e) {
            Map<String, String> typed = new HashMap<>();
            form.forEach((k, v) -> {
                if (k.startsWith(GradeEdit.VALUE) && v.size() == 1) {
                    typed.put(k, v.get(0));
                }
            });
            return RefusedForm.response(page.readable(e, viewer), () -> page.render(viewer, journal, null, typed, false));
        }
        return Response.seeOther(URI.create("/journal/" + id + "?saved=1")).build();
    }

    @POST
    @Path("settings")
    @RequiresCapability(JournalAccess.EDIT)
    public Response saveSettings(@PathParam("id") long id, MultivaluedMap<String, String> form,
                                 @Context Viewer viewer) {
        StreamRow journal = editable(viewer, id);
        try {
            settings.save(viewer, journal, form);
        } catch (UserError e) {
            StreamRow now = journals.viewable(viewer, id);
            Map<String, String> chosen = new HashMap<>();
            form.forEach((k, v) -> {
                if (!k.equals("_csrf") && v.size() == 1) {
                    chosen.put(k, v.get(0));
                }
            });
            return RefusedForm.response(e, () -> page.render(viewer, now, JournalPage.SETTINGS_TAB, chosen, false));
        }
        return Response.seeOther(URI.create("/journal/" + id + "?tab=settings&saved=1")).build();
    }

    private StreamRow editable(Viewer viewer, long id) {
        StreamRow journal = journals.viewable(viewer, id);
        if (!access.canEdit(viewer, journal.stream())) {
            throw UserError.forbidden();
        }
        return journal;
    }
}
