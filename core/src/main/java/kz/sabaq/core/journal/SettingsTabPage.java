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

    Map<String, Object> model(Viewer viewer, StreamRow journal, boolean canEdit) {
        boolean locked = editor.locked(journal.id());
        List<Map<String, Object>> forms = new ArrayList<>();
        forms.add(Map.of("value", "", "labelKey", "core-journal.form.none", "selected", journal.finalForm() == null));
        for (FinalForm f : FinalForm.values()) {
            forms.add(Map.of("value", f.name(), "labelKey", "core-journal.form." + f.name(),
                    "selected", f == journal.finalForm()));
        }
        List<Map<String, Object>> options = new ArrayList<>();
        for (JournalOption o : editor.shown(viewer, journal)) {
            boolean on = o.value(journal.id());
            boolean optionLocked = o.locked(journal.id());
            Map<String, Object> m = new HashMap<>();
            m.put("key", o.key());
            m.put("labelKey", o.labelKey());
            m.put("checked", on);
            m.put("disabled", !canEdit || optionLocked);
            m.put("keepOn", canEdit && optionLocked && on);
            o.goLink(journal.id()).filter(link -> on && link.startsWith("/")).ifPresent(link -> m.put("go", link));
            options.add(m);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("forms", forms);
        model.put("currentForm", journal.finalForm() == null ? "" : journal.finalForm().name());
        model.put("toBeSet", journal.finalGradeToBeSet());
        model.put("notToBeSet", !journal.finalGradeToBeSet());
        model.put("formDisabled", !canEdit || locked);
        model.put("keepForm", canEdit && locked);
        model.put("formLocked", locked);
        model.put("options", options);
        return model;
    }
}
