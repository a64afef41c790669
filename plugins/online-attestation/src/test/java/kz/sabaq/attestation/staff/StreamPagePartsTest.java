package kz.sabaq.attestation.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.AttestationMapper;
import kz.sabaq.attestation.AttestationSettings;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.StreamAccess;
import kz.sabaq.attestation.TestForm;
import kz.sabaq.attestation.retake.RetakeMapper;
import kz.sabaq.attestation.retake.Retakes;
import kz.sabaq.attestation.slot.SlotActions;
import kz.sabaq.attestation.tickets.TicketBank;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.MemorySettings;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.TestViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stream page with the other parts' objects (the ticket bank's summary, the per-slot actions),
 * as small fakes until those parts are merged; and the journal option as the module registered it.
 */
class StreamPagePartsTest {
    static TestServer server;
    static Campus campus;
    static Database database;
    static Attestation common;
    static AcademicDirectory academic;
    static long teacher;
    static long stream;
    static long firstSlot;
    static long secondSlot;

    static final TestViewer EDITOR = TestViewer.holding(1, Locale.forLanguageTag("kk"),
            Set.of(OnlineAttestationModule.VIEW, OnlineAttestationModule.EDIT, OnlineAttestationModule.ALL));

    @BeforeAll
    static void start() {
        server = Campus.start(Map.of());
        campus = new Campus(server);
        database = server.separateDatabase();
        campus.at("2026-09-20T08:00:00");
        academic = server.app().service(AcademicDirectory.class).orElseThrow();
        common = new Attestation(academic, server.app().service(Journals.class).orElseThrow(),
                server.app().service(Translations.class).orElseThrow(),
                new AttestationSettings(new MemorySettings(AttestationSettings.definitions(), Map.of())), database.mapper(AttestationMapper.class),
                new StreamAccess(academic, Fakes.ACCESS), database, (a, b, c, d) -> { }, server.clock(), Optional.empty(), new TestForm());
        teacher = campus.teacher("Оқытушы", "Бөліктер");
        long group = campus.group("БЛ-1", campus.termT4, campus.dept1);
        long a = campus.student("Әлиев", "Арман", group).id();
        long b = campus.student("Бекова", "Сара", group).id();
        stream = campus.stream(teacher, "Бөліктер", campus.period1, campus.dept1, group);
        campus.online(stream);
        firstSlot = slot("2026-09-20T05:00", "2026-09-20T07:00");
        secondSlot = slot("2026-09-21T05:00", "2026-09-21T07:00");
        campus.attestation.sitting(stream, a, firstSlot).create();
        campus.attestation.sitting(stream, b, secondSlot).create();
    }

    static long slot(String startsUtc, String endsUtc) {
        return campus.attestation.slot(stream, teacher).between(LocalDateTime.parse(startsUtc), LocalDateTime.parse(endsUtc)).create();
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    static StreamPage.Model model(TicketBank bank, SlotActions actions) {
        StaffMapper store = database.mapper(StaffMapper.class);
        Times times = new Times(academic.timeZone());
        Retakes retakes = new Retakes(common, database.mapper(RetakeMapper.class),
                server.app().service(GradingScales.class).orElseThrow());
        SlotPlanner planner = new SlotPlanner(common, store, times, retakes);
        Stream s = academic.stream(stream).orElseThrow();
        return new StreamPage(common, store, planner, times, bank, actions, retakes).model(EDITOR, s, false);
    }

    @Test
    void eachSlotTabOffersTheSlotActionsOfThatSlot() {
        SlotActions actions = (viewer, s, slot) -> List.of(
                new SlotActions.Offered("online-attestation-slot.notify", "/online-attestation/slots/" + slot.id() + "/actions/notify"));
        List<StreamPage.Tab> tabs = model(EMPTY_BANK, actions).slots();
        assertEquals(2, tabs.size());
        assertEquals(List.of(new SlotActions.Offered("online-attestation-slot.notify",
                "/online-attestation/slots/" + firstSlot + "/actions/notify", true)), tabs.get(0).actions());
        assertEquals(List.of(new SlotActions.Offered("online-attestation-slot.notify",
                "/online-attestation/slots/" + secondSlot + "/actions/notify", true)), tabs.get(1).actions());
    }

    @Test
    void theTicketsSummaryComesFromTheTicketBank() {
        TicketBank bank = new FixedBank(new TicketBank.Summary(5, 2, Instant.parse("2026-09-19T04:30:00Z")));
        StreamPage.Model model = model(bank, NO_ACTIONS);
        assertEquals(new StreamPage.TicketsSummary(5, 2, "19.09.2026 09:30"), model.tickets());
        assertTrue(model.slots().stream().allMatch(t -> t.actions().isEmpty()));
    }

    /** A ticket bank whose every stream has the same summary. */
    record FixedBank(TicketBank.Summary fixed) implements TicketBank {
        @Override
        public Summary summary(long streamId) {
            return fixed;
        }

        @Override
        public List<Integer> numbers(long streamId) {
            return java.util.stream.IntStream.rangeClosed(1, fixed.count()).boxed().toList();
        }

        @Override
        public Optional<kz.sabaq.attestation.tickets.Ticket> ticket(long streamId, int number) {
            return Optional.empty();
        }
    }

    static final SlotActions NO_ACTIONS = (viewer, s, slot) -> List.of();

    static final TicketBank EMPTY_BANK = new FixedBank(new TicketBank.Summary(0, 0, null));

    @Test
    void aZeroTicketCountShowsNoSummary() {
        assertNull(model(EMPTY_BANK, NO_ACTIONS).tickets());
    }

    @Test
    void theModuleRegistersTheJournalOption() {
        JournalOption option = server.app().journalOptions().stream()
                .filter(o -> o.key().equals("online-attestation.online")).findFirst().orElseThrow();
        assertEquals("online-attestation.staff.journal.online", option.labelKey());
        assertTrue(option.value(stream));
        assertTrue(option.locked(stream));
        assertTrue(option.ownsFinalGrades(stream));
        assertEquals(Optional.of("/online-attestation/streams/" + stream), option.goLink(stream));
        long other = campus.stream(teacher, "Басқа", campus.period1, campus.dept1);
        assertFalse(option.value(other));
        assertFalse(option.locked(other));
        assertEquals(Optional.empty(), option.goLink(other));
    }
}
