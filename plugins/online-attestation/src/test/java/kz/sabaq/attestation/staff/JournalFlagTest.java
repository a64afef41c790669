package kz.sabaq.attestation.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.AttestationMapper;
import kz.sabaq.attestation.AttestationSettings;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.MemorySettings;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.TestViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Conduct final control online" in the journal settings (spec §4), on the real database. */
class JournalFlagTest {
    static TestServer server;
    static Campus campus;
    static Database database;
    static final List<String> audit = new ArrayList<>();

    MemorySettings settings;
    OnlineFlag flag;
    long teacher;
    long stream;
    long t3Stream;
    long student;
    private static int n;

    static final Viewer EDITOR = TestViewer.holding(1, Locale.ENGLISH,
            Set.of(OnlineAttestationModule.VIEW, OnlineAttestationModule.EDIT));
    static final Viewer READER = TestViewer.holding(2, Locale.ENGLISH, Set.of(OnlineAttestationModule.VIEW));
    static final Viewer ALL_READER = TestViewer.holding(3, Locale.ENGLISH, Set.of(OnlineAttestationModule.ALL));
    static final Viewer OUTSIDER = TestViewer.holding(4, Locale.ENGLISH, Set.of());

    @BeforeAll
    static void start() {
        server = Campus.start(Map.of());
        campus = new Campus(server);
        database = server.separateDatabase();
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    @BeforeEach
    void journal() {
        n++;
        String t4 = campus.rows("SELECT code FROM study_term WHERE id = ?", campus.termT4).get(0).get("code").toString();
        settings = new MemorySettings(AttestationSettings.definitions(), Map.of(AttestationSettings.STUDY_TERMS, t4));
        flag = new OnlineFlag(database.mapper(StaffMapper.class), database.mapper(AttestationMapper.class),
                server.app().service(AcademicDirectory.class).orElseThrow(), Fakes.ACCESS,
                new AttestationSettings(settings), database, (actor, action, object, details) -> audit.add(action),
                server.clock());
        teacher = campus.teacher("Оқытушы", "Журнал");
        long g4 = campus.group("Ж4-" + n, campus.termT4, campus.dept1);
        long g3 = campus.group("Ж3-" + n, campus.termT3, campus.dept1);
        student = campus.student("Студент", "Журнал", g4).id();
        stream = campus.stream(teacher, "Журнал " + n, campus.period1, campus.dept1, g4);
        t3Stream = campus.stream(teacher, "Журнал 3-" + n, campus.period1, campus.dept1, g3);
    }

    JournalSettings toBeSet(long streamId) {
        return new JournalSettings(streamId, "letter", true);
    }

    boolean stored(long streamId) {
        return campus.count("SELECT COUNT(*) FROM oa_stream WHERE stream_id = ? AND online = TRUE", streamId) == 1;
    }

    @Test
    void theOptionHasItsKeyAndLabel() {
        assertEquals("online-attestation.online", flag.key());
        assertEquals("online-attestation.staff.journal.online", flag.labelKey());
    }

    @Test
    void itIsShownForAnAllowedStudyTermAToBeSetGradeAndTheStaffModule() {
        assertTrue(flag.shown(EDITOR, toBeSet(stream)));
        assertTrue(flag.shown(READER, toBeSet(stream)));
        assertTrue(flag.shown(ALL_READER, toBeSet(stream)));
    }

    @Test
    void itIsHiddenForAStudyTermTheSettingsDoNotAllow() {
        assertFalse(flag.shown(EDITOR, toBeSet(t3Stream)));
        settings.set(AttestationSettings.STUDY_TERMS, "all");
        assertTrue(flag.shown(EDITOR, toBeSet(t3Stream)));
        settings.set(AttestationSettings.STUDY_TERMS, "");
        assertFalse(flag.shown(EDITOR, toBeSet(stream)));
    }

    @Test
    void itIsHiddenWhenTheFinalGradeIsNotToBeSet() {
        assertFalse(flag.shown(EDITOR, new JournalSettings(stream, null, false)));
    }

    @Test
    void itIsHiddenWithoutTheStaffModule() {
        assertFalse(flag.shown(OUTSIDER, toBeSet(stream)));
    }

    @Test
    void turningItOnStoresTheFlagAndOffersGo() {
        assertFalse(flag.value(stream));
        assertEquals(Optional.empty(), flag.goLink(stream));
        flag.set(EDITOR, toBeSet(stream), true);
        assertTrue(stored(stream));
        assertTrue(flag.value(stream));
        assertTrue(flag.ownsFinalGrades(stream));
        assertEquals(Optional.of("/online-attestation/streams/" + stream), flag.goLink(stream));
        assertTrue(audit.contains("online-attestation.online"));
        flag.set(EDITOR, toBeSet(stream), false);
        assertFalse(flag.value(stream));
        assertFalse(flag.ownsFinalGrades(stream));
    }

    @Test
    void aJournalWhereItIsNotShownRefusesIt() {
        UserError e = assertThrows(UserError.class, () -> flag.set(EDITOR, toBeSet(t3Stream), true));
        assertEquals(400, e.status());
        assertEquals(0, campus.count("SELECT COUNT(*) FROM oa_stream WHERE stream_id = ?", t3Stream));
        assertThrows(UserError.class, () -> flag.set(OUTSIDER, toBeSet(stream), true));
        assertThrows(UserError.class, () -> flag.set(EDITOR, new JournalSettings(stream, null, false), true));
        assertFalse(stored(stream));
    }

    @Test
    void turningItOnNeedsTheFinalAttestationForm() {
        UserError e = assertThrows(UserError.class, () -> flag.set(EDITOR, new JournalSettings(stream, null, true), true));
        assertEquals(400, e.status());
        assertEquals("online-attestation.staff.error.finalFormRequired", e.messageKey());
        assertEquals(Optional.of(OnlineFlag.KEY), e.field(), "shown beside the checkbox");
        assertFalse(stored(stream));
    }

    @Test
    void readModeCannotChangeIt() {
        UserError e = assertThrows(UserError.class, () -> flag.set(READER, toBeSet(stream), true));
        assertEquals(403, e.status());
        assertFalse(stored(stream));
    }

    @Test
    void onceAStudentHasASlotItIsLocked() {
        flag.set(EDITOR, toBeSet(stream), true);
        assertFalse(flag.locked(stream));
        long slot = campus.attestation.slot(stream, teacher)
                .between(LocalDateTime.parse("2026-09-20T05:00"), LocalDateTime.parse("2026-09-20T07:00")).create();
        campus.attestation.sitting(stream, student, slot).create();
        assertTrue(flag.locked(stream));
        UserError e = assertThrows(UserError.class, () -> flag.set(EDITOR, toBeSet(stream), false));
        assertEquals(409, e.status());
        assertTrue(stored(stream));
        flag.set(EDITOR, toBeSet(stream), true);
        assertTrue(stored(stream));
    }
}
