package kz.sabaq.attestation.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.live.LiveEvent;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Sitting;

/**
 * The live stream of one slot for the stream page ({@code /online-attestation/slots/{id}/live}, Server-Sent Events):
 * one event {@code student} per student whose row changed — presence, questions viewed, answer sent,
 * ticket, grade — first for every student, then only for changes. It reads the slot from the
 * database every {@link #CHECK_EVERY} (changes on other nodes, presence running out) and at once when
 * this node changes something in the slot ({@link LiveUpdates#changed}).
 */
public final class LiveEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CHECK_EVERY = Duration.ofSeconds(3);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Attestation common;
    private final ExamMapper store;
    private final LiveUpdates live;

    public LiveEvents(Attestation common, ExamMapper store, LiveUpdates live) {
        this.common = common;
        this.store = store;
        this.live = live;
    }

    public void stream(long slotId, Locale locale, SseEventSink sink, Sse sse) {
        Map<Long, String> shown = new HashMap<>();
        live.stream(slotId, CHECK_EVERY, sink, sse, () -> changes(slotId, locale, shown));
    }

    /** Events for the rows that differ from what the stream already sent; {@code shown} is updated. */
    List<LiveEvent> changes(long slotId, Locale locale, Map<Long, String> shown) {
        List<LiveEvent> events = new ArrayList<>();
        rows(slotId, locale).forEach((student, data) -> {
            if (!data.equals(shown.get(student))) {
                shown.put(student, data);
                events.add(new LiveEvent("student", data));
            }
        });
        return events;
    }

    private static String json(Map<String, Object> row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each student's row of the slot as the JSON data of its event. */
    Map<Long, String> rows(long slotId, Locale locale) {
        Instant now = common.clock().instant();
        ZoneId zone = common.academic().timeZone();
        Map<Long, Instant> seen = new HashMap<>();
        store.presenceOfSlot(slotId).forEach(p -> seen.put(p.studentId(), p.lastSeen()));
        List<Sitting> sittings = common.store().sittingsOfSlot(slotId);
        Map<Long, String> grades = sittings.isEmpty() ? Map.of()
                : common.journals().column(sittings.get(0).streamId(), Journals.FINAL);
        Map<Long, String> rows = new LinkedHashMap<>();
        for (Sitting s : sittings) {
            String gradeText = Grading.cellText(common, locale, grades.get(s.studentId()), s.absence());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("student", s.studentId());
            row.put("online", Presence.online(seen.get(s.studentId()), now));
            row.put("viewed", when(s.questionsViewedAt(), zone));
            row.put("sent", when(s.answerSentAt(), zone));
            row.put("ticket", s.ticketNumber() == null ? "" : String.valueOf(s.ticketNumber()));
            row.put("grade", gradeText);
            rows.put(s.studentId(), json(row));
        }
        return rows;
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }
}
