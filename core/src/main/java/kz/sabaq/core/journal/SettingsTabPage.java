package kz.sabaq.core.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.journal.JournalListMapper.StreamRow;

/** The settings tab's model: the final form, "to be set", then each module's checkbox and its "Go" link. */
final class SettingsTabPage {
    private final JournalSettingsEditor editor;
    private final GradingScales scales;

    SettingsTabPage(JournalSettingsEditor editor, GradingScales scales) {
        this.editor = editor;
        this.scales = scales;
    }

    /**
     * The settings tab. A field the viewer may not change is disabled; where it is locked but the form
     * is sent, a hidden field keeps its stored value ({@code keepForm}, {@code keepToBeSet}).
     *
     * @param formLocked the final form is chosen and grades depend on it
     * @param formNeeded grades are locked although no final form was chosen
     */
    record Model(List<FinalForm> forms, String currentForm, boolean storedToBeSet, boolean toBeSet, boolean notToBeSet,
                 boolean formDisabled, boolean keepForm, boolean toBeSetDisabled, boolean keepToBeSet,
                 boolean formLocked, boolean formNeeded, List<Option> options) {
    }

    /** A final form (grading scale) to choose; {@code none} is "not chosen". */
    record FinalForm(String value, boolean none, String label, boolean selected) {
    }

    /**
     * A module's option for the journal; {@code go} is the link to the module's page while the option
     * is on, or null.
     */
    record Option(String key, String labelKey, boolean checked, boolean disabled, boolean keepOn, String go) {
    }

    /**
     * @param submitted a refused form's fields, shown again instead of what is stored where the user
     *                  could change them; empty when the page shows what is stored
     */
    Model model(Viewer viewer, StreamRow journal, boolean canEdit, Map<String, String> submitted) {
        boolean locked = editor.locked(journal.id());
        boolean again = !submitted.isEmpty() && canEdit && !locked;
        String chosen = again ? submitted.getOrDefault(JournalSettingsEditor.FINAL_FORM, "")
                : journal.finalForm() == null ? "" : journal.finalForm();
        boolean toBeSet = again && submitted.containsKey(JournalSettingsEditor.TO_BE_SET)
                ? "true".equals(submitted.get(JournalSettingsEditor.TO_BE_SET)) : journal.finalGradeToBeSet();
        List<FinalForm> forms = new ArrayList<>();
        forms.add(new FinalForm("", true, "", chosen.isEmpty()));
        for (GradingScale scale : scales.all()) {
            forms.add(new FinalForm(scale.id(), false, scale.name().in(viewer.locale()), scale.id().equals(chosen)));
        }
        if (journal.finalForm() != null && scales.find(journal.finalForm()).isEmpty()) {
            // Its plugin is off: the stored id stays visible and selectable rather than silently lost.
            forms.add(new FinalForm(journal.finalForm(), false, journal.finalForm(), journal.finalForm().equals(chosen)));
        }
        List<Option> options = new ArrayList<>();
        for (JournalOption o : editor.shown(viewer, journal)) {
            boolean on = o.value(journal.id());
            boolean optionLocked = o.locked(journal.id());
            options.add(new Option(o.key(), o.labelKey(),
                    !submitted.isEmpty() && canEdit && !optionLocked ? submitted.containsKey(o.key()) : on,
                    !canEdit || optionLocked, canEdit && optionLocked && on,
                    o.goLink(journal.id()).filter(link -> on && inside(link)).orElse(null)));
        }
        boolean formOpen = journal.finalForm() == null;
        return new Model(forms, journal.finalForm() == null ? "" : journal.finalForm(), journal.finalGradeToBeSet(),
                toBeSet, !toBeSet, !canEdit || locked && !formOpen, canEdit && locked && !formOpen, !canEdit || locked,
                canEdit && locked, locked && !formOpen, locked && formOpen, options);
    }

    /** A path inside the application; anything else (another site, a script) gets no button. */
    private static boolean inside(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }
}
