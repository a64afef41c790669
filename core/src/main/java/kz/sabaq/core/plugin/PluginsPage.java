package kz.sabaq.core.plugin;

import java.util.List;
import java.util.Optional;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The administrator's list of plugins: each under its name and description in the viewer's language
 * ({@code <id>.name} and {@code <id>.description} in the plugin's own bundle), with its version,
 * its state and what its module contributes.
 */
public final class PluginsPage {
    private final Messages messages;

    PluginsPage(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param plugins  every installed plugin
     * @param core     core's own settings owners, edited here like a plugin's
     * @param canEdit  whether the viewer may enable and disable plugins
     */
    public record Model(List<Plugin> plugins, List<CoreSettings> core, boolean canEdit) {
    }

    /**
     * One plugin. {@code descriptionLang} is {@code en} where the description is the descriptor's own,
     * untranslated text, and null where the plugin's bundle has it in the page's language.
     * A plugin without a module (a grading scale) contributes no role modules and no menu entries.
     */
    record Plugin(String id, String name, String description, String descriptionLang, String version, State state,
                  boolean chosen, boolean pendingRestart, List<String> roleModules, int capabilities,
                  List<String> menu, int settingsCount) {
        public boolean running() {
            return state == State.RUNNING;
        }

        public boolean failed() {
            return state == State.FAILED;
        }

        /** The state as the page's {@code data-state} names it. */
        public String stateName() {
            return state.name().toLowerCase();
        }
    }

    enum State { RUNNING, FAILED, OFF }

    /** Core's own settings (the journal's final grade weight): a card with a link to its form. */
    record CoreSettings(String id, String labelKey) {
    }

    /**
     * The plugin's name: {@code <id>.name} in its bundle, else the name its module goes by in the
     * menu or the role editor, else its id.
     */
    private String nameKey(String id, Optional<LmsModule> module) {
        if (messages.has(id + ".name")) {
            return id + ".name";
        }
        return module.flatMap(m -> m.menu().stream().map(e -> e.labelKey()).findFirst()
                        .or(() -> m.roleModules().stream().map(r -> r.labelKey()).findFirst()))
                .filter(messages::has).orElse(id);
    }

    /**
     * @param chosen        whether the plugin is to run after the next restart
     * @param settingsCount how many settings it has; a plugin without a module (a grading scale) may have some
     * @param module        its module, if it has one
     */
    Plugin card(PluginWrapper p, boolean chosen, int settingsCount, Optional<LmsModule> module, Language language) {
        String id = p.getPluginId();
        State state = switch (p.getPluginState()) {
            case STARTED -> State.RUNNING;
            case FAILED -> State.FAILED;
            default -> State.OFF;
        };
        Optional<String> translated = messages.find(language, id + ".description");
        return new Plugin(id, messages.get(language, nameKey(id, module)),
                translated.orElse(p.getDescriptor().getPluginDescription()), translated.isPresent() ? null : "en",
                p.getDescriptor().getVersion(), state, chosen, chosen != (p.getPluginState() == PluginState.STARTED),
                module.map(m -> m.roleModules().stream().map(r -> r.labelKey()).toList()).orElse(List.of()),
                module.map(m -> m.roleModules().stream().mapToInt(r -> r.capabilities().size()).sum()).orElse(0),
                module.map(m -> m.menu().stream().map(e -> e.labelKey()).toList()).orElse(List.of()), settingsCount);
    }
}
