package kz.sabaq.attestation.staff;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import kz.sabaq.attestation.AttestationMapper;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.tickets.TicketBank;

/**
 * TEMP(merge): the stream page's ticket summary read straight from the shared tables while the
 * ticket bank part is not merged (its wiring returns null). The lead removes this at merge.
 */
final class TicketSummaryFallback implements TicketBank {
    private final AttestationMapper shared;
    private final StaffMapper store;

    TicketSummaryFallback(AttestationMapper shared, StaffMapper store) {
        this.shared = shared;
        this.store = store;
    }

    @Override
    public Summary summary(long streamId) {
        OnlineStream row = shared.stream(streamId);
        int count = row == null ? 0 : row.ticketCount();
        Instant last = store.lastTicketSaved(streamId);
        return new Summary(count, store.enteredTickets(streamId), last != null ? last
                : row == null ? null : row.ticketCountSavedAt());
    }

    @Override
    public List<Integer> numbers(long streamId) {
        OnlineStream row = shared.stream(streamId);
        return IntStream.rangeClosed(1, row == null ? 0 : row.ticketCount()).boxed().toList();
    }
}
