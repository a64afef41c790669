package kz.sabaq.attestation.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The list of streams (spec §5): only main online streams, search, each filter, defaults, pages. */
class StreamListTest {
    static TestServer server;
    static Campus campus;
    static WebClient admin;
    static Campus.Person teacher;
    static long technology;
    static long language;
    static long speciality;
    static long qualification;
    static long plainGroup;
    static long richGroup;
    static long plain;
    static long rich;
    static long secondPeriod;
    static long oldYearStream;
    static long notOnline;
    static long notMain;

    @BeforeAll
    static void start() {
        server = Campus.start(Map.of());
        campus = new Campus(server);
        campus.at("2026-09-20T08:00:00");
        technology = campus.insert("INSERT INTO education_technology (code, name_kk, name_ru, name_en) VALUES ('CR', 'Кредиттік', 'Кредитная', 'Credit')");
        language = campus.insert("INSERT INTO instruction_language (code, name_kk, name_ru, name_en) VALUES ('kk', 'Қазақ', 'Казахский', 'Kazakh')");
        speciality = campus.insert("INSERT INTO speciality (code, name_kk, name_ru, name_en) VALUES ('0612', 'АЖ', 'ИС', 'IS')");
        qualification = campus.insert("INSERT INTO qualification (code, name_kk, name_ru, name_en, speciality_id) VALUES ('Q1', 'Техник', 'Техник', 'Technician', ?)", speciality);
        plainGroup = campus.group("ПР-1", campus.termT3, campus.dept1);
        richGroup = campus.insert("INSERT INTO study_group (code, study_term_id, department_id, education_technology_id, "
                + "instruction_language_id, speciality_id, qualification_id) VALUES ('БТ-1', ?, ?, ?, ?, ?, ?)",
                campus.termT4, campus.dept1, technology, language, speciality, qualification);
        teacher = campus.person("Жақыпов", "Серік", StandardRoles.TEACHER);
        Campus.Person other = campus.person("Омарова", "Гүлнар", StandardRoles.TEACHER);
        plain = campus.stream(teacher.id(), "Физика", campus.period1, campus.dept1, plainGroup);
        rich = campus.stream(other.id(), "Бағдарламалау", campus.period1, campus.dept1, richGroup);
        secondPeriod = campus.stream(teacher.id(), "Статистика", campus.period2, campus.dept1, plainGroup);
        oldYearStream = campus.stream(teacher.id(), "Тарих", campus.oldPeriod, campus.dept1, plainGroup);
        notOnline = campus.stream(teacher.id(), "Биология", campus.period1, campus.dept1, plainGroup);
        notMain = campus.stream(teacher.id(), "Химия", campus.period1, campus.dept1, plainGroup);
        campus.update("UPDATE stream SET is_main = FALSE WHERE id = ?", notMain);
        for (long s : new long[] {plain, rich, secondPeriod, oldYearStream, notMain}) {
            campus.online(s);
        }
        admin = campus.login(campus.person("Әкімші", "Бас", StandardRoles.ADMINISTRATOR));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Long> listed(WebClient web, String query) {
        WebClient.Page p = web.get("/online-attestation" + query);
        assertEquals(200, p.status(), p.body());
        return java.util.regex.Pattern.compile("data-stream=\"(\\d+)\"").matcher(p.body()).results()
                .map(m -> Long.parseLong(m.group(1))).toList();
    }

    @Test
    void onlyMainStreamsWithTheOnlineFlagOfTheCurrentYearsFirstPeriodAreListedByDefault() {
        List<Long> ids = listed(admin, "");
        assertTrue(ids.containsAll(List.of(plain, rich)), ids.toString());
        assertFalse(ids.contains(notOnline));
        assertFalse(ids.contains(notMain));
        assertFalse(ids.contains(secondPeriod));
        assertFalse(ids.contains(oldYearStream));
    }

    @Test
    void theYearAndPeriodFiltersChooseOtherPeriods() {
        assertEquals(List.of(secondPeriod), listed(admin, "?year=" + campus.year + "&period=" + campus.period2));
        assertEquals(List.of(oldYearStream), listed(admin, "?year=" + campus.oldYear + "&period="));
        List<Long> anyYear = listed(admin, "?year=&period=&q=%D0%96%D0%B0%D2%9B%D1%8B%D0%BF%D0%BE%D0%B2");
        assertEquals(java.util.Set.of(plain, secondPeriod, oldYearStream), java.util.Set.copyOf(anyYear));
    }

    @Test
    void theDisciplineAndStreamNamesLinkToTheStreamPage() {
        WebClient.Page p = admin.get("/online-attestation");
        assertTrue(p.contains("<a href=\"/online-attestation/streams/" + plain + "\">Физика</a>"));
    }

    @Test
    void searchFindsATeacherByName() {
        assertEquals(List.of(rich), listed(admin, "?q=Омарова"));
        assertEquals(List.of(rich), listed(admin, "?q=%D0%93%D2%AF%D0%BB%D0%BD%D0%B0%D1%80+%D0%9E%D0%BC%D0%B0%D1%80%D0%BE%D0%B2%D0%B0"));
    }

    @Test
    void searchFindsADisciplineByName() {
        assertEquals(List.of(plain), listed(admin, "?q=физ"));
        assertEquals(List.of(), listed(admin, "?q=%25"));
    }

    @Test
    void eachGroupFilterNarrowsTheList() {
        for (String f : List.of("technology=" + technology, "language=" + language, "speciality=" + speciality,
                "qualification=" + qualification, "group=" + richGroup, "term=" + campus.termT4)) {
            assertEquals(List.of(rich), listed(admin, "?" + f), f);
        }
        assertEquals(List.of(plain), listed(admin, "?term=" + campus.termT3));
    }

    @Test
    void theFiltersOfferCoresAcademicTables() {
        WebClient.Page p = admin.get("/online-attestation");
        assertTrue(p.contains("<option value=\"" + technology + "\">Кредиттік</option>"));
        assertTrue(p.contains("<option value=\"" + language + "\">Қазақ</option>"));
        assertTrue(p.contains("<option value=\"" + campus.period1 + "\" selected>1 кезең</option>"));
        assertTrue(p.contains("<option value=\"" + campus.year + "\" selected>"));
    }

    @Test
    void aTeacherSeesOnlyTheirOwnStreams() {
        WebClient web = campus.login(teacher);
        assertEquals(List.of(plain), listed(web, ""));
    }

    @Test
    void aLongListIsPaged() {
        Campus.Person busy = campus.person("Көп", "Ағым", StandardRoles.TEACHER);
        long year = campus.insert("INSERT INTO academic_year (code, starts_on, ends_on) VALUES ('PG', '2024-09-01', '2025-06-30')");
        long period = campus.insert("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, "
                + "starts_on, ends_on) VALUES ('PG1', ?, 1, 'a', 'a', 'a', '2024-09-01', '2024-12-31')", year);
        for (int i = 0; i < StreamListResource.PAGE_SIZE + 3; i++) {
            campus.online(campus.stream(busy.id(), "Пән " + i, period, campus.dept1, plainGroup));
        }
        WebClient web = campus.login(busy);
        String query = "?year=" + year + "&period=" + period;
        assertEquals(StreamListResource.PAGE_SIZE, listed(web, query).size());
        WebClient.Page first = web.get("/online-attestation" + query);
        assertTrue(first.contains("rel=\"next\""));
        assertEquals(3, listed(web, query + "&page=2").size());
    }
}
