package kz.sabaq.attestation;

import java.time.Instant;

/** A stream's online final control state (table {@code oa_stream}). */
public record OnlineStream(long streamId, boolean online, boolean byTicket, int ticketCount,
                           Instant ticketCountSavedAt, boolean byTest) {

    public Conduct conduct() {
        return byTicket ? Conduct.TICKET : byTest ? Conduct.TEST : Conduct.TASK;
    }
}
