package kz.sabaq.core.journal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.journal.FinalForm;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.journal.JournalListMapper.StreamRow;

/**
 * Saves a journal's settings tab: the final attestation form, whether the final control grade is
 * "to be set", and the checkboxes modules add. While any option is locked, the form, the "to be
 * set" field and the locked checkboxes stay as they are; a request changing them is refused. One
 * change stays open under a lock: choosing a form that was never chosen, because a module that sets
 * the final grade cannot grade without it and nothing graded depends on the missing form yet. For
 * the same reason the form may not be left undefined while a module sets the final grade.
 */
public final class JournalSettingsEditor {
    public static final String FINAL_FORM = "finalForm";
    public static final String TO_BE_SET = "finalGradeToBeSet";

    private final GradeTableMapper rows;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Supplier<List<JournalOption>> options;

    public JournalSettingsEditor(GradeTableMapper rows, Transactions transactions, AuditLog audit,
                                 Supplier<List<JournalOption>> options) {
        this.rows = rows;
        this.transactions = transactions;
        this.audit = audit;
        this.options = options;
    }

    public static JournalSettings settingsOf(StreamRow journal) {
        return new JournalSettings(journal.id(), journal.finalForm(), journal.finalGradeToBeSet());
    }

    /** The options this viewer is offered on this journal, in registration order. */
    public List<JournalOption> shown(Viewer viewer, StreamRow journal) {
        JournalSettings settings = settingsOf(journal);
        return options.get().stream().filter(o -> o.shown(viewer, settings)).toList();
    }

    /** True when a module has locked the final form (and its own checkbox). */
    public boolean locked(long streamId) {
        return options.get().stream().anyMatch(o -> o.locked(streamId));
    }

    public void save(Viewer viewer, StreamRow journal, Map<String, List<String>> form) {
        FinalForm finalForm = finalForm(first(form, FINAL_FORM));
        boolean toBeSet = toBeSet(first(form, TO_BE_SET));
        long streamId = journal.id();
        boolean formChanged = finalForm != journal.finalForm() || toBeSet != journal.finalGradeToBeSet();
        if (formChanged && locked(streamId) && !definesMissingForm(journal, finalForm, toBeSet)) {
            throw UserError.conflict("core-journal.error.locked").on(FINAL_FORM);
        }
        Map<JournalOption, Boolean> wanted = new LinkedHashMap<>();
        for (JournalOption o : shown(viewer, journal)) {
            boolean on = form.containsKey(o.key());
            if (on != o.value(streamId)) {
                if (o.locked(streamId)) {
                    throw UserError.conflict("core-journal.error.locked").on(o.key());
                }
                wanted.put(o, on);
            }
        }
        if (finalForm == null && options.get().stream()
                .anyMatch(o -> o.ownsFinalGrades(streamId) && !Boolean.FALSE.equals(wanted.get(o)))) {
            throw UserError.badRequest("core-journal.error.formNeeded").on(FINAL_FORM);
        }
        if (!formChanged && wanted.isEmpty()) {
            return;
        }
        JournalSettings after = new JournalSettings(streamId, finalForm, toBeSet);
        transactions.run(() -> {
            rows.lockJournal(streamId);
            rows.updateSettings(streamId, finalForm, toBeSet);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("finalFormBefore", name(journal.finalForm()));
            details.put("finalFormAfter", name(finalForm));
            details.put("toBeSetBefore", journal.finalGradeToBeSet());
            details.put("toBeSetAfter", toBeSet);
            wanted.forEach((o, on) -> {
                o.set(viewer, after, on);
                details.put(o.key(), on);
            });
            audit.record(viewer.userId(), "core.journal.settings", "stream:" + streamId, details);
        });
    }

    /** The one change a lock allows: an undefined form chosen, nothing else changed. */
    static boolean definesMissingForm(StreamRow journal, FinalForm chosen, boolean toBeSet) {
        return journal.finalForm() == null && chosen != null && toBeSet == journal.finalGradeToBeSet();
    }

    private static String name(FinalForm form) {
        return form == null ? "" : form.name();
    }

    private static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static FinalForm finalForm(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FinalForm.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw UserError.badRequest("core-journal.error.finalForm").on(FINAL_FORM);
        }
    }

    private static boolean toBeSet(String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw UserError.badRequest("core-journal.error.toBeSet").on(TO_BE_SET);
    }
}
