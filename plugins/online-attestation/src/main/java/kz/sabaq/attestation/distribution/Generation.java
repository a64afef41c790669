package kz.sabaq.attestation.distribution;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.attestation.TicketRequest;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.AttestationMapper;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineStream;

/**
 * "Generate ticket numbers": the chosen strategy gives free tickets of the pool to the slot's
 * students who have none. One transaction that first locks the stream's sittings, so the free
 * tickets it sees stay free until it commits; a student choosing at that instant waits and then
 * finds the ticket taken. The seed goes to the audit log with the whole request and the result:
 * {@code new SplittableRandom(seed)} with the same request gives the same tickets again.
 */
final class Generation {
    static final String EVENT = "online-attestation.tickets.generated";
    static final String GENERATOR = "java.util.SplittableRandom";
    private static final int ATTEMPTS = 5;

    private final DistributionMapper tickets;
    private final AttestationMapper store;
    private final Strategies strategies;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Generation(DistributionMapper tickets, AttestationMapper store, Strategies strategies, Transactions transactions,
               AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.store = store;
        this.strategies = strategies;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    Map<Long, Integer> generate(Viewer by, ExamSlot slot, List<Long> studentIds) {
        OnlineStream stream = store.stream(slot.streamId());
        if (stream == null || !stream.byTicket()) {
            throw UserError.conflict("online-attestation.distribution.error.notByTicket");
        }
        if (stream.ticketCount() <= 0) {
            throw UserError.conflict("online-attestation.distribution.error.noTickets");
        }
        TicketDistributionStrategy strategy = strategies.chosen();
        boolean wholeStream = strategies.settings().wholeStream();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> once(by, slot, stream, strategy, wholeStream, studentIds));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !(SqlFailure.transientLock(e) || SqlFailure.duplicateKey(e))) {
                    throw e;
                }
            }
        }
    }

    private Map<Long, Integer> once(Viewer by, ExamSlot slot, OnlineStream stream, TicketDistributionStrategy strategy,
                                    boolean wholeStream, List<Long> studentIds) {
        long pool = wholeStream ? 0 : slot.id();
        List<DistributionMapper.Given> sittings = tickets.lockStream(stream.streamId());
        Set<Long> asked = new HashSet<>(studentIds);
        List<Long> waiting = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        Map<Integer, Integer> usage = new TreeMap<>();
        for (DistributionMapper.Given s : sittings) {
            if (s.ticketNumber() == null) {
                if (s.slotId() == slot.id() && asked.contains(s.studentId())) {
                    waiting.add(s.studentId());
                }
                continue;
            }
            usage.merge(s.ticketNumber(), 1, Integer::sum);
            if (s.ticketPool() != null && s.ticketPool() == pool) {
                used.add(s.ticketNumber());
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int n = 1; n <= stream.ticketCount(); n++) {
            if (!used.contains(n)) {
                free.add(n);
            }
        }
        if (waiting.isEmpty()) {
            return Map.of();
        }
        long seed = seeds.nextLong();
        TicketRequest request = new TicketRequest(stream.streamId(), slot.id(), List.copyOf(waiting), List.copyOf(free),
                Map.copyOf(usage), new SplittableRandom(seed));
        Map<Long, Integer> given = checked(strategy, request, strategy.assign(request));
        Instant now = clock.instant();
        Map<Long, Integer> written = new LinkedHashMap<>();
        given.forEach((student, number) -> {
            if (tickets.giveGenerated(stream.streamId(), student, slot.id(), pool, number, now) == 1) {
                written.put(student, number);
            }
        });
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stream", stream.streamId());
        details.put("slot", slot.id());
        details.put("strategy", strategy.id());
        details.put("generator", GENERATOR);
        details.put("seed", seed);
        details.put("pool", pool);
        details.put("students", waiting);
        details.put("freeTickets", free);
        details.put("usage", usage);
        details.put("given", written);
        audit.record(by == null ? null : by.userId(), EVENT, "slot:" + slot.id(), details);
        return written;
    }

    /** A strategy is a plugin: its answer is checked before anything is written. */
    private static Map<Long, Integer> checked(TicketDistributionStrategy strategy, TicketRequest request,
                                              Map<Long, Integer> given) {
        Set<Integer> free = new HashSet<>(request.freeTickets());
        Set<Long> students = new HashSet<>(request.students());
        Set<Integer> seen = new HashSet<>();
        for (Map.Entry<Long, Integer> e : given.entrySet()) {
            if (!students.contains(e.getKey()) || e.getValue() == null || !free.contains(e.getValue())
                    || !seen.add(e.getValue())) {
                throw new IllegalStateException("Ticket strategy " + strategy.id() + " gave " + e.getKey() + " -> "
                        + e.getValue() + ", not a distinct free ticket of a waiting student");
            }
        }
        return given;
    }
}
