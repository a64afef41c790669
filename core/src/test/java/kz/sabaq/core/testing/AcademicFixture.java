package kz.sabaq.core.testing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The academic structure most tests need in one call each (groups, students, streams, rooms and
 * timetable sessions at local wall times), made by the {@link Generator}; {@link #generator()}
 * makes anything more specific.
 */
public final class AcademicFixture {
    private final Generator gen;

    public AcademicFixture(TestServer server) {
        this.gen = Generator.on(server);
    }

    public Generator generator() {
        return gen;
    }

    public long group(String code) {
        return gen.group().code(code).create();
    }

    /** A user with the student role, a member of the group; returns the user id. */
    public long student(String iin, String surname, String firstName, long groupId) {
        return gen.user().iin(iin).named(surname, firstName).student(groupId).create();
    }

    /** Many students of one group, named by number; returns their IINs in order. */
    public List<String> students(long groupId, int count) {
        List<String> iins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String iin = Iins.next();
            student(iin, "Студент", "№" + (i + 1), groupId);
            iins.add(iin);
        }
        return iins;
    }

    /** A stream of a fresh discipline taught by the teacher to the groups, with its journal. */
    public long stream(long teacherId, long... groupIds) {
        return gen.stream().teacher(teacherId).groups(groupIds).create();
    }

    /** A room with the networks a scan may come from (CIDR) and an optional position. */
    public long room(String code, List<String> networks, Double latitude, Double longitude) {
        return gen.room().code(code).networks(networks).at(latitude, longitude).create();
    }

    /** A timetable session at local wall times; {@code roomId} may be null. */
    public long session(long streamId, Long roomId, LocalDateTime startsAt, LocalDateTime endsAt) {
        return gen.session().stream(streamId).room(roomId).between(startsAt, endsAt).create();
    }
}
