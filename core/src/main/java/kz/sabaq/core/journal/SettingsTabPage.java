package kz.sabaq.core.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.journal.FinalForm;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.journal.JournalListMapper.StreamRow;

/** The settings tab's model: the final form, "to be set", then each module's checkbox and its "Go" link. */
final class SettingsTabPage {
    private final JournalSettingsEditor editor;

    SettingsTabPage(JournalSettingsEditor editor) {
        this.editor = editor;
    }

    /**
     * @param submitted a refused form's fields, shown again instead of what is stored where the user
     *                  could change them; empty when the page shows what is stored
     */
    Map<String, Object> model(Viewer viewer, StreamRow journal, boolean canEdit, Map<String, String> submitted) {
        boolean locked = editor.locked(journal.id());
        boolean again = !submitted.isEmpty() && canEdit && !locked;
        String chosen = again ? submitted.getOrDefault(JournalSettingsEditor.FINAL_FORM, "")
                : journal.finalForm() == null ? "" : journal.finalForm().name();
        boolean toBeSet = again && submitted.containsKey(JournalSettingsEditor.TO_BE_SET)
                ? "true".equals(submitted.get(JournalSettingsEditor.TO_BE_SET)) : journal.finalGradeToBeSet();
        List<Map<String, Object>> forms = new ArrayList<>();
        forms.add(Map.of("value", "", "labelKey", "core-journal.form.none", "selected", chosen.isEmpty()));
        for (FinalForm f : FinalForm.values()) {
            forms.add(Map.of("value", f.name(), "labelKey", "core-journal.form." + f.name(),
                    "selected", f.name().equals(chosen)));
        }
        List<Map<String, Object>> options = new ArrayList<>();
        for (JournalOption o : editor.shown(viewer, journal)) {
            boolean on = o.value(journal.id());
            boolean optionLocked = o.locked(journal.id());
            Map<String, Object> m = new HashMap<>();
            m.put("key", o.key());
            m.put("labelKey", o.labelKey());
            m.put("checked", !submitted.isEmpty() && canEdit && !optionLocked ? submitted.containsKey(o.key()) : on);
            m.put("disabled", !canEdit || optionLocked);
            m.put("keepOn", canEdit && optionLocked && on);
            o.goLink(journal.id()).filter(link -> on && inside(link)).ifPresent(link -> m.put("go", link));
            options.add(m);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("forms", forms);
        model.put("currentForm", journal.finalForm() == null ? "" : journal.finalForm().name());
        model.put("storedToBeSet", journal.finalGradeToBeSet());
        model.put("toBeSet", toBeSet);
        model.put("notToBeSet", !toBeSet);
        boolean formOpen = journal.finalForm() == null;
        model.put("formDisabled", !canEdit || locked && !formOpen);
        model.put("keepForm", canEdit && locked && !formOpen);
        model.put("toBeSetDisabled", !canEdit || locked);
        model.put("keepToBeSet", canEdit && locked);
        model.put("formLocked", locked && !formOpen);
        model.put("formNeeded", locked && formOpen);
        model.put("options", options);
        return model;
    }

    /** A path inside the application; anything else (another site, a script) gets no button. */
    private static boolean inside(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }
}
