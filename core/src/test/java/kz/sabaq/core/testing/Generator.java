package kz.sabaq.core.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import kz.sabaq.core.db.Database;

/**
 * Test data in core's tables, made the way Moodle's data generators make it: one fluent builder per
 * kind of row, with a default for everything a test does not care about, so a test names only what
 * it is about ({@code gen.user().named("Асанова", "Айгерім").student(group).create()}).
 *
 * <p>Core's schema is not an API: tests, plugins' tests and the bench make core's rows here and
 * nowhere else, so a change of core's tables is made once, in this package. A plugin's own
 * generator writes the plugin's own tables through {@link #sql} and takes everything else from here.
 */
public final class Generator {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Database database;
    private final Clock clock;
    /** The connection of {@link #transaction}, or null: each row on a pooled connection of its own. */
    private final Connection connection;
    private Long defaultPeriod;

    private Generator(Database database, Clock clock, Connection connection) {
        this.database = database;
        this.clock = clock;
        this.connection = connection;
    }

    public static Generator on(Database database, Clock clock) {
        return new Generator(database, clock, null);
    }

    public static Generator on(TestServer server) {
        return on(server.app().database(), server.clock());
    }

    /**
     * Runs {@code work} with a generator whose rows are written in one transaction, committed at
     * the end, or none when {@code work} fails: for the bench's thousands of rows. People
     * ({@link #user}) are created outside it.
     */
    public void transaction(Consumer<Generator> work) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                work.accept(new Generator(database, clock, c));
                c.commit();
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the generated rows", e);
        }
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** A number no other generated row of this JVM has: for unique codes. */
    public static int unique() {
        return NEXT.incrementAndGet();
    }

    public UserBuilder user() {
        return new UserBuilder(this);
    }

    /** Makes an existing person a student of the group (moves them when they already are one). */
    public void enrol(long userId, long groupId) {
        sql("INSERT INTO student (user_id, record_book_number, group_id) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE group_id = VALUES(group_id)", userId, "RB-U" + userId, groupId);
    }

    public StaffBuilder staff(long userId) {
        return new StaffBuilder(this, userId);
    }

    public RoleBuilder role() {
        return new RoleBuilder(this);
    }

    /** Gives the person a role (one of {@link RoleBuilder}'s or a built-in one's id). */
    public void grant(long userId, long roleId) {
        sql("INSERT IGNORE INTO user_role (user_id, role_id) VALUES (?, ?)", userId, roleId);
    }

    public UnitBuilder department() {
        return new UnitBuilder(this, "department", "DEP");
    }

    /** A subject-cycle commission (ПЦК). */
    public UnitBuilder pcc() {
        return new UnitBuilder(this, "pcc", "PCC");
    }

    public UnitBuilder speciality() {
        return new UnitBuilder(this, "speciality", "SP");
    }

    public UnitBuilder qualification() {
        return new UnitBuilder(this, "qualification", "Q");
    }

    public UnitBuilder educationTechnology() {
        return new UnitBuilder(this, "education_technology", "ET");
    }

    public UnitBuilder instructionLanguage() {
        return new UnitBuilder(this, "instruction_language", "IL");
    }

    public UnitBuilder studyTerm() {
        return new UnitBuilder(this, "study_term", "T");
    }

    public UnitBuilder discipline() {
        return new UnitBuilder(this, "discipline", "D");
    }

    /** The stream's discipline belongs to the department, so the stream's scope names it. */
    public void placeInDepartment(long streamId, long departmentId) {
        sql("UPDATE discipline d JOIN stream s ON s.discipline_id = d.id SET d.department_id = ? WHERE s.id = ?",
                departmentId, streamId);
    }

    public YearBuilder year() {
        return new YearBuilder(this);
    }

    /** Marks the academic year the site's current one, or no longer, as the registrar does. */
    public void currentYear(long yearId, boolean current) {
        sql("UPDATE academic_year SET is_current = ? WHERE id = ?", current, yearId);
    }

    public PeriodBuilder period() {
        return new PeriodBuilder(this);
    }

    /** The period streams of this generator belong to unless they name one: autumn 2026, made once. */
    public long defaultPeriod() {
        if (defaultPeriod == null) {
            defaultPeriod = period().create();
        }
        return defaultPeriod;
    }

    public GroupBuilder group() {
        return new GroupBuilder(this);
    }

    /** The dates the group's exams of the period fall in. */
    public void examPeriod(long groupId, long periodId, LocalDate from, LocalDate to) {
        sql("INSERT INTO exam_period (group_id, academic_period_id, starts_on, ends_on) VALUES (?, ?, ?, ?)",
                groupId, periodId, from, to);
    }

    public StreamBuilder stream() {
        return new StreamBuilder(this);
    }

    /** The journal's final attestation form (a grading scale's id, or null), as the journal page saves it. */
    public void finalForm(long streamId, String scaleId) {
        sql("UPDATE journal SET final_form = ? WHERE stream_id = ?", scaleId, streamId);
    }

    /** Another teacher takes the stream over. */
    public void teacherOf(long streamId, long teacherId) {
        sql("UPDATE stream SET teacher_id = ? WHERE id = ?", teacherId, streamId);
    }

    /** Another group joins an existing stream. */
    public void joinStream(long streamId, long groupId) {
        sql("INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", streamId, groupId);
    }

    /** A grade in a stream's journal. */
    public GradeBuilder grade() {
        return new GradeBuilder(this);
    }

    public RoomBuilder room() {
        return new RoomBuilder(this);
    }

    /** A timetable session (class meeting). */
    public SessionBuilder session() {
        return new SessionBuilder(this);
    }

    /**
     * Writes one row and returns its generated key (0 when the table has none): for a plugin
     * generator's own tables; core's rows come from the builders above.
     */
    public long sql(String sql, Object... values) {
        try {
            if (connection != null) {
                return write(connection, sql, values);
            }
            try (Connection c = database.connection()) {
                return write(c, sql, values);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row the query finds: for a builder that copies a row's value. */
    long value(String sql, Object... values) {
        try (Connection c = connection != null ? null : database.connection();
             PreparedStatement s = (connection != null ? connection : c).prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("No row for " + sql);
                }
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long write(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, values);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
