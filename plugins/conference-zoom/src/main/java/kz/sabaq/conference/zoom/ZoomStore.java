package kz.sabaq.conference.zoom;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import kz.sabaq.api.conference.KeyValueStore;
import kz.sabaq.api.conference.Meeting;

/**
 * What the platform keeps in its store: the Zoom meeting made for each Sabaq meeting (by module and
 * object), each participant's registration (their own join link), the way back from a registrant to the
 * Sabaq user, and the meetings Zoom said ended.
 */
final class ZoomStore {

    /**
     * The Zoom meeting made for a Sabaq meeting, with the times (epoch seconds) and title it was made or
     * last changed with.
     */
    record Created(long id, long start, long end, String title) {
        static Created of(long id, Meeting meeting) {
            return new Created(id, meeting.start().getEpochSecond(), meeting.end().getEpochSecond(), meeting.title());
        }

        boolean differs(Meeting meeting) {
            return !equals(of(id, meeting));
        }
    }

    /** A participant's registration: Zoom's registrant id and the join link made for them. */
    record Registration(String registrantId, String joinUrl) {
    }

    private final KeyValueStore store;

    ZoomStore(KeyValueStore store) {
        this.store = store;
    }

    Optional<Created> created(Meeting meeting) {
        return store.get("meeting:" + meeting.key()).map(json -> read(json, Created.class));
    }

    void created(Meeting meeting, Created created) {
        store.put("meeting:" + meeting.key(), write(created));
    }

    Optional<Registration> registration(long zoomId, long userId) {
        return store.get("registrant:" + zoomId + ":" + userId).map(json -> read(json, Registration.class));
    }

    void registration(long zoomId, long userId, Registration registration) {
        store.put("registrant:" + zoomId + ":" + userId, write(registration));
        store.put("user-of:" + zoomId + ":" + registration.registrantId(), String.valueOf(userId));
    }

    /** The Sabaq user id of a registrant of the meeting; empty for anyone Sabaq did not register. */
    Optional<String> userOf(long zoomId, String registrantId) {
        return registrantId == null || registrantId.isBlank() ? Optional.empty() : store.get("user-of:" + zoomId + ":" + registrantId);
    }

    void ended(long zoomId, String when) {
        store.put("ended:" + zoomId, when);
    }

    boolean ended(long zoomId) {
        return store.get("ended:" + zoomId).isPresent();
    }

    /** The participant report kept once the meeting ended: it no longer changes. */
    Optional<String> report(long zoomId) {
        return store.get("report:" + zoomId);
    }

    void report(long zoomId, String participants) {
        store.put("report:" + zoomId, participants);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return ZoomApi.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The Zoom platform's store holds no " + type.getSimpleName(), e);
        }
    }

    private static String write(Object value) {
        try {
            return ZoomApi.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
