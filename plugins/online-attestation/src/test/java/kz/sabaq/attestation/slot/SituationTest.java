package kz.sabaq.attestation.slot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Scope;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.tickets.TicketBank;
import org.junit.jupiter.api.Test;

/** Spec §8: each action's show-condition, one by one (the server refuses with the same reason). */
class SituationTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    static final Instant START = Instant.parse("2026-12-20T05:00:00Z"); // 10:00 in Almaty
    static final Stream STREAM = new Stream(1, "S1", 7, new LocalizedName("Пән", "Дисц", "Disc"), Scope.INSTITUTION);

    private record Case(boolean byTicket, boolean editMode, int count, int entered, boolean choose, Instant now,
                        Instant notifiedAt, List<Sitting> sittings) {
        Case with(List<Sitting> s) {
            return new Case(byTicket, editMode, count, entered, choose, now, notifiedAt, s);
        }

        Situation situation() {
            ExamSlot slot = new ExamSlot(9, 1, START, START.plusSeconds(7200), notifiedAt, null, null, false, false);
            return new Situation(STREAM, new OnlineStream(1, true, byTicket, count, count > 0 ? START : null, false), slot, sittings,
                    editMode, new TicketBank.Summary(count, entered, null), choose, now, ZONE);
        }
    }

    static Sitting waiting(long student) {
        return new Sitting(1, student, 9, null, null, null, null, null, null, null, null, null, 1);
    }

    static Sitting placed(long student) {
        return new Sitting(1, student, 9, START, null, null, null, null, null, null, null, null, 1);
    }

    static Sitting withTicket(long student, boolean sent) {
        return new Sitting(1, student, 9, START, 3, "CHOSEN", START, sent ? START : null, null, null, null, null, 1);
    }

    /** Everything holds: by ticket, edit mode, 3 of 3 tickets, own choice, 10:30 on the slot's day. */
    static Case ready() {
        return new Case(true, true, 3, 3, true, START.plusSeconds(1800), null, List.of(waiting(1), withTicket(2, false)));
    }

    @Test
    void notificationShowsInEditModeUntilSent() {
        assertNull(ready().situation().notification());
        Case read = new Case(true, false, 3, 3, true, START, null, ready().sittings());
        assertEquals("online-attestation-slot.error.readMode", read.situation().notification());
        Case sent = new Case(true, true, 3, 3, true, START, START, ready().sittings());
        assertEquals("online-attestation-slot.error.notified", sent.situation().notification());
    }

    @Test
    void platformShowsInEditModeOnly() {
        assertNull(ready().situation().platform());
        assertEquals("online-attestation-slot.error.readMode",
                new Case(true, false, 3, 3, true, START, null, List.of()).situation().platform());
    }

    @Test
    void generateNeedsTicketsTheSlotsDayAndAStudentWithoutATicket() {
        assertNull(ready().situation().generate());
        Case r = ready();
        assertEquals("online-attestation-slot.error.notByTicket",
                new Case(false, true, 3, 3, true, r.now(), null, r.sittings()).situation().generate());
        assertEquals("online-attestation-slot.error.readMode",
                new Case(true, false, 3, 3, true, r.now(), null, r.sittings()).situation().generate());
        assertEquals("online-attestation-slot.error.noCount",
                new Case(true, true, 0, 0, true, r.now(), null, r.sittings()).situation().generate());
        assertEquals("online-attestation-slot.error.ticketsIncomplete",
                new Case(true, true, 3, 2, true, r.now(), null, r.sittings()).situation().generate());
        assertEquals("online-attestation-slot.error.notToday",
                new Case(true, true, 3, 3, true, START.plusSeconds(86_400), null, r.sittings()).situation().generate());
        assertEquals("online-attestation-slot.error.allHaveTickets",
                r.with(List.of(withTicket(1, false))).situation().generate());
        assertNull(new Case(true, true, 3, 3, false, START.minusSeconds(3600), null, r.sittings()).situation().generate(),
                "random generation: before the start of the slot's day too");
    }

    @Test
    void placeNeedsOwnChoiceTheStartAndAStudentWithoutPlacement() {
        Case r = ready();
        assertNull(r.situation().place());
        assertEquals("online-attestation-slot.error.notChoosing",
                new Case(true, true, 3, 3, false, r.now(), null, r.sittings()).situation().place());
        assertEquals("online-attestation-slot.error.notStarted",
                new Case(true, true, 3, 3, true, START.minusSeconds(1), null, r.sittings()).situation().place());
        assertEquals("online-attestation-slot.error.ticketsIncomplete",
                new Case(true, true, 3, 2, true, r.now(), null, r.sittings()).situation().place());
        assertEquals("online-attestation-slot.error.noCount",
                new Case(true, true, 0, 0, true, r.now(), null, r.sittings()).situation().place());
        assertEquals("online-attestation-slot.error.notByTicket",
                new Case(false, true, 3, 3, true, r.now(), null, r.sittings()).situation().place());
        assertEquals("online-attestation-slot.error.readMode",
                new Case(true, false, 3, 3, true, r.now(), null, r.sittings()).situation().place());
        assertEquals("online-attestation-slot.error.allPlaced", r.with(List.of(placed(1), placed(2))).situation().place());
    }

    @Test
    void cancelNeedsAPlacedStudentWhoseQuestionsWereNotSent() {
        Case r = ready();
        assertNull(r.with(List.of(placed(1))).situation().cancel());
        assertEquals("online-attestation-slot.error.nonePlaced", r.with(List.of(waiting(1))).situation().cancel());
        assertEquals("online-attestation-slot.error.nonePlaced", r.with(List.of(withTicket(1, true))).situation().cancel());
        assertEquals("online-attestation-slot.error.readMode",
                new Case(true, false, 3, 3, true, r.now(), null, List.of(placed(1))).situation().cancel());
    }

    @Test
    void sendShowsUntilEveryoneWasSentAndIsEnabledOnTheDayFromTheStartWithATicket() {
        Case r = ready();
        assertNull(r.situation().sendShown());
        assertNull(r.situation().send());
        assertEquals("online-attestation-slot.error.allSent",
                r.with(List.of(withTicket(1, true))).situation().sendShown());
        Case early = new Case(true, true, 3, 3, true, START.minusSeconds(60), null, r.sittings());
        assertNull(early.situation().sendShown());
        assertEquals("online-attestation-slot.error.notStarted", early.situation().send());
        Case nextDay = new Case(true, true, 3, 3, true, START.plusSeconds(86_400), null, r.sittings());
        assertEquals("online-attestation-slot.error.notToday", nextDay.situation().send());
        assertEquals("online-attestation-slot.error.noneWithTicket", r.with(List.of(waiting(1))).situation().send());
        assertEquals("online-attestation-slot.error.readMode",
                new Case(true, false, 3, 3, true, r.now(), null, r.sittings()).situation().sendShown());
    }
}
