package kz.sabaq.attestation.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.ExamSlot;

/** Dates and times as the pages show and read them, in the institution's time zone. */
final class Times {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ZoneId zone;

    Times(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /** A slot's tab name: its date, start and end time. */
    String slotName(ExamSlot slot) {
        ZonedDateTime start = slot.startsAt().atZone(zone);
        return DATE.format(start) + " " + TIME.format(start) + "–" + TIME.format(slot.endsAt().atZone(zone));
    }

    LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    String isoDate(Instant at) {
        return at.atZone(zone).toLocalDate().toString();
    }

    String isoTime(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** The date typed into the form field {@code field}; refused beside it when it is not one. */
    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw UserError.badRequest("online-attestation.staff.error.date").on(field);
        }
    }

    /** The time typed into the form field {@code field}; refused beside it when it is not one. */
    static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw UserError.badRequest("online-attestation.staff.error.time").on(field);
        }
    }

    Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }
}
