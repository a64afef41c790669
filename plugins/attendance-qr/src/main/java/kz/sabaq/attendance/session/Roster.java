package kz.sabaq.attendance.session;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Student;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.journal.JournalMapper;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkMapper;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Review;
import kz.sabaq.attendance.mark.Signal;
import kz.sabaq.attendance.mark.SignalRow;
import kz.sabaq.attendance.mark.Source;

/** Who has checked in and out of a session, with status, time and the reasons of suspicious marks. */
public final class Roster {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final MarkMapper marks;
    private final JournalMapper journal;
    private final AcademicDirectory academic;

    /** A reason a mark is suspicious, for the page: {@code {{#t}}key|arg{{/t}}}. */
    public record Reason(String key, String arg) {
    }

    /**
     * One phase of one listener; null fields when the listener has not marked it.
     *
     * @param online    written from the conference platform's activity, confirmed by the trainer
     * @param automatic the automatic exit's "did not mark exit": a confirmed online departure replaces it
     * @param byHand    the trainer marked it by hand and its status does not say so (absent, a departure):
     *                  the page adds a "by hand" marker
     */
    public record Entry(long markId, String statusKey, String statusCode, String time, boolean suspicious,
                        boolean rejected, List<Reason> reasons, boolean online, boolean automatic, boolean byHand) {
    }

    /**
     * @param permit   the listener's absence from this session is excused
     * @param document the permit carries a document
     * @param arrived  an arrival counts (not absent, not rejected): a departure may be marked by hand
     */
    public record Line(long studentId, String name, String group, Entry in, Entry out, boolean permit,
                       boolean document, boolean arrived) {
    }

    /** A count by status: the status label key and how many. */
    public record Count(String key, String code, long count) {
    }

    /**
     * The arrivals, in four parts that add up to the roster: present (on time, or marked present by
     * hand), late (late or very late), absent (marked absent, or the mark was rejected) and not
     * marked yet. A flagged mark waiting for the trainer counts by its status; {@code flagged} says
     * how many of them wait.
     */
    public record Tally(long present, long late, long absent, long notYet, long flagged, long total) {
        /** Someone is still without a mark: the page offers to mark them all. */
        public boolean anyNotYet() {
            return notYet > 0;
        }

        /** Some flag waits for the trainer: its count stands out. */
        public boolean anyFlagged() {
            return flagged > 0;
        }
    }

    /** @param departures how many left on time, left early, or did not mark their exit */
    public record View(List<Line> lines, Tally arrivals, List<Count> departures) {
    }

    public Roster(MarkMapper marks, JournalMapper journal, AcademicDirectory academic) {
        this.marks = marks;
        this.journal = journal;
        this.academic = academic;
    }

    public View of(ClassSession session) {
        List<Student> students = academic.studentsOf(session.streamId());
        Map<Long, String> names = new HashMap<>();
        students.forEach(s -> names.put(s.userId(), s.displayName()));
        Map<Long, List<Reason>> reasons = new HashMap<>();
        for (SignalRow s : marks.signalsOfSession(session.id())) {
            String arg = s.reason() == Signal.SHARED_DEVICE
                    ? names.getOrDefault(parse(s.detail()), s.detail()) : s.detail() == null ? "" : s.detail();
            reasons.computeIfAbsent(s.markId(), k -> new ArrayList<>()).add(new Reason(s.reason().labelKey(), arg));
        }
        Map<Long, Map<Phase, Mark>> byStudent = new HashMap<>();
        for (Mark m : marks.ofSession(session.id())) {
            byStudent.computeIfAbsent(m.studentId(), k -> new EnumMap<>(Phase.class)).put(m.phase(), m);
        }
        ZoneId zone = academic.timeZone();
        Set<Long> permits = new HashSet<>(journal.permitsOfSession(session.id()));
        Set<Long> documents = permits.isEmpty() ? Set.of() : new HashSet<>(journal.documentsOfSession(session.id()));
        Map<MarkStatus, Long> departures = new EnumMap<>(MarkStatus.class);
        long[] arrivals = new long[Arrival.values().length];
        long flagged = 0;
        List<Line> lines = new ArrayList<>();
        for (Student s : students) {
            Map<Phase, Mark> own = byStudent.getOrDefault(s.userId(), Map.of());
            Mark arrival = own.get(Phase.IN);
            Mark departure = own.get(Phase.OUT);
            arrivals[Arrival.of(arrival).ordinal()]++;
            for (Mark m : own.values()) {
                if (m.review() == Review.PENDING) {
                    flagged++;
                }
            }
            if (departure != null && departure.review() != Review.REJECTED) {
                departures.merge(departure.status(), 1L, Long::sum);
            }
            lines.add(new Line(s.userId(), s.displayName(), s.groupCode(), entry(arrival, reasons, zone),
                    entry(departure, reasons, zone), permits.contains(s.userId()), documents.contains(s.userId()),
                    arrived(arrival)));
        }
        List<Count> departureCounts = List.of(MarkStatus.LEFT_ON_TIME, MarkStatus.LEFT_EARLY, MarkStatus.NO_EXIT)
                .stream().map(st -> new Count(st.labelKey(), st.code(), departures.getOrDefault(st, 0L))).toList();
        Tally tally = new Tally(arrivals[Arrival.PRESENT.ordinal()], arrivals[Arrival.LATE.ordinal()],
                arrivals[Arrival.ABSENT.ordinal()], arrivals[Arrival.NOT_YET.ordinal()], flagged, students.size());
        return new View(lines, tally, departureCounts);
    }

    /** Which part of the tally a listener's arrival mark falls in. */
    private enum Arrival {
        PRESENT, LATE, ABSENT, NOT_YET;

        static Arrival of(Mark in) {
            if (in == null) {
                return NOT_YET;
            }
            if (!arrived(in)) {
                return ABSENT;
            }
            return in.status() == MarkStatus.LATE || in.status() == MarkStatus.VERY_LATE ? LATE : PRESENT;
        }
    }

    private static Entry entry(Mark m, Map<Long, List<Reason>> reasons, ZoneId zone) {
        if (m == null) {
            return null;
        }
        String time = TIME.format(m.markedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
        boolean showReasons = m.review() == Review.PENDING || m.review() == Review.REJECTED;
        return new Entry(m.id(), m.status().labelKey(), m.status().code(), time, m.suspicious(),
                m.review() == Review.REJECTED, showReasons ? reasons.getOrDefault(m.id(), List.of()) : List.of(),
                m.source() == Source.ONLINE, m.source() == Source.AUTO,
                m.source() == Source.MANUAL && m.status() != MarkStatus.MANUAL);
    }

    private static Long parse(String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An arrival that counts: marked, not absent, not rejected. */
    public static boolean arrived(Mark in) {
        return in != null && in.status() != MarkStatus.ABSENT && in.review() != Review.REJECTED;
    }
}
