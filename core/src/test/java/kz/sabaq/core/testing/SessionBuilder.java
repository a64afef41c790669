package kz.sabaq.core.testing;

import java.time.LocalDateTime;

/** A timetable session of a stream at local wall times, in a room or none. */
public final class SessionBuilder {
    private final Generator gen;
    private Long stream;
    private Long room;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;

    SessionBuilder(Generator gen) {
        this.gen = gen;
    }

    public SessionBuilder stream(long id) {
        stream = id;
        return this;
    }

    /** The room; null for none. */
    public SessionBuilder room(Long id) {
        room = id;
        return this;
    }

    public SessionBuilder between(LocalDateTime start, LocalDateTime end) {
        startsAt = start;
        endsAt = end;
        return this;
    }

    /** @return the session's id */
    public long create() {
        if (stream == null || startsAt == null) {
            throw new IllegalStateException("A session needs a stream and times: session().stream(id).between(start, end)");
        }
        return gen.sql("INSERT INTO timetable_session (stream_id, room_id, starts_at, ends_at) VALUES (?, ?, ?, ?)",
                stream, room, startsAt, endsAt);
    }
}
