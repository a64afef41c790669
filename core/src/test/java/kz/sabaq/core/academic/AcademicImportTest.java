package kz.sabaq.core.academic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Locale;
import kz.sabaq.api.access.Scope;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.AccessService;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.SessionViewer;
import kz.sabaq.core.access.StaffUnits;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.academic.importing.CsvImport;
import kz.sabaq.core.academic.importing.ImportReport;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.user.UserMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AcademicImportTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    static TestServer server;
    static Database db;
    static CsvImport importer;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        db = server.app().database();
        importer = CsvImport.over(db, new Audit(db.mapper(AuditMapper.class), server.clock()), server.clock());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ImportReport load(String kind, String csv) {
        return importer.run(Kinds.get(kind), csv.getBytes(StandardCharsets.UTF_8), false, null);
    }

    private static ImportReport dryRun(String kind, String csv) {
        return importer.run(Kinds.get(kind), csv.getBytes(StandardCharsets.UTF_8), true, null);
    }

    private static String unique(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }

    /** A group with everything it needs; returns its code. */
    private static String group() {
        String code = unique("ИС");
        assertTrue(load("study_group", "code\n" + code + "\n").ok());
        return code;
    }

    private static Object value(String sql, Object... args) {
        try (Connection c = db.connection(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, Object... args) {
        return ((Number) value(sql, args)).longValue();
    }

    @Test
    void dryRunReportsEveryBadLineWithItsNumber() {
        String good = unique("D");
        ImportReport report = dryRun("academic_year", """
                code,starts_on,ends_on,is_current
                %s,2026-09-01,2027-06-30,false
                Y2,2026-13-01,2027-06-30,false
                Y3,2026-09-01,2025-06-30,false

                Y4,2026-09-01,2027-06-30,perhaps
                """.formatted(good));
        assertFalse(report.applied());
        assertEquals(List.of(3, 4, 6), report.problems().stream().map(Problem::line).toList());
        assertEquals("core.academic.error.date", report.problems().get(0).key());
        assertEquals("core.academic.error.order", report.problems().get(1).key());
        assertEquals("core.academic.error.boolean", report.problems().get(2).key());
        assertEquals(0, count("SELECT COUNT(*) FROM academic_year WHERE code = ?", good), "a dry run writes nothing");
    }

    @Test
    void aDryRunOfAGoodFileCountsButWritesNothing() {
        String code = unique("DEP");
        ImportReport report = dryRun("department", "code,name_kk,name_ru,name_en\n" + code + ",Кафедра,Кафедра,Department\n");
        assertTrue(report.ok());
        assertEquals(1, report.created());
        assertFalse(report.applied());
        assertEquals(0, count("SELECT COUNT(*) FROM department WHERE code = ?", code));
    }

    @Test
    void aFileWithOneBadLineImportsNothing() {
        String a = unique("DEP");
        String b = unique("DEP");
        ImportReport report = load("department", """
                code,name_kk,name_ru,name_en
                %s,Информатика кафедрасы,Кафедра информатики,Computer science
                %s,,Кафедра математики,Mathematics
                """.formatted(a, b));
        assertFalse(report.applied());
        assertEquals(1, report.problems().size());
        assertEquals(3, report.problems().get(0).line());
        assertEquals("name_kk", report.problems().get(0).column());
        assertEquals(0, count("SELECT COUNT(*) FROM department WHERE code IN (?, ?)", a, b));
    }

    @Test
    void studentWithWrongIinCheckDigitIsRefused() {
        String iin = Iins.next();
        String wrong = iin.substring(0, 11) + (char) ('0' + (iin.charAt(11) - '0' + 1) % 10);
        ImportReport report = load("student", "iin,surname,first_name,record_book_number,group\n"
                + wrong + ",Оспанов,Дәурен," + unique("RB") + "," + group() + "\n");
        assertFalse(report.applied());
        assertEquals("core.iin.checkDigit", report.problems().get(0).key());
        assertEquals(2, report.problems().get(0).line());
        assertTrue(db.mapper(UserMapper.class).findByIin(wrong).isEmpty());
    }

    @Test
    void kazakhAndRussianLettersSurviveTheRoundTrip() {
        String code = unique("ҚАЗ");
        String csv = "\uFEFFcode,name_kk,name_ru,name_en\n" + code + ",Әдебиет және тіл: ғ, ү, ұ, қ, ө, һ, ң,Русский язык и литература: ё, ъ,Language\n";
        ImportReport report = load("department", csv.replace(": ғ, ү, ұ, қ, ө, һ, ң", " ғүұқөһң").replace(": ё, ъ", " ёъ"));
        assertTrue(report.ok(), report.problems().toString());
        List<Map<String, Object>> rows = db.mapper(AcademicMapper.class).page(Kinds.get("department"), "%" + code + "%", null, null, 10, 0);
        assertEquals(1, rows.size());
        assertEquals("Әдебиет және тіл ғүұқөһң", rows.get(0).get("name_kk"));
        assertEquals("Русский язык и литература ёъ", rows.get(0).get("name_ru"));
    }

    @Test
    void importIsAnUpsertByCode() {
        String code = unique("SP");
        assertEquals(1, load("speciality", "code,name_kk,name_ru,name_en\n" + code + ",Бағдарламалау,Программирование,Programming\n").created());
        ImportReport again = load("speciality", "code,name_kk,name_ru,name_en\n" + code + ",Бағдарламалық қамтамасыз ету,ПО,Software\n");
        assertEquals(0, again.created());
        assertEquals(1, again.updated());
        assertEquals(1, count("SELECT COUNT(*) FROM speciality WHERE code = ?", code));
        assertEquals("Software", value("SELECT name_en FROM speciality WHERE code = ?", code));
    }

    @Test
    void columnsAbsentFromTheFileKeepTheirValue() {
        String code = unique("R");
        load("room", "code,building,capacity\n" + code + ",A,30\n");
        load("room", "code,capacity\n" + code + ",40\n");
        assertEquals("A", value("SELECT building FROM room WHERE code = ?", code));
        assertEquals(40, ((Number) value("SELECT capacity FROM room WHERE code = ?", code)).intValue());
    }

    @Test
    void streamReferencesUnknownGroupIsAnError() {
        Fixture f = teaching();
        ImportReport report = load("stream", "code,discipline,teacher,academic_period,groups\n"
                + unique("ST") + "," + f.discipline + "," + f.teacherIin + "," + f.period + "," + f.group + ";NO-SUCH-GROUP\n");
        assertFalse(report.applied());
        Problem p = report.problems().get(0);
        assertEquals("core.academic.error.unknownReference", p.key());
        assertEquals("groups", p.column());
        assertEquals(List.of("study_group", "NO-SUCH-GROUP"), p.args());
    }

    @Test
    void aStreamHasItsGroupsAndAJournal() {
        Fixture f = teaching();
        String other = group();
        String stream = unique("ST");
        ImportReport report = load("stream", "code,discipline,teacher,academic_period,groups\n"
                + stream + "," + f.discipline + "," + f.teacherIin + "," + f.period + ",\"" + f.group + ";" + other + "\"\n");
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(2, count("SELECT COUNT(*) FROM stream_group sg JOIN stream s ON s.id = sg.stream_id WHERE s.code = ?", stream));
        assertEquals(1, count("SELECT COUNT(*) FROM journal j JOIN stream s ON s.id = j.stream_id WHERE s.code = ?", stream));
        assertTrue(load("journal", "stream,final_form,final_grade_to_be_set\n" + stream + ",Written-Oral,false\n").ok());
        assertEquals("written-oral", value("SELECT final_form FROM journal j JOIN stream s ON s.id = j.stream_id WHERE s.code = ?", stream));
    }

    @Test
    void aJournalWithAnUnknownFinalFormIsRefused() {
        Fixture f = teaching();
        ImportReport report = load("journal", "stream,final_form\n" + f.stream + ",ESSAY\n");
        assertEquals("core.academic.error.choice", report.problems().get(0).key());
    }

    @Test
    void referencesResolveAgainstRowsAlreadyStored() {
        String year = unique("Y");
        String period = unique("P");
        String csv = "code,academic_year,number,name_kk,name_ru,name_en,starts_on,ends_on\n"
                + period + "," + year + ",1,1-семестр,1 семестр,Term 1,2026-09-01,2026-12-31\n";
        ImportReport before = load("academic_period", csv);
        assertEquals("core.academic.error.unknownReference", before.problems().get(0).key());
        assertEquals(List.of("academic_year", year), before.problems().get(0).args());
        assertTrue(load("academic_year", "code,starts_on,ends_on\n" + year + ",2026-09-01,2027-06-30\n").ok());
        assertTrue(load("academic_period", csv).ok());
    }

    @Test
    void aSessionNeedsAKnownRoom() {
        Fixture f = teaching();
        String room = unique("R");
        String csv = "stream,room,starts_at,ends_at\n" + f.stream + "," + room + ",2026-09-14 08:00,2026-09-14 08:50\n";
        ImportReport sessions = load("timetable_session", csv);
        assertEquals("room", sessions.problems().get(0).column());
        assertEquals("core.academic.error.unknownReference", sessions.problems().get(0).key());
        assertTrue(load("room", "code\n" + room + "\n").ok());
        assertTrue(load("timetable_session", csv).ok());
    }

    @Test
    void repeatedKeyInOneFileIsAnError() {
        String code = unique("DEP");
        ImportReport report = load("department", "code,name_kk,name_ru,name_en\n" + code + ",а,а,a\n" + code + ",б,б,b\n");
        assertFalse(report.applied());
        assertEquals(3, report.problems().get(0).line());
        assertEquals("core.academic.error.repeatedKey", report.problems().get(0).key());
        assertEquals(List.of(2), report.problems().get(0).args());
    }

    @Test
    void unknownAndMissingColumnsAreReportedOnTheHeaderLine() {
        ImportReport report = load("department", "code,name_kk,nickname\nX,а,b\n");
        assertEquals(List.of(1, 1, 1), report.problems().stream().map(Problem::line).toList());
        assertTrue(report.problems().stream().anyMatch(p -> p.key().equals("core.academic.error.unknownColumn")));
        assertEquals(2, report.problems().stream().filter(p -> p.key().equals("core.academic.error.missingColumn")).count());
    }

    @Test
    void semicolonSeparatedFilesFromSpreadsheetsAreRead() {
        String code = unique("DEP");
        ImportReport report = load("department", "code;name_kk;name_ru;name_en\r\n" + code + ";Тарих;История;History\r\n");
        assertTrue(report.ok(), report.problems().toString());
        assertEquals("История", value("SELECT name_ru FROM department WHERE code = ?", code));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] cp1251 = "code,name_kk,name_ru,name_en\nX,а,б,c\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        ImportReport report = importer.run(Kinds.get("department"), cp1251, false, null);
        assertEquals("core.academic.error.notUtf8", report.problems().get(0).key());
    }

    @Test
    void roomNetworksMustBeCidrs() {
        String room = unique("R");
        ImportReport bad = load("room", "code,networks\n" + room + ",10.0.0.0/8;10.300.0.0/16\n");
        assertEquals("core.academic.error.cidr", bad.problems().get(0).key());
        assertEquals(List.of("10.300.0.0/16"), bad.problems().get(0).args());
        assertTrue(load("room", "code,networks\n" + room + ",\"10.12.0.0/16; 2001:db8::/32\"\n").ok());
        assertEquals(2, count("SELECT COUNT(*) FROM room_network n JOIN room r ON r.id = n.room_id WHERE r.code = ?", room));
        assertTrue(load("room", "code,networks\n" + room + ",192.168.5.0/24\n").ok());
        assertEquals("192.168.5.0/24", value("SELECT cidr FROM room_network n JOIN room r ON r.id = n.room_id WHERE r.code = ?", room));
    }

    @Test
    void sessionsAreBuiltFromTheBellSchedule() {
        Fixture f = teaching();
        assertTrue(load("bell_period", "number,starts_at,ends_at\n1,08:00,08:50\n2,08:55,09:45\n3,10:10,11:00\n").ok());
        ImportReport report = load("timetable_session", "stream,date,bell_period\n" + f.stream + ",2026-09-15,3\n");
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(java.time.LocalDateTime.parse("2026-09-15T11:00"), ((java.sql.Timestamp) value(
                "SELECT ends_at FROM timetable_session t JOIN stream s ON s.id = t.stream_id WHERE s.code = ?", f.stream)).toLocalDateTime());
        ImportReport unknownBell = load("timetable_session", "stream,date,bell_period\n" + f.stream + ",2026-09-15,42\n");
        assertEquals("core.academic.error.unknownReference", unknownBell.problems().get(0).key());
        ImportReport both = load("timetable_session", "stream,date,bell_period,starts_at,ends_at\n"
                + f.stream + ",2026-09-15,2,2026-09-15 08:55,2026-09-15 09:45\n");
        assertEquals("core.academic.error.sessionTime", both.problems().get(0).key());
    }

    @Test
    void aNewStudentGetsTheStudentRoleAndNoPassword() {
        String iin = Iins.next();
        String group = group();
        String book = unique("RB");
        ImportReport report = load("student", "iin,surname,first_name,patronymic,email,record_book_number,group\n"
                + iin + ",Жұмабаева,Әсел,Ерланқызы,asel@example.kz," + book + "," + group + "\n");
        assertTrue(report.ok(), report.problems().toString());
        var user = db.mapper(UserMapper.class).findByIin(iin).orElseThrow();
        assertNull(user.passwordHash());
        assertEquals("Ерланқызы", user.patronymic());
        assertEquals(1, count("SELECT COUNT(*) FROM user_role ur JOIN role r ON r.id = ur.role_id WHERE ur.user_id = ? AND r.code = ?",
                user.id(), StandardRoles.STUDENT));
        assertEquals(book, value("SELECT record_book_number FROM student WHERE user_id = ?", user.id()));
    }

    @Test
    void aPasswordColumnLetsAnImportedStudentLogIn() {
        String iin = Iins.next();
        ImportReport report = load("student", "iin,surname,first_name,record_book_number,group,password\n"
                + iin + ",Ким,Алина," + unique("RB") + "," + group() + "," + "first-pass-2026\n");
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(303, server.client().login(iin, "first-pass-2026").status());
    }

    @Test
    void reimportingAPersonWithoutAPasswordKeepsTheirPasswordAndLanguage() {
        String iin = Iins.next();
        String group = group();
        String book = unique("RB");
        assertTrue(load("student", "iin,surname,first_name,record_book_number,group,password\n"
                + iin + ",Ким,Алина," + book + "," + group + ",first-pass-2026\n").ok());
        UserMapper users = db.mapper(UserMapper.class);
        long id = users.findByIin(iin).orElseThrow().id();
        users.setLocale(id, "ru");
        String hash = users.findById(id).orElseThrow().passwordHash();
        ImportReport again = load("student", "iin,surname,first_name,record_book_number,group\n"
                + iin + ",Ким,Алина Сергеевна," + book + "," + group + "\n");
        assertEquals(1, again.updated());
        var user = users.findById(id).orElseThrow();
        assertEquals(hash, user.passwordHash());
        assertEquals("ru", user.locale());
        assertEquals("Алина Сергеевна", user.firstName());
    }

    @Test
    void aRecordBookNumberTakenByAnotherStudentIsRefused() {
        String book = unique("RB");
        String group = group();
        assertTrue(load("student", "iin,surname,first_name,record_book_number,group\n" + Iins.next() + ",А,Б," + book + "," + group + "\n").ok());
        ImportReport report = load("student", "iin,surname,first_name,record_book_number,group\n" + Iins.next() + ",В,Г," + book + "," + group + "\n");
        assertFalse(report.applied());
        assertEquals("core.academic.error.taken", report.problems().get(0).key());
        assertEquals(List.of(book), report.problems().get(0).args());
    }

    @Test
    void onlyOneAcademicYearIsCurrent() {
        String first = unique("Y");
        String second = unique("Y");
        load("academic_year", "code,starts_on,ends_on,is_current\n" + first + ",2025-09-01,2026-06-30,true\n");
        load("academic_year", "code,starts_on,ends_on,is_current\n" + second + ",2026-09-01,2027-06-30,true\n");
        assertEquals(1, count("SELECT COUNT(*) FROM academic_year WHERE is_current"));
        assertEquals(second, value("SELECT code FROM academic_year WHERE is_current"));
    }

    @Test
    void everyRealImportIsAuditedWithKindCountsAndActor() throws SQLException {
        long actor = server.user(Iins.next(), "Иванова", "Ольга", StandardRoles.REGISTRAR);
        importer.run(Kinds.get("instruction_language"), ("code,name_kk,name_ru,name_en\n" + unique("L") + ",қазақ тілі,казахский,Kazakh\n")
                .getBytes(StandardCharsets.UTF_8), false, actor);
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT actor_id, object, details FROM audit_event WHERE action = '"
                     + CsvImport.AUDIT_ACTION + "' ORDER BY id DESC LIMIT 1")) {
            assertTrue(r.next());
            assertEquals(actor, r.getLong(1));
            assertEquals("academic:instruction_language", r.getString(2));
            assertTrue(r.getString(3).contains("\"created\":1"), r.getString(3));
            assertNotNull(r.getString(3));
        }
    }

    @Test
    void aHeadOfDepartmentImportedAsStaffSeesOnlyTheirOwnDepartment() {
        String own = unique("DEP");
        String other = unique("DEP");
        assertTrue(load("department", "code,name_kk,name_ru,name_en\n" + own + ",а,а,a\n" + other + ",б,б,b\n").ok());
        String iin = Iins.next();
        assertTrue(load("staff", "iin,surname,first_name,position,department,role\n"
                + iin + ",Нұрланова,Гүлнар,Кафедра меңгерушісі," + own + ",head_of_department\n").ok());
        long userId = db.mapper(UserMapper.class).findByIin(iin).orElseThrow().id();
        RoleBook book = new RoleBook(db.mapper(RoleMapper.class), server.clock());
        book.reload();
        List<RoleDefinition> held = db.mapper(RoleMapper.class).roleIdsOf(userId).stream().map(book::get).toList();
        CapabilityCatalog catalog = new CapabilityCatalog();
        CoreModule.roleModules().forEach(catalog::add);
        SessionViewer viewer = new SessionViewer(userId, "Нұрланова Гүлнар", Locale.ENGLISH, "token", held, catalog,
                new StaffUnits(db.mapper(StaffUnits.StaffUnitsMapper.class)));
        long ownId = ((Number) value("SELECT id FROM department WHERE code = ?", own)).longValue();
        long otherId = ((Number) value("SELECT id FROM department WHERE code = ?", other)).longValue();
        AccessService access = new AccessService();
        assertTrue(access.allows(viewer, CoreModule.ACADEMIC_VIEW, new Scope(null, ownId, null)));
        assertFalse(access.allows(viewer, CoreModule.ACADEMIC_VIEW, new Scope(null, otherId, null)));
    }

    record Fixture(String group, String discipline, String teacherIin, String period, String stream) {
    }

    /** A group, a discipline, a teacher, a period and a stream of them. */
    private static Fixture teaching() {
        String group = group();
        String discipline = unique("DIS");
        String teacher = Iins.next();
        String year = unique("Y");
        String period = unique("P");
        String stream = unique("ST");
        assertTrue(load("discipline", "code,name_kk,name_ru,name_en,credits\n" + discipline + ",Алгоритмдер,Алгоритмы,Algorithms,5\n").ok());
        assertTrue(load("staff", "iin,surname,first_name\n" + teacher + ",Сейітқали,Нұрлан\n").ok());
        assertTrue(load("academic_year", "code,starts_on,ends_on\n" + year + ",2026-09-01,2027-06-30\n").ok());
        assertTrue(load("academic_period", "code,academic_year,number,name_kk,name_ru,name_en,starts_on,ends_on\n"
                + period + "," + year + ",1,1-семестр,1 семестр,Term 1,2026-09-01,2026-12-31\n").ok());
        assertTrue(load("stream", "code,discipline,teacher,academic_period,groups\n"
                + stream + "," + discipline + "," + teacher + "," + period + "," + group + "\n").ok());
        return new Fixture(group, discipline, teacher, period, stream);
    }
}
