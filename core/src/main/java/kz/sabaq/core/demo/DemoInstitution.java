package kz.sabaq.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.module.DemoData;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.core.academic.Kind;
import kz.sabaq.core.academic.Kinds;
import kz.sabaq.core.academic.importing.CsvImport;
import kz.sabaq.core.academic.importing.CsvLines;
import kz.sabaq.core.academic.importing.ImportReport;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.user.NewUser;
import kz.sabaq.core.user.UserMapper;

/**
 * A small institution to try Sabaq with, loaded into a database that has no users yet: its people
 * ({@code people.csv}: one account per role, with {@link #PASSWORD}), then its academic structure
 * from the CSV files of its data set, through the same import a registrar uses. The data set is the
 * profile's {@code demoData}: the folder {@code demo/<demoData>/} on the class path, or {@code demo/}
 * for the neutral demo, so each institution's demo is data, not code. Dates in those files are
 * relative to today ({@link #tokens}), so the demo always has a current academic year and a
 * timetable for the current week. Then each module loads its own part ({@link LmsModule#loadDemo}),
 * e.g. exam-test its question bank, from its own jar and through its own services.
 */
public final class DemoInstitution {
    public static final String PASSWORD = "sabaq-demo";

    record Person(String iin, String surname, String firstName, String patronymic, String role) {
    }

    private final Database database;
    private final Clock clock;
    private final String folder;
    private final String dataSet;
    private final List<LmsModule> modules;

    /** The neutral demo ({@code demo/}), core's part only. */
    public DemoInstitution(Database database, Clock clock) {
        this(database, clock, null, List.of());
    }

    /**
     * @param dataSet a profile's {@code demoData}; null or blank for the neutral demo
     * @param modules the started modules, asked to load their part after core's
     */
    public DemoInstitution(Database database, Clock clock, String dataSet, List<LmsModule> modules) {
        this.database = database;
        this.clock = clock;
        this.dataSet = dataSet == null ? "" : dataSet.strip();
        this.folder = this.dataSet.isEmpty() ? "demo/" : "demo/" + this.dataSet + "/";
        this.modules = modules;
    }

    /** @return the logins to print, when the demo was loaded now */
    public Optional<List<String>> loadIfEmpty() {
        UserMapper users = database.mapper(UserMapper.class);
        if (users.count() > 0) {
            return Optional.empty();
        }
        RoleMapper roles = database.mapper(RoleMapper.class);
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        List<String> logins = new ArrayList<>();
        List<Person> people = people();
        database.run(() -> {
            for (Person p : people) {
                long id = users.insert(new NewUser(p.iin(), p.surname(), p.firstName(), p.patronymic(), null, "kk", hash),
                        LocalDateTime.now(clock));
                roles.assign(id, roles.byCode(p.role()).orElseThrow(
                        () -> new IllegalStateException(folder + "people.csv names no standard role " + p.role())).id());
                logins.add(String.format("%-18s %s / %s   (%s %s)", p.role(), p.iin(), PASSWORD, p.surname(), p.firstName()));
            }
        });
        loadAcademicStructure();
        DemoData loaded = new LoadedDemo(database, dataSet, tokens(LocalDate.now(clock)));
        modules.forEach(m -> m.loadDemo(loaded));
        return Optional.of(logins);
    }

    /** {@code people.csv}: iin, surname, first_name, patronymic, role. */
    List<Person> people() {
        String text = read("people.csv").orElseThrow(() -> new IllegalStateException("No demo file " + folder + "people.csv"));
        CsvLines.Parsed csv = CsvLines.read(text.getBytes(StandardCharsets.UTF_8));
        if (!csv.problems().isEmpty()) {
            throw new IllegalStateException("The demo file " + folder + "people.csv does not read: " + csv.problems());
        }
        return csv.lines().stream().map(CsvLines.Raw::cells).map(c -> new Person(c.get("iin"), c.get("surname"),
                c.get("first_name"), blankToNull(c.get("patronymic")), c.get("role"))).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Optional<String> read(String file) {
        try (InputStream in = DemoInstitution.class.getClassLoader().getResourceAsStream(folder + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder + file, e);
        }
    }

    /** Every {@code <kind>.csv} of the data set, in the kinds' dependency order, through the CSV import. */
    private void loadAcademicStructure() {
        CsvImport importer = CsvImport.over(database, new Audit(database.mapper(AuditMapper.class), clock), clock);
        Map<String, String> tokens = tokens(LocalDate.now(clock));
        for (Kind kind : Kinds.all()) {
            String file = kind.id() + ".csv";
            Optional<String> content = read(file);
            if (content.isEmpty()) {
                continue;
            }
            String text = resolve(content.get(), tokens);
            ImportReport report = importer.run(kind, text.getBytes(StandardCharsets.UTF_8), false, null);
            if (!report.ok()) {
                throw new IllegalStateException("The demo file " + folder + file + " does not import: " + report.problems());
            }
        }
    }

    /** The text with each placeholder of {@link #tokens} replaced. */
    static String resolve(String text, Map<String, String> tokens) {
        String resolved = text;
        for (Map.Entry<String, String> t : tokens.entrySet()) {
            resolved = resolved.replace(t.getKey(), t.getValue());
        }
        return resolved;
    }

    /**
     * The placeholders of the demo files: {@code {year}} and {@code {next}}, the calendar years of the
     * current academic year (it starts in September; from August on, the coming one); {@code {period}},
     * the current term; {@code {mon}} … {@code {fri}}, the days of the current week.
     */
    static Map<String, String> tokens(LocalDate today) {
        int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        int period = today.isBefore(LocalDate.of(year + 1, 1, 26)) ? 1 : 2;
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("{year}", String.valueOf(year));
        tokens.put("{next}", String.valueOf(year + 1));
        tokens.put("{period}", String.valueOf(period));
        List<String> days = List.of("{mon}", "{tue}", "{wed}", "{thu}", "{fri}");
        for (int i = 0; i < days.size(); i++) {
            tokens.put(days.get(i), monday.plusDays(i).toString());
        }
        return tokens;
    }
}
