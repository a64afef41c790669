package kz.sabaq.api.module;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.setting.SettingRefusal;
import org.pf4j.ExtensionPoint;

/**
 * A licensable feature: what it declares (role modules, settings, menu) and how it wires itself.
 * Core's own features (journal, academic records, administration, account) are modules too, built
 * into the application and started first. Every module goes through the same phases, in dependency
 * order: its declarations are read, then {@link #wire} runs, then, once every module is wired,
 * {@link #started}; only then does the server answer requests.
 *
 * <p>Example:
 * <pre>{@code
 * @Extension
 * public class AnnouncementsModule implements LmsModule {
 *   public String id() { return "announcements"; }
 *   public List<MenuEntry> menu() {
 *     return List.of(new MenuEntry("announcements.menu", "/announcements", "announcements:read", 50));
 *   }
 *   public void wire(ModuleWiring w) {
 *     var board = new Board(w.mapper(AnnouncementMapper.class), w.clock());
 *     w.resource(new AnnouncementResource(board));
 *   }
 * }
 * }</pre>
 */
public interface LmsModule extends ExtensionPoint {

    /** The plugin id; also the i18n bundle name, template folder and migration folder. */
    String id();

    /** Short table prefix, e.g. {@code att}; the module's tables are named {@code att_*}. */
    default String tablePrefix() {
        return id();
    }

    /** Units a role editor can add to a role, each with read/edit mode and extended rights. */
    default List<RoleModule> roleModules() {
        return List.of();
    }

    /** Settings the institution configures; the admin form is generated from this metadata. */
    default List<FormField> settings() {
        return List.of();
    }

    /**
     * Refuses settings that are valid one by one but not as the module reads them together (a
     * difficulty mix whose shares do not add up to 100). Core asks before it saves the administrator's
     * form, all values or none, with the refusal beside its field and what was typed kept; and at start
     * for the profile's values, where a refusal stops the start. A grading scale has the same hook.
     *
     * @param values every setting of the module as it would be after the save, by key
     */
    default List<SettingRefusal> refuse(Map<String, String> values) {
        return List.of();
    }

    default List<MenuEntry> menu() {
        return List.of();
    }

    /**
     * i18n bundles of the module, each {@code i18n/<bundle>_<lang>.properties}; a large module may
     * keep one per feature.
     */
    default List<String> bundles() {
        return List.of(id());
    }

    /**
     * The path every route of the module lies under, declared once: {@code /<id>} unless the
     * module says otherwise. Registering a resource whose {@code @Path} is outside it stops the
     * start with an error naming both.
     */
    default String root() {
        return "/" + id();
    }

    /**
     * Paths the module answered at before, each to the path under {@link #root()} that replaced
     * it, e.g. {@code "/attend" -> "/attendance-qr/check-in"}. Core answers a request under a moved
     * path with 308 Permanent Redirect to the same place under the new one (method, body, rest of
     * the path and query kept), so printed QR codes and bookmarks keep working.
     */
    default Map<String, String> movedPaths() {
        return Map.of();
    }

    /** Flyway location inside the plugin jar; migrations run with the plugin's own history table. */
    default String migrationLocation() {
        return "db/migration/" + id();
    }

    /** Creates the module's services with {@code new} and registers its resources, mappers and jobs. */
    void wire(ModuleWiring wiring);

    /**
     * Called once every module is wired, before the server answers its first request (Keycloak's
     * {@code postInit}): the place for work that needs what modules wired later published, such as
     * checking that a collaborator is present. Does nothing unless a module overrides it.
     */
    default void started(StartedModules modules) {
    }

    /**
     * Loads the module's part of a demo institution, once: when {@code ./sabaq run} loads the demo
     * into an empty database, after core has loaded the data set's people and academic structure;
     * modules are asked in wiring order, each after it was wired and started. A module keeps its
     * demo files in its own jar (e.g. {@code demo/<dataSet>/<id>/}) and writes them through its own
     * services, never core's tables.
     * Does nothing unless a module overrides it; a data set the module has no files for is skipped.
     *
     * <pre>{@code
     * public void loadDemo(DemoData demo) {
     *     read("demo/" + demo.dataSet() + "/announcements/board.csv").ifPresent(csv ->
     *             board.post(demo.user(csv.author()).orElseThrow(), csv.text()));
     * }
     * }</pre>
     */
    default void loadDemo(DemoData demo) {
    }
}
