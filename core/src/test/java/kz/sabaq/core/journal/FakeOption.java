package kz.sabaq.core.journal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;

/**
 * A journal checkbox as online attestation adds one: offered while the final grade is "to be set",
 * owning the final grades while on, locked once the test says so, refusing when asked to.
 */
final class FakeOption implements JournalOption {
    static final String KEY = "journal-test.online";
    final Map<Long, Boolean> on = new ConcurrentHashMap<>();
    final Set<Long> locked = ConcurrentHashMap.newKeySet();
    final Set<Long> refusing = ConcurrentHashMap.newKeySet();
    final Set<Long> hidden = ConcurrentHashMap.newKeySet();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String labelKey() {
        return "journal-test.online";
    }

    @Override
    public boolean shown(Viewer viewer, JournalSettings journal) {
        return journal.finalGradeToBeSet() && !hidden.contains(journal.streamId());
    }

    @Override
    public boolean value(long streamId) {
        return on.getOrDefault(streamId, false);
    }

    @Override
    public void set(Viewer viewer, JournalSettings journal, boolean value) {
        if (!shown(viewer, journal) || locked(journal.streamId())) {
            throw UserError.conflict("journal-test.notNow");
        }
        if (refusing.contains(journal.streamId())) {
            throw UserError.badRequest("journal-test.refused");
        }
        on.put(journal.streamId(), value);
    }

    @Override
    public boolean locked(long streamId) {
        return locked.contains(streamId);
    }

    @Override
    public boolean ownsFinalGrades(long streamId) {
        return value(streamId);
    }

    @Override
    public Optional<String> goLink(long streamId) {
        return Optional.of("/journal-test/" + streamId);
    }
}
