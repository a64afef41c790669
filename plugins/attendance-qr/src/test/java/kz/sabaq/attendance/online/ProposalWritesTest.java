package kz.sabaq.attendance.online;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import kz.sabaq.api.academic.Student;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Review;
import kz.sabaq.attendance.mark.Source;
import org.junit.jupiter.api.Test;

/** The one rule of what confirming a proposal writes, which the proposal page counts by. */
class ProposalWritesTest {
    private static final Instant AT = Instant.parse("2026-03-02T04:00:00Z");
    private static final Student STUDENT = new Student(7, "Әбенова", "Айгерім", "", 1, "ИС-21");
    private static final Proposal.Proposed ARRIVAL = new Proposal.Proposed(Phase.IN, MarkStatus.ON_TIME, AT);
    private static final Proposal.Proposed DEPARTURE = new Proposal.Proposed(Phase.OUT, MarkStatus.LEFT_ON_TIME,
            AT.plusSeconds(4800));
    private static final Proposal.Line BOTH = new Proposal.Line(STUDENT, ARRIVAL, DEPARTURE);

    private static Mark mark(Phase phase, MarkStatus status, Source source, Review review) {
        return new Mark(1, 1, STUDENT.userId(), phase, status, source, LocalDateTime.of(2026, 3, 2, 4, 0), review);
    }

    private static Proposal.Writes writes(Proposal.Line line, Mark in, Mark out) {
        return line.writes(Proposal.Standing.of(in, out));
    }

    @Test
    void withNoMarksBothAreWritten() {
        assertEquals(new Proposal.Writes(true, true, false), writes(BOTH, null, null));
        assertEquals(2, writes(BOTH, null, null).count());
        assertEquals(new Proposal.Writes(true, true, false), BOTH.writes(Proposal.Standing.NONE));
        assertEquals(new Proposal.Writes(true, false, false), writes(new Proposal.Line(STUDENT, ARRIVAL, null), null, null),
                "still connected: no departure");
        assertEquals(new Proposal.Writes(false, false, false), writes(new Proposal.Line(STUDENT, null, null), null, null));
    }

    @Test
    void anExistingArrivalWinsAndTheDepartureFollowsIt() {
        Mark scanned = mark(Phase.IN, MarkStatus.LATE, Source.SCAN, null);
        assertEquals(new Proposal.Writes(false, true, false), writes(BOTH, scanned, null));
        assertEquals(1, writes(BOTH, scanned, null).count());

        Mark absent = mark(Phase.IN, MarkStatus.ABSENT, Source.MANUAL, null);
        assertEquals(new Proposal.Writes(false, false, false), writes(BOTH, absent, null), "an absence: no departure");
        Mark rejected = mark(Phase.IN, MarkStatus.ON_TIME, Source.SCAN, Review.REJECTED);
        assertEquals(new Proposal.Writes(false, false, false), writes(BOTH, rejected, null),
                "a rejected arrival does not count");
    }

    @Test
    void aDepartureReplacesOnlyTheAutomaticExit() {
        Mark in = mark(Phase.IN, MarkStatus.ON_TIME, Source.SCAN, null);
        Mark automatic = mark(Phase.OUT, MarkStatus.NO_EXIT, Source.AUTO, null);
        assertEquals(new Proposal.Writes(false, true, true), writes(BOTH, in, automatic));
        assertEquals(new Proposal.Writes(true, true, true), writes(BOTH, null, automatic),
                "an arrival written now counts for the replacement");
        assertEquals(new Proposal.Writes(false, false, false),
                writes(BOTH, in, mark(Phase.OUT, MarkStatus.LEFT_EARLY, Source.SCAN, null)), "a scanned departure wins");
        assertEquals(new Proposal.Writes(false, false, false),
                writes(BOTH, mark(Phase.IN, MarkStatus.ABSENT, Source.MANUAL, null), automatic));
    }
}
