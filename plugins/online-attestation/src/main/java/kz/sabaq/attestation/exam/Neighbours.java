package kz.sabaq.attestation.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.Student;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.RosterOrder;
import kz.sabaq.attestation.Sitting;

/**
 * The students before and after one in the stream page's roster (slot by slot, each by name), so
 * staff grade one after another without going back to the stream page.
 */
public final class Neighbours {
    private final Attestation common;

    /** @param href the neighbour's final control page */
    public record Link(String href, String name) {
    }

    /** @param previous null for the first student of the roster (next likewise for the last) */
    public record Pair(Link previous, Link next) {

        /** Whether there is anyone to go to: a student alone in the roster gets no navigation. */
        public boolean any() {
            return previous != null || next != null;
        }
    }

    Neighbours(Attestation common) {
        this.common = common;
    }

    Pair of(long streamId, long studentId, Locale locale) {
        Map<Long, Long> slotOf = common.store().sittingsOfStream(streamId).stream()
                .collect(Collectors.toMap(Sitting::studentId, Sitting::slotId, (a, b) -> a));
        List<Long> slots = common.store().slotsOfStream(streamId).stream().map(ExamSlot::id).toList();
        List<Student> roster = new ArrayList<>(common.academic().studentsOf(streamId).stream()
                .filter(s -> slotOf.containsKey(s.userId())).toList()); // seated: every sitting has a slot of the stream
        roster.sort(RosterOrder.seated(slots, slotOf, locale));
        int at = roster.stream().map(Student::userId).toList().indexOf(studentId);
        if (at < 0) {
            return new Pair(null, null);
        }
        Function<Student, Link> link = s -> new Link(
                "/online-attestation/streams/" + streamId + "/students/" + s.userId(), s.displayName());
        return new Pair(at > 0 ? link.apply(roster.get(at - 1)) : null,
                at < roster.size() - 1 ? link.apply(roster.get(at + 1)) : null);
    }
}
