package kz.sabaq.attestation.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.tickets.TicketBank;

/**
 * What a slot's actions depend on, read once per request, and each action's show-condition (spec
 * §8). A method answers null when the action may run, else the i18n key of the reason it may not:
 * the page hides the button, and the server refuses the request with that reason.
 */
public record Situation(Stream stream, OnlineStream online, ExamSlot slot, List<Sitting> sittings, boolean editMode,
                        TicketBank.Summary tickets, boolean studentsChoose, Instant now, ZoneId zone) {
    static final String PREFIX = "online-attestation-slot.error.";

    public boolean today() {
        return LocalDate.ofInstant(now, zone).equals(LocalDate.ofInstant(slot.startsAt(), zone));
    }

    public boolean byTicket() {
        return online != null && online.byTicket();
    }

    public String notification() {
        if (!editMode) {
            return PREFIX + "readMode";
        }
        return slot.notifiedAt() == null ? null : PREFIX + "notified";
    }

    public String platform() {
        return editMode ? null : PREFIX + "readMode";
    }

    public String generate() {
        String common = ticketsReady();
        if (common != null) {
            return common;
        }
        if (!today()) {
            return PREFIX + "notToday";
        }
        return sittings.stream().anyMatch(s -> !s.hasTicket()) ? null : PREFIX + "allHaveTickets";
    }

    public String place() {
        String common = ticketsReady();
        if (common != null) {
            return common;
        }
        if (!studentsChoose) {
            return PREFIX + "notChoosing";
        }
        if (!slot.started(now)) {
            return PREFIX + "notStarted";
        }
        return sittings.stream().anyMatch(Situation::placeable) ? null : PREFIX + "allPlaced";
    }

    public String cancel() {
        if (!editMode) {
            return PREFIX + "readMode";
        }
        if (!byTicket()) {
            return PREFIX + "notByTicket";
        }
        return sittings.stream().anyMatch(Situation::cancellable) ? null : PREFIX + "nonePlaced";
    }

    /** "Send questions to students" shows while a student of the slot has not been sent them. */
    public String sendShown() {
        if (!editMode) {
            return PREFIX + "readMode";
        }
        if (!byTicket()) {
            return PREFIX + "notByTicket";
        }
        return sittings.stream().anyMatch(s -> s.questionsSentAt() == null) ? null : PREFIX + "allSent";
    }

    /** … and is enabled on the slot's date, from its start, once a student waiting for them has a ticket. */
    public String send() {
        String shown = sendShown();
        if (shown != null) {
            return shown;
        }
        if (!today()) {
            return PREFIX + "notToday";
        }
        if (!slot.started(now)) {
            return PREFIX + "notStarted";
        }
        return sittings.stream().anyMatch(Situation::sendable) ? null : PREFIX + "noneWithTicket";
    }

    /** "Place tickets" is for students who have neither placed tickets nor a ticket (e.g. a generated one). */
    static boolean placeable(Sitting s) {
        return s.placedAt() == null && !s.hasTicket();
    }

    static boolean cancellable(Sitting s) {
        return s.placedAt() != null && s.questionsSentAt() == null;
    }

    static boolean sendable(Sitting s) {
        return s.hasTicket() && s.questionsSentAt() == null;
    }

    private String ticketsReady() {
        if (!editMode) {
            return PREFIX + "readMode";
        }
        if (!byTicket()) {
            return PREFIX + "notByTicket";
        }
        if (tickets.count() <= 0) {
            return PREFIX + "noCount";
        }
        return tickets.complete() ? null : PREFIX + "ticketsIncomplete";
    }
}
