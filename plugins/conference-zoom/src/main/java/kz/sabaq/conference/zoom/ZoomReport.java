package kz.sabaq.conference.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.conference.Participation;

/**
 * Attendance from Zoom's past-meeting participant report ({@code GET /report/meetings/{id}/participants}):
 * one row per connection, each with {@code join_time}, {@code leave_time} and, for someone who joined
 * with their registration's link, the {@code registrant_id} Sabaq keeps with their user id. Zoom leaves
 * out the user ids of people outside the account, so the registrant id is what ties a row to a
 * person; a row without one (the host, a guest) is named by its display name and matches no one.
 * Once Zoom said the meeting ended (webhook) the report no longer changes and is kept.
 */
final class ZoomReport {
    private static final int PAGE = 300;

    static List<Participation> participations(long zoomId, ZoomApi api, ZoomStore store) {
        Optional<String> kept = store.report(zoomId);
        ArrayNode rows;
        if (kept.isPresent()) {
            rows = (ArrayNode) read(kept.get());
        } else {
            Optional<ArrayNode> fetched = fetch(zoomId, api);
            if (fetched.isEmpty()) {
                return List.of();
            }
            rows = fetched.get();
            if (store.ended(zoomId)) {
                store.report(zoomId, rows.toString());
            }
        }
        List<Participation> found = new ArrayList<>();
        for (JsonNode row : rows) {
            String who = store.userOf(zoomId, row.path("registrant_id").asText(null)).orElse(row.path("name").asText(""));
            String left = row.path("leave_time").asText("");
            found.add(new Participation(who, Instant.parse(row.path("join_time").asText()),
                    left.isEmpty() ? null : Instant.parse(left)));
        }
        return found;
    }

    /** Every page of the report; empty while Zoom has none (the meeting has not taken place). */
    private static Optional<ArrayNode> fetch(long zoomId, ZoomApi api) {
        ArrayNode rows = ZoomApi.JSON.createArrayNode();
        String next = "";
        do {
            String path = "report/meetings/" + zoomId + "/participants?page_size=" + PAGE
                    + (next.isEmpty() ? "" : "&next_page_token=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            Optional<JsonNode> page = api.find(path);
            if (page.isEmpty()) {
                return Optional.empty();
            }
            page.get().path("participants").forEach(rows::add);
            next = page.get().path("next_page_token").asText("");
        } while (!next.isEmpty());
        return Optional.of(rows);
    }

    private static JsonNode read(String json) {
        try {
            return ZoomApi.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("The kept Zoom report is no JSON", e);
        }
    }

    private ZoomReport() {
    }
}
