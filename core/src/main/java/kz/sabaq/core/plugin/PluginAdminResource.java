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
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.setting.SettingProblem;
import kz.sabaq.core.setting.Settings;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The administrator's plugin page: what is installed and what each contributes, enabling and
 * disabling (at the next restart), and each plugin's settings as a form generated from metadata.
 */
@Path("/admin/plugins")
@Produces(MediaType.TEXT_HTML)
public final class PluginAdminResource {
    private static final String FIELD = "s.";
    /** What the audit log says of a secret setting instead of its value. */
    private static final String SECRET_SHOWN = "***";
    private static final String SECRET_CHANGED = "*** (changed)";

    private final PluginHost host;
    private final Map<String, PluginHost.LoadedModule> loaded = new LinkedHashMap<>();
    private final PluginStates states;
    private final Settings settings;
    private final AuditLog audit;
    /** Core's own settings owners (the journal's final grade weight): edited here like a plugin's. */
    private final List<String> coreOwners;

    public PluginAdminResource(PluginHost host, List<PluginHost.LoadedModule> modules, PluginStates states,
                               Settings settings, AuditLog audit, List<String> coreOwners) {
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
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PluginWrapper p : host.all()) {
            boolean running = p.getPluginState() == PluginState.STARTED;
            boolean chosen = states.enabled(p.getPluginId());
            Map<String, Object> row = new HashMap<>();
            row.put("id", p.getPluginId());
            row.put("version", p.getDescriptor().getVersion());
            row.put("description", p.getDescriptor().getPluginDescription());
            row.put("running", running);
            row.put("failed", p.getPluginState() == PluginState.FAILED);
            row.put("chosen", chosen);
            row.put("pendingRestart", chosen != running);
            row.put("dependencies", p.getDescriptor().getDependencies().stream().map(d -> d.getPluginId()).toList());
            // A plugin that only adds extensions (a grading scale) may have settings too.
            row.put("settingsCount", settings.definitionsOf(p.getPluginId()).size());
            // A plugin without a module (a grading scale) lists nothing, rather than the layout's keys.
            row.put("roleModules", List.of());
            row.put("menu", List.of());
            PluginHost.LoadedModule m = loaded.get(p.getPluginId());
            if (m != null) {
                row.put("roleModules", m.module().roleModules().stream().map(r -> r.labelKey()).toList());
                row.put("capabilities", m.module().roleModules().stream().mapToInt(r -> r.capabilities().size()).sum());
                row.put("menu", m.module().menu().stream().map(e -> e.labelKey()).toList());
            }
            rows.add(row);
        }
        List<Map<String, Object>> core = coreOwners.stream()
                .map(id -> Map.<String, Object>of("id", id, "labelKey", id + ".settings")).toList();
        return View.of("core/plugins", "core.plugins.title", Map.of(
                "plugins", rows, "core", core, "canEdit", viewer.can(CoreModule.ADMIN_EDIT)));
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
            List<String> sent = submitted.getOrDefault(FIELD + d.key(), List.of());
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
                    .map(p -> new UserError(400, p.messageKey(), p.args()).on(FIELD + p.key())).toList();
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
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FormField d : settings.definitionsOf(id)) {
            Map<String, Object> field = SettingField.of(id, d, values.get(d.key()));
            settings.offered(id, d.key()).ifPresent(c -> SettingField.offer(field, c, values.get(d.key()), viewer.locale()));
            fields.add(field);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("pluginId", id);
        if (coreOwners.contains(id)) {
            model.put("coreTitleKey", id + ".settings");
        }
        model.put("fields", fields);
        model.put("saved", saved);
        model.put("canEdit", viewer.can(CoreModule.ADMIN_EDIT));
        model.put("empty", fields.isEmpty());
        return View.of("core/plugin-settings", "core.plugins.settings", model);
    }

    /** One generated form field; the template picks the control by the type flags. */
    static final class SettingField {
        static Map<String, Object> of(String moduleId, FormField d, String value) {
            Map<String, Object> f = new HashMap<>();
            String labelKey = d.labelKey() != null ? d.labelKey() : moduleId + ".setting." + d.key();
            f.put("name", FIELD + d.key());
            f.put("id", "setting-" + d.key());
            f.put("labelKey", labelKey);
            boolean secret = d.secret();
            f.put("value", value == null || secret ? "" : value);
            f.put("kept", secret && value != null && !value.isBlank());
            f.put("default", d.defaultValue());
            f.put(secret ? "secret" : d.type().name().toLowerCase(), true);
            f.put("number", d.type() == FieldType.INTEGER || d.type() == FieldType.DECIMAL);
            f.put("step", d.type() == FieldType.DECIMAL ? "any" : "1");
            f.put("min", d.min());
            f.put("max", d.max());
            f.put("checked", "true".equals(value));
            List<String> chosen = value == null ? List.of() : List.of(value.split(","));
            List<Map<String, Object>> options = new ArrayList<>();
            for (String v : d.allowedValues()) {
                options.add(Map.of("value", v, "labelKey", labelKey + "." + v, "selected", chosen.contains(v)));
            }
            f.put("options", options);
            return f;
        }

        /**
         * A text setting offered as a choice known at wiring: a select of the choices' names, the
         * saved value kept (marked as not started) when it names none of them.
         */
        static void offer(Map<String, Object> f, Map<String, LocalizedName> choices, String value, Locale locale) {
            f.put("text", false);
            f.put("choice", true);
            List<Map<String, Object>> options = new ArrayList<>();
            if (value != null && !choices.containsKey(value)) {
                options.add(Map.of("value", value, "label", value, "missing", true, "selected", true));
            }
            choices.forEach((v, name) -> options.add(Map.of("value", v, "label", name.in(locale), "missing", false,
                    "selected", v.equals(value))));
            f.put("options", options);
        }

        private SettingField() {
        }
    }
}
