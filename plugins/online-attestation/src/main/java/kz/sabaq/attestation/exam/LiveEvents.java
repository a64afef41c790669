package kz.sabaq.attestation.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.live.ChangeSignal;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Sitting;

/**
 * The live stream of one slot for the stream page ({@code /online-attestation/slots/{id}/live}, Server-Sent Events):
 * one event {@code student} per student whose row changed — presence, questions viewed, answer sent,
 * ticket, grade — first for every student, then only for changes. It reads the slot from the
 * database every {@link #CHECK_EVERY} (changes on other nodes, presence running out) and at once when
 * this node changes something in the slot ({@link ChangeSignal}).
 */
public final class LiveEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CHECK_EVERY = Duration.ofSeconds(3);
    private static final Duration STREAM_FOR = Duration.ofMinutes(5);
    private static final int RETRY_MILLIS = 2000;
    /** Jersey holds back the first 8 KiB of an answer; a longer opening comment starts the stream at once. */
    private static final String OPENING = ": " + " ".repeat(9 * 1024) + "\n\n";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Attestation common;
    private final ExamMapper store;
    private final ChangeSignal live;

    public LiveEvents(Attestation common, ExamMapper store, ChangeSignal live) {
        this.common = common;
        this.store = store;
        this.live = live;
    }

    public StreamingOutput stream(long slotId, Locale locale) {
        return out -> {
            ChangeSignal.Watch watch = live.watch(slotId);
            try {
                long version = watch.version();
                Map<Long, String> shown = new HashMap<>();
                StringBuilder first = new StringBuilder(OPENING).append("retry: ").append(RETRY_MILLIS).append("\n\n");
                send(out, first + changes(slotId, locale, shown));
                long until = System.nanoTime() + STREAM_FOR.toNanos();
                while (System.nanoTime() < until) {
                    version = watch.await(version, CHECK_EVERY.toMillis());
                    String events = changes(slotId, locale, shown);
                    send(out, events.isEmpty() ? ": still here\n\n" : events);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | UncheckedIOException gone) {
                // the page was closed: the stream simply ends
            } finally {
                live.unwatch(slotId);
            }
        };
    }

    /** Events for the rows that differ from what the stream already sent; {@code shown} is updated. */
    String changes(long slotId, Locale locale, Map<Long, String> shown) {
        StringBuilder events = new StringBuilder();
        rows(slotId, locale).forEach((student, data) -> {
            if (!data.equals(shown.get(student))) {
                shown.put(student, data);
                events.append("event: student\ndata: ").append(data).append("\n\n");
            }
        });
        return events.toString();
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

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
