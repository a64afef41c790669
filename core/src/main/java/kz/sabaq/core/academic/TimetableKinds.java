package kz.sabaq.core.academic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rooms with their networks, the bell schedule, timetable sessions and the academic calendar's exam periods. */
final class TimetableKinds {

    static List<Kind> all() {
        return List.of(room(), bellPeriod(), timetableSession(), examPeriod());
    }

    private static Kind room() {
        return new Kind("room", Table.coded("room"),
                List.of(Column.text("code", 40).mandatory(), Column.text("building", 100), Column.integer("capacity"),
                        Column.decimal("latitude"), Column.decimal("longitude"),
                        Column.networks("networks")
                                .listedAs("(SELECT GROUP_CONCAT(n.cidr ORDER BY n.cidr SEPARATOR ';') FROM room_network n "
                                        + "WHERE n.room_id = t.id)")),
                List.of("code"), List.of(),
                TableWriter.then((line, id, writing) -> {
                    if (line.has("networks")) {
                        writing.rows().clearRoomNetworks(id);
                        List<?> networks = line.get("networks") == null ? List.of() : (List<?>) line.get("networks");
                        networks.forEach(cidr -> writing.rows().addRoomNetwork(id, (String) cidr));
                    }
                }));
    }

    private static Kind bellPeriod() {
        return new Kind("bell_period",
                new Table("bell_period", "number", false, List.of("number"), "bell_period t", null, "bell_period", null),
                List.of(Column.integer("number").mandatory(), Column.time("starts_at").mandatory(),
                        Column.time("ends_at").mandatory()),
                List.of("number"), List.of(LineCheck.ordered("starts_at", "ends_at", true)), TableWriter.PLAIN);
    }

    /**
     * A session is given either by explicit {@code starts_at} and {@code ends_at}, or by a
     * {@code date} and a {@code bell_period} number whose times the bell schedule supplies.
     */
    private static Kind timetableSession() {
        return new Kind("timetable_session", Table.keyed("timetable_session", List.of("stream_id", "starts_at")),
                List.of(Column.reference("stream", "stream").mandatory(), Column.reference("room", "room"),
                        Column.date("date").notStored().listedAs("DATE(t.starts_at)"),
                        Column.integer("bell_period").notStored().listedAs("(SELECT b.number FROM bell_period b "
                                + "WHERE b.starts_at = TIME(t.starts_at) AND b.ends_at = TIME(t.ends_at) LIMIT 1)"),
                        Column.dateTime("starts_at"), Column.dateTime("ends_at")),
                List.of("stream", "starts_at", "date", "bell_period"),
                List.of(TimetableKinds::timeGivenOnce, LineCheck.ordered("starts_at", "ends_at", true)),
                new TableWriter((line, stored, writing) -> {
                    if (line.get("bell_period") != null) {
                        int number = (Integer) line.get("bell_period");
                        List<AcademicMapper.Bell> bell = writing.rows().bell(number);
                        if (bell.isEmpty()) {
                            throw new RowRefused("bell_period", "core.academic.error.unknownReference", "bell_period", number);
                        }
                        LocalDate date = (LocalDate) line.get("date");
                        stored.put("starts_at", date.atTime(bell.get(0).startsAt()));
                        stored.put("ends_at", date.atTime(bell.get(0).endsAt()));
                    }
                }, (line, id, writing) -> { }));
    }

    private static Optional<Problem> timeGivenOnce(Line line) {
        boolean explicit = line.get("starts_at") != null && line.get("ends_at") != null;
        boolean fromBell = line.get("date") != null && line.get("bell_period") != null;
        boolean any = line.get("starts_at") != null || line.get("ends_at") != null;
        if (explicit == fromBell || fromBell && any) {
            return Optional.of(Problem.of(line.number(), null, "core.academic.error.sessionTime"));
        }
        return Optional.empty();
    }

    private static Kind examPeriod() {
        return new Kind("exam_period", Table.keyed("exam_period", List.of("group_id", "academic_period_id")),
                List.of(Column.reference("group", "study_group").mandatory(),
                        Column.reference("academic_period", "academic_period").mandatory(),
                        Column.date("starts_on").mandatory(), Column.date("ends_on").mandatory()),
                List.of("group", "academic_period"),
                List.of(LineCheck.ordered("starts_on", "ends_on", false)), TableWriter.PLAIN);
    }

    private TimetableKinds() {
    }
}
