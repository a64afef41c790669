package kz.sabaq.attestation.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Generator;
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
        Generator gen = campus.gen;
        technology = gen.educationTechnology().code("CR").named("Кредиттік", "Кредитная", "Credit").create();
        language = gen.instructionLanguage().code("kk").named("Қазақ", "Казахский", "Kazakh").create();
        speciality = gen.speciality().code("0612").named("АЖ", "ИС", "IS").create();
        qualification = gen.qualification().code("Q1").named("Техник", "Техник", "Technician").speciality(speciality).create();
        plainGroup = campus.group("ПР-1", campus.termT3, campus.dept1);
        richGroup = gen.group().code("БТ-1").studyTerm(campus.termT4).department(campus.dept1).educationTechnology(technology)
                .instructionLanguage(language).speciality(speciality).qualification(qualification).create();
        teacher = campus.person("Жақыпов", "Серік", StandardRoles.TEACHER);
        Campus.Person other = campus.person("Омарова", "Гүлнар", StandardRoles.TEACHER);
        plain = campus.stream(teacher.id(), "Физика", campus.period1, campus.dept1, plainGroup);
        rich = campus.stream(other.id(), "Бағдарламалау", campus.period1, campus.dept1, richGroup);
        secondPeriod = campus.stream(teacher.id(), "Статистика", campus.period2, campus.dept1, plainGroup);
        oldYearStream = campus.stream(teacher.id(), "Тарих", campus.oldPeriod, campus.dept1, plainGroup);
        notOnline = campus.stream(teacher.id(), "Биология", campus.period1, campus.dept1, plainGroup);
        notMain = gen.stream().teacher(teacher.id()).discipline(gen.discipline().named("Химия").department(campus.dept1).create())
                .period(campus.period1).groups(plainGroup).notMain().create();
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
        long year = campus.gen.year().code("PG").dates("2024-09-01", "2025-06-30").create();
        long period = campus.gen.period().code("PG1").year(year).dates("2024-09-01", "2024-12-31").create();
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
