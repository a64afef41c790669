package kz.sabaq.core.plugin;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.setting.SettingProblem;
import kz.sabaq.core.setting.Settings;

/**
 * The administrator's plugin page: what is installed and what each contributes, enabling and
 * disabling (at the next restart), and each plugin's settings as a form generated from metadata.
 */
@Path("/admin/plugins")
@Produces(MediaType.TEXT_HTML)
public final class PluginAdminResource {
    /** What the audit log says of a secret setting instead of its value. */
    private static final String SECRET_SHOWN = "***";
    private static final String SECRET_CHANGED = "*** (changed)";

    private final PluginHost host;
    private final PluginsPage page;
    private final Map<String, PluginHost.LoadedModule> loaded = new LinkedHashMap<>();
    private final PluginStates states;
    private final Settings settings;
    private final AuditLog audit;
    /** Core's own settings owners (the journal's final grade weight): edited here like a plugin's. */
    private final List<String> coreOwners;

    public PluginAdminResource(PluginHost host, List<PluginHost.LoadedModule> modules, PluginStates states,
                               Settings settings, AuditLog audit, List<String> coreOwners, Messages messages) {
        this.page = new PluginsPage(messages);
        this.coreOwners = List.copyOf(coreOwners);
        this.host = host;
        modules.forEach(m -> loaded.put(m.module().id(), m));
        this.states = states;
        this.settings = settings;
        this.audit = audit;
    }

    @GET
    @RequiresCapability(CoreModule.ADMIN_VIEW)
    public View list(@Context Viewer viewer) {
        Language language = Language.of(viewer.locale());
        List<PluginsPage.Plugin> plugins = host.all().stream().map(p -> page.card(p, states.enabled(p.getPluginId()),
                settings.definitionsOf(p.getPluginId()).size(),
                Optional.ofNullable(loaded.get(p.getPluginId())).map(PluginHost.LoadedModule::module), language)).toList();
        List<PluginsPage.CoreSettings> core = coreOwners.stream()
                .map(id -> new PluginsPage.CoreSettings(id, id + ".settings")).toList();
        return View.of("core/plugins", "core.plugins.title",
                new PluginsPage.Model(plugins, core, viewer.can(CoreModule.ADMIN_EDIT)));
    }

    @POST
    @Path("{id}/state")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response choose(@PathParam("id") String id, @FormParam("enabled") String enabled, @Context Viewer viewer) {
        if (host.all().stream().noneMatch(p -> p.getPluginId().equals(id))) {
            throw UserError.notFound();
        }
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            return RefusedForm.response(UserError.badRequest("core.error.badRequest"), () -> list(viewer));
        }
        states.choose(id, Boolean.parseBoolean(enabled), viewer.userId());
        return Response.seeOther(URI.create("/admin/plugins?changed=" + id)).build();
    }

    @GET
    @Path("{id}/settings")
    @RequiresCapability(CoreModule.ADMIN_VIEW)
    public View settingsForm(@PathParam("id") String id, @Context Viewer viewer) {
        requireLoaded(id);
        Map<String, String> current = new HashMap<>();
        settings.definitionsOf(id).forEach(d -> current.put(d.key(), settings.value(id, d.key())));
        return form(id, current, false, viewer);
    }

    @POST
    @Path("{id}/settings")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response saveSettings(@PathParam("id") String id, MultivaluedMap<String, String> submitted,
                                 @Context Viewer viewer) {
        requireLoaded(id);
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField d : settings.definitionsOf(id)) {
            List<String> sent = submitted.getOrDefault(SettingsPage.FIELD + d.key(), List.of());
            String last = sent.isEmpty() ? null : sent.get(sent.size() - 1).strip();
            values.put(d.key(), d.secret() ? (last == null || last.isEmpty() ? settings.value(id, d.key()) : last)
                    : switch (d.type()) {
                        case BOOLEAN -> sent.contains("true") ? "true" : "false";
                        case MULTI_CHOICE -> String.join(",", sent);
                        default -> last;
                    });
        }
        Map<String, String> before = new HashMap<>();
        settings.definitionsOf(id).forEach(d -> before.put(d.key(), settings.value(id, d.key())));
        Map<String, String> after = new LinkedHashMap<>(values);
        for (FormField d : settings.definitionsOf(id)) {
            if (d.secret()) {
                boolean changed = !java.util.Objects.equals(before.get(d.key()), values.get(d.key()));
                before.put(d.key(), SECRET_SHOWN);
                after.put(d.key(), changed ? SECRET_CHANGED : SECRET_SHOWN);
            }
        }
        List<SettingProblem> problems = settings.save(id, values);
        if (!problems.isEmpty()) {
            List<UserError> errors = problems.stream()
                    .map(p -> new UserError(400, p.messageKey(), p.args()).on(SettingsPage.FIELD + p.key())).toList();
            return RefusedForm.response(errors, () -> form(id, values, false, viewer));
        }
        audit.record(viewer.userId(), "core.settings.changed", "plugin:" + id, Map.of("before", before, "after", after));
        return Response.ok(form(id, values, true, viewer)).build();
    }

    private void requireLoaded(String id) {
        if (!loaded.containsKey(id) && !coreOwners.contains(id)
                && (settings.definitionsOf(id).isEmpty() || !host.isStarted(id))) {
            throw UserError.notFound();
        }
    }

    private View form(String id, Map<String, String> values, boolean saved, Viewer viewer) {
        List<SettingsPage.Field> fields = new ArrayList<>();
        for (FormField d : settings.definitionsOf(id)) {
            SettingsPage.Field field = SettingsPage.field(id, d, values.get(d.key()));
            fields.add(settings.offered(id, d.key())
                    .map(c -> SettingsPage.offered(field, c, values.get(d.key()), viewer.locale())).orElse(field));
        }
        return View.of("core/plugin-settings", "core.plugins.settings", new SettingsPage.Model(id,
                coreOwners.contains(id) ? id + ".settings" : null, fields, saved, viewer.can(CoreModule.ADMIN_EDIT),
                fields.isEmpty()));
    }
}
