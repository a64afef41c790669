package kz.sabaq.attendance.online;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a platform's participant is: a listener of the session's groups whose IIN or Sabaq user id
 * the platform reports. Display names are never used (two listeners may share one, and anyone
 * may type any name into a conference); a participant that names no listener, or two, is unmatched.
 */
final class Participants {
    private static final int LONGEST_ID = 18;

    private final Map<String, Long> byIin = new HashMap<>();
    private final Set<Long> listeners;

    /** @param iins the IINs of the listeners of the session's groups, by user id */
    Participants(Map<Long, String> iins) {
        iins.forEach((id, iin) -> {
            if (iin != null) {
                byIin.put(iin, id);
            }
        });
        this.listeners = Set.copyOf(iins.keySet());
    }

    Optional<Long> listener(String participant) {
        if (participant == null) {
            return Optional.empty();
        }
        String text = participant.strip();
        Set<Long> found = new HashSet<>();
        Long byIinMatch = byIin.get(text);
        if (byIinMatch != null) {
            found.add(byIinMatch);
        }
        if (!text.isEmpty() && text.length() <= LONGEST_ID && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long id = Long.parseLong(text);
            if (listeners.contains(id)) {
                found.add(id);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
