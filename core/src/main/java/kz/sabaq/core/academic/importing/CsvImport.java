package kz.sabaq.core.academic.importing;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.core.academic.AcademicMapper;
import kz.sabaq.core.academic.Cells;
import kz.sabaq.core.academic.Column;
import kz.sabaq.core.academic.Kind;
import kz.sabaq.core.academic.Line;
import kz.sabaq.core.academic.LineCheck;
import kz.sabaq.core.academic.Problem;
import kz.sabaq.core.academic.RowRefused;
import kz.sabaq.core.academic.RowWriter;
import kz.sabaq.core.academic.Writing;
import kz.sabaq.core.access.RoleGrants;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.user.UserMapper;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Imports one CSV file of one kind, all or nothing: every line is checked and written inside one
 * transaction, which commits only when no line was bad and this is not a dry run. A dry run does
 * the same work and rolls it back, so it also finds references to rows that do not exist and
 * values already taken. Every real import, applied or refused, is recorded in the audit log.
 * Call it outside any transaction of the caller's: joined to an outer one it could not roll back.
 */
public final class CsvImport {
    public static final String AUDIT_ACTION = "core.academic.import";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate entry '(.*)' for key");

    private final Transactions transactions;
    private final AcademicMapper rows;
    private final UserMapper users;
    private final RoleMapper roles;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public CsvImport(Transactions transactions, AcademicMapper rows, UserMapper users, RoleMapper roles,
                     PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.rows = rows;
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The import over a database, with the mappers it needs. */
    public static CsvImport over(Database database, AuditLog audit, Clock clock) {
        return new CsvImport(database, database.mapper(AcademicMapper.class), database.mapper(UserMapper.class),
                database.mapper(RoleMapper.class), new PasswordHasher(), audit, clock);
    }

    /** @param actorId who imports, or null for the command line */
    public ImportReport run(Kind kind, byte[] file, boolean dryRun, Long actorId) {
        CsvLines.Parsed parsed = CsvLines.read(file);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        List<Line> lines = new ArrayList<>();
        if (!parsed.header().isEmpty()) {
            problems.addAll(headerProblems(kind, parsed.header()));
        }
        if (problems.stream().noneMatch(p -> p.line() == 1)) {
            lines = checkedLines(kind, parsed, problems);
        }
        int[] counts = new int[2];
        boolean applied = write(kind, lines, dryRun, actorId, problems, counts);
        problems.sort(Comparator.comparingInt(Problem::line));
        ImportReport report = new ImportReport(kind.id(), parsed.lines().size() + countBadSplits(parsed),
                counts[0], counts[1], List.copyOf(problems), dryRun, applied);
        if (!dryRun) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", kind.id());
            details.put("lines", report.lines());
            details.put("created", report.created());
            details.put("updated", report.updated());
            details.put("problems", problems.size());
            details.put("applied", applied);
            audit.record(actorId, AUDIT_ACTION, "academic:" + kind.id(), details);
        }
        return report;
    }

    private static int countBadSplits(CsvLines.Parsed parsed) {
        return (int) parsed.problems().stream().filter(p -> p.key().equals("core.academic.error.cellCount")).count();
    }

    private static List<Problem> headerProblems(Kind kind, List<String> header) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> known = kind.columns().stream().map(Column::name).toList();
        for (String name : header) {
            if (!seen.add(name)) {
                problems.add(Problem.of(1, name, "core.academic.error.repeatedColumn", name));
            } else if (!known.contains(name)) {
                problems.add(Problem.of(1, name, "core.academic.error.unknownColumn", name, String.join(", ", known)));
            }
        }
        for (Column c : kind.requiredColumns()) {
            if (!seen.contains(c.name())) {
                problems.add(Problem.of(1, c.name(), "core.academic.error.missingColumn", c.name()));
            }
        }
        return problems;
    }

    /** Parses every line; the good ones are returned, the bad ones add to {@code problems}. */
    private static List<Line> checkedLines(Kind kind, CsvLines.Parsed parsed, List<Problem> problems) {
        List<Line> good = new ArrayList<>();
        Map<List<Object>, Integer> keys = new HashMap<>();
        for (CsvLines.Raw raw : parsed.lines()) {
            Map<String, Object> values = new LinkedHashMap<>();
            List<Problem> own = new ArrayList<>();
            for (Map.Entry<String, String> cell : raw.cells().entrySet()) {
                Column column = kind.column(cell.getKey()).orElseThrow();
                try {
                    values.put(column.name(), Cells.parse(column, cell.getValue()));
                } catch (Cells.Refused e) {
                    own.add(e.at(raw.number(), column.name()));
                }
            }
            Line line = new Line(raw.number(), values);
            if (own.isEmpty()) {
                for (LineCheck check : kind.checks()) {
                    check.check(line).ifPresent(own::add);
                }
            }
            if (own.isEmpty()) {
                List<Object> key = kind.key().stream().map(line::get).toList();
                Integer earlier = keys.putIfAbsent(key, raw.number());
                if (earlier != null) {
                    own.add(Problem.of(raw.number(), kind.key().get(0), "core.academic.error.repeatedKey", earlier));
                }
            }
            if (own.isEmpty()) {
                good.add(line);
            } else {
                problems.addAll(own);
            }
        }
        return good;
    }

    /** Writes the lines in one transaction; @return whether it was committed */
    private boolean write(Kind kind, List<Line> lines, boolean dryRun, Long actorId, List<Problem> problems,
                          int[] counts) {
        Writing writing = new Writing(rows, users, roles, hasher, clock, dryRun, actorId,
                new RoleGrants(roles).of(actorId), audit);
        try {
            transactions.run(() -> {
                for (Line line : lines) {
                    writeOne(kind, line, writing, problems).ifPresent(outcome ->
                            counts[outcome == RowWriter.Outcome.CREATED ? 0 : 1]++);
                }
                if (dryRun || !problems.isEmpty()) {
                    throw new Rollback();
                }
            });
            return true;
        } catch (Rollback expected) {
            return false;
        }
    }

    private static Optional<RowWriter.Outcome> writeOne(Kind kind, Line line, Writing writing, List<Problem> problems) {
        try {
            return Optional.of(kind.writer().write(kind, line, writing));
        } catch (RowRefused e) {
            problems.add(e.at(line.number()));
        } catch (PersistenceException e) {
            problems.add(conflict(line, e));
        }
        return Optional.empty();
    }

    /** A value the database refused: taken by another row (23…) or out of its column's range (22…). */
    private static Problem conflict(Line line, PersistenceException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        String state = cause instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        if (state.startsWith("23")) {
            Matcher m = DUPLICATE.matcher(cause.getMessage());
            return Problem.of(line.number(), null, "core.academic.error.taken", m.find() ? m.group(1) : "");
        }
        if (state.startsWith("22")) {
            return Problem.of(line.number(), null, "core.academic.error.outOfRange");
        }
        throw e;
    }

    private static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }
}
