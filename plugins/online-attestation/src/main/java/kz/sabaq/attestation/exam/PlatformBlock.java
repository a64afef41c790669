package kz.sabaq.attestation.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/**
 * The slot's conference on the final control page: the platform's name, the fields this viewer may read
 * (web addresses are not shown: the join link stands for them), the join link while the platform is
 * installed, and the recordings where the slot keeps them and shows them to this viewer.
 */
public record PlatformBlock(String name, List<Field> fields, String join, List<String> recordings,
                            boolean hasRecordings) {

    /** A field of the platform's form as saved for the slot. */
    public record Field(String label, String value) {
    }

    /** Empty while the slot has no platform. */
    static Optional<PlatformBlock> of(Opened exam, Locale locale, ConferenceForm form,
                                      Conferences conferences, Translations texts, ExamMapper store) {
        ExamSlot slot = exam.slot();
        if (slot.platform() == null || slot.platform().isBlank()) {
            return Optional.empty();
        }
        Map<String, String> values = form.parse(slot.platformValues());
        boolean recorded = slot.hasRecording() && (slot.showRecording() || !exam.student());
        String name = slot.platform();
        String join = null;
        List<Field> fields = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (ConferencePlatform platform : form.installed()) {
            if (!platform.id().equals(slot.platform())) {
                continue;
            }
            name = platform.name().in(locale);
            for (FormField f : platform.fields()) {
                String v = values.get(f.key());
                if (v != null && !v.isBlank() && f.type() != FieldType.URL && f.shownTo(!exam.student())) {
                    fields.add(new Field(texts.get(locale, f.labelKey()), v));
                }
            }
            join = conferences.joinPath(OnlineAttestationModule.ID, String.valueOf(slot.id()));
            if (recorded) {
                kept.addAll(ExamConference.recordings(platform, slot, exam.stream(), conferences, form));
            }
        }
        List<String> links = recorded ? Stream.concat(store.recordings(slot.id()).stream(), kept.stream())
                .filter(form::isWebAddress).distinct().toList() : List.of();
        return Optional.of(new PlatformBlock(name, fields, join, links, !links.isEmpty()));
    }
}
