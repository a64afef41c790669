package kz.sabaq.core.academic;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.access.Scope;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.AcademicPeriod;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.academic.Room;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.KeptReads;

/**
 * Core's academic structure as modules read it. The timetable holds local wall times (a bell
 * schedule says 08:00); they become instants in the institution's time zone here, once.
 */
public final class CoreAcademicDirectory implements AcademicDirectory {
    /** The tables the kept reads come from: a write to any of them on this node forgets them all. */
    public static final Set<String> KEPT_FROM = Set.of("stream", "stream_group", "discipline", "student",
            "study_group", "app_user", "academic_period", "academic_year", "timetable_session");
    /** How long a stream, a name, a period or a membership is kept: other nodes' changes show within it. */
    public static final Duration KEEP = Duration.ofSeconds(10);

    private final DirectoryMapper rows;
    private final ZoneId zone;
    private final KeptReads<Long, Optional<Stream>> streams;
    private final KeptReads<Long, Optional<String>> names;
    private final KeptReads<Long, Optional<AcademicPeriod>> periods;
    private final KeptReads<Long, Map<Long, String>> rosters;
    private final KeptReads<Long, List<ClassSession>> timetables;

    /**
     * Every page of a final control or a class repeats the stream, its teacher's and the student's
     * names, its period and the student's membership, and every admission check the stream's
     * timetable (attendance counts its held meetings); a hall asks for them in the same second:
     * those are kept (see {@link KeptReads}); only found rows are kept, and memberships come from
     * the stream's kept roster, a student missing from it asked for on their own, so a student
     * added to a group is let in at once.
     */
    public CoreAcademicDirectory(DirectoryMapper rows, ZoneId zone, Database database, Clock clock) {
        this.rows = rows;
        this.zone = zone;
        this.streams = database.kept(KEPT_FROM, clock, KEEP);
        this.names = database.kept(KEPT_FROM, clock, KEEP);
        this.periods = database.kept(KEPT_FROM, clock, KEEP);
        this.rosters = database.kept(KEPT_FROM, clock, KEEP);
        this.timetables = database.kept(KEPT_FROM, clock, KEEP);
    }

    @Override
    public ZoneId timeZone() {
        return zone;
    }

    @Override
    public Optional<ClassSession> session(long sessionId) {
        return rows.session(sessionId).map(this::toSession);
    }

    @Override
    public Optional<Stream> stream(long streamId) {
        return streams.found(streamId, () -> streamRow(streamId));
    }

    private Optional<Stream> streamRow(long streamId) {
        return rows.stream(streamId).map(r -> new Stream(r.id(), r.code(), r.teacherId(),
                new LocalizedName(r.nameKk(), r.nameRu(), r.nameEn()),
                new Scope(r.studyTermId(), r.departmentId(), r.pccId())));
    }

    /**
     * From the stream's kept roster, read once for a hall of its students; one not on it is asked
     * for on their own, so a student just added on another node is let in at once.
     */
    @Override
    public boolean isStudentOf(long streamId, long userId) {
        return roster(streamId).containsKey(userId) || rows.isStudentOf(streamId, userId);
    }

    /** From the same kept roster: a hall's names in one read; anyone not on it as the interface says. */
    @Override
    public Optional<String> studentName(long streamId, long userId) {
        String name = roster(streamId).get(userId);
        return name != null ? Optional.of(name) : AcademicDirectory.super.studentName(streamId, userId);
    }

    /** The stream's students, user id → full name. */
    private Map<Long, String> roster(long streamId) {
        return rosters.get(streamId, () -> {
            Map<Long, String> names = new HashMap<>();
            rows.rosterOf(streamId).forEach(r -> names.put(r.userId(), r.fullName()));
            return Map.copyOf(names);
        }, roster -> true);
    }

    @Override
    public List<Student> studentsOf(long streamId) {
        return rows.studentsOf(streamId);
    }

    @Override
    public List<Student> studentsOfGroup(long groupId) {
        return rows.studentsOfGroup(groupId);
    }

    @Override
    public Optional<Room> room(long roomId) {
        return rows.room(roomId).map(r -> new Room(r.id(), r.code(), rows.networks(r.id()),
                degrees(r.latitude()), degrees(r.longitude())));
    }

    @Override
    public List<ClassSession> sessionsOfStream(long streamId) {
        return timetables.get(streamId, () -> rows.sessionsOfStream(streamId).stream().map(this::toSession).toList(),
                sessions -> true);
    }

    @Override
    public List<ClassSession> sessionsOfStudent(long userId, Instant from, Instant to) {
        return rows.sessionsOfStudent(userId, local(from), local(to)).stream().map(this::toSession).toList();
    }

    @Override
    public List<ClassSession> sessionsOfTeacher(long teacherId, Instant from, Instant to) {
        return rows.sessionsOfTeacher(teacherId, local(from), local(to)).stream().map(this::toSession).toList();
    }

    @Override
    public List<AcademicPeriod> periodsOfCurrentYear() {
        return rows.periodsOfCurrentYear().stream().map(CoreAcademicDirectory::toPeriod).toList();
    }

    @Override
    public Optional<AcademicPeriod> periodOfStream(long streamId) {
        return periods.found(streamId, () -> rows.periodOfStream(streamId).map(CoreAcademicDirectory::toPeriod));
    }

    @Override
    public List<Stream> sameTeacherAndDiscipline(long streamId, long periodId) {
        return rows.sameTeacherAndDiscipline(streamId, periodId).stream()
                .map(this::stream).flatMap(Optional::stream).toList();
    }

    @Override
    public List<String> groupCodesOf(long streamId) {
        return rows.groupCodesOf(streamId);
    }

    @Override
    public Optional<String> fullName(long userId) {
        return names.found(userId, () -> rows.fullName(userId));
    }

    private static AcademicPeriod toPeriod(DirectoryMapper.PeriodRow r) {
        return new AcademicPeriod(r.id(), r.code(), r.number(), new LocalizedName(r.nameKk(), r.nameRu(), r.nameEn()),
                r.startsOn(), r.endsOn(), r.yearCode());
    }

    private ClassSession toSession(DirectoryMapper.SessionRow r) {
        return new ClassSession(r.id(), r.streamId(), r.roomId(), r.startsAt().atZone(zone).toInstant(),
                r.endsAt().atZone(zone).toInstant());
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private static Double degrees(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    @Override
    public List<ClassSession> sessionsBetween(Instant from, Instant to) {
        return rows.sessionsBetween(local(from), local(to)).stream().map(this::toSession).toList();
    }

    @Override
    public Map<Long, String> iinsOfStudents(long streamId) {
        Map<Long, String> iins = new HashMap<>();
        rows.iinsOfStudents(streamId).forEach(r -> iins.put(r.userId(), r.iin()));
        return iins;
    }
}
