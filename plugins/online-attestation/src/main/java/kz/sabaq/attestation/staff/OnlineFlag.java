package kz.sabaq.attestation.staff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.AttestationMapper;
import kz.sabaq.attestation.AttestationSettings;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.OnlineStream;

/**
 * "Conduct final control online" in a stream's journal settings (spec §4). Shown when the stream's
 * study term is allowed in the module settings, the journal's final control grade is "to be set" and
 * the viewer has the staff module in the stream's scope; changing it also needs edit mode. Locked as
 * soon as a student of the stream has a slot; while on, the journal's final grade cells belong to
 * this module. Saving the unchanged value is a no-op, so a locked flag never blocks saving the
 * journal's other settings. Turning it on needs the journal's final attestation form: grading reads
 * it, and once a slot locks the journal the form could no longer be changed from the start. A final
 * state attestation the institution holds face to face only (setting stateAttestationOnline) is
 * refused with that reason, so the checkbox says why rather than vanishing.
 */
public final class OnlineFlag implements JournalOption {
    public static final String KEY = "online-attestation.online";

    private final StaffMapper store;
    private final AttestationMapper shared;
    private final AcademicDirectory academic;
    private final Access access;
    private final AttestationSettings settings;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public OnlineFlag(StaffMapper store, AttestationMapper shared, AcademicDirectory academic, Access access,
                      AttestationSettings settings, Transactions transactions, AuditLog audit, Clock clock) {
        this.store = store;
        this.shared = shared;
        this.academic = academic;
        this.access = access;
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String labelKey() {
        return "online-attestation.staff.journal.online";
    }

    @Override
    public boolean shown(Viewer viewer, JournalSettings journal) {
        if (!journal.finalGradeToBeSet()) {
            return false;
        }
        Optional<Stream> stream = academic.stream(journal.streamId());
        if (stream.isEmpty() || !studyTermAllowed(journal.streamId())) {
            return false;
        }
        return access.allows(viewer, OnlineAttestationModule.VIEW, stream.get().scope())
                || access.allows(viewer, OnlineAttestationModule.ALL, stream.get().scope());
    }

    /** Every group of the stream has a study term the settings allow ("all" allows any). */
    boolean studyTermAllowed(long streamId) {
        if (settings.studyTerms().contains("all")) {
            return true;
        }
        List<String> codes = store.studyTermCodesOfStream(streamId);
        return !codes.isEmpty() && codes.stream().allMatch(settings::allowsStudyTerm);
    }

    @Override
    public boolean value(long streamId) {
        OnlineStream row = shared.stream(streamId);
        return row != null && row.online();
    }

    @Override
    public void set(Viewer viewer, JournalSettings journal, boolean on) {
        if (!shown(viewer, journal)) {
            throw UserError.badRequest("online-attestation.staff.error.flagNotOffered");
        }
        Stream stream = academic.stream(journal.streamId()).orElseThrow(UserError::notFound);
        if (!access.allows(viewer, OnlineAttestationModule.EDIT, stream.scope())) {
            throw UserError.forbidden();
        }
        if (value(stream.id()) == on) {
            return;
        }
        if (on && settings.faceToFaceOnly(store.disciplineCodeOfStream(stream.id()))) {
            throw UserError.badRequest("online-attestation.staff.error.stateAttestationFaceToFace").on(KEY);
        }
        if (on && journal.finalForm() == null) {
            throw UserError.badRequest("online-attestation.staff.error.finalFormRequired").on(KEY);
        }
        transactions.run(() -> {
            store.ensureStream(stream.id(), clock.instant(), viewer.userId());
            if (store.setOnline(stream.id(), on, clock.instant(), viewer.userId()) == 0) {
                throw UserError.conflict("online-attestation.staff.error.flagLocked");
            }
            audit.record(viewer.userId(), "online-attestation.online", "stream:" + stream.id(), Map.of("online", on));
        });
    }

    @Override
    public boolean locked(long streamId) {
        return store.anySitting(streamId);
    }

    @Override
    public boolean ownsFinalGrades(long streamId) {
        return value(streamId);
    }

    @Override
    public Optional<String> goLink(long streamId) {
        return value(streamId) ? Optional.of("/online-attestation/streams/" + streamId) : Optional.empty();
    }
}
