package kz.sabaq.attestation.slot;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.attestation.TicketRequest;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.distribution.TicketDistribution;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/**
 * TEMP(merge): stands in for the distribution part until it is merged (DistributionWiring returns
 * null until then). Random free tickets of the pool, each given by one conditional update backed by
 * oa_sitting's unique ticket key; "students' own choice" when the settings name {@code self-select}.
 * The lead removes this class at merge, with its use in {@link SlotActionsWiring}.
 */
final class InterimDistribution implements TicketDistribution {
    private static final SecureRandom SEEDS = new SecureRandom();

    private final Attestation common;
    private final Writes writes;

    interface Writes {
        @Update("UPDATE oa_sitting SET ticket_number = #{number}, ticket_pool = #{pool}, ticket_source = 'GENERATED', "
                + "ticket_at = #{now} WHERE stream_id = #{streamId} AND student_id = #{studentId} AND ticket_number IS NULL")
        int give(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("number") int number,
                 @Param("pool") long pool, @Param("now") Instant now);
    }

    InterimDistribution(Attestation common, Writes writes) {
        this.common = common;
        this.writes = writes;
    }

    @Override
    public List<TicketDistributionStrategy> strategies() {
        return List.of(chosen());
    }

    @Override
    public TicketDistributionStrategy chosen() {
        boolean choose = "self-select".equals(common.settings().distribution());
        return new TicketDistributionStrategy() {
            public String id() {
                return choose ? "self-select" : "random";
            }

            public LocalizedName name() {
                return new LocalizedName(id(), id(), id());
            }

            public boolean studentsChoose() {
                return choose;
            }

            public Map<Long, Integer> assign(TicketRequest request) {
                return Map.of();
            }
        };
    }

    @Override
    public Map<Long, Integer> generate(Viewer by, ExamSlot slot, List<Long> studentIds) {
        long pool = common.settings().wholeStream() ? 0 : slot.id();
        int count = common.store().stream(slot.streamId()).ticketCount();
        long seed = SEEDS.nextLong();
        Random random = new Random(seed);
        Map<Long, Integer> given = new LinkedHashMap<>();
        for (long student : studentIds) {
            List<Integer> free = free(slot, pool, count);
            Collections.shuffle(free, random);
            for (int number : free) {
                try {
                    if (writes.give(slot.streamId(), student, number, pool, common.clock().instant()) == 1) {
                        given.put(student, number);
                    }
                    break;
                } catch (RuntimeException e) {
                    if (!isDuplicate(e)) {
                        throw e;
                    }
                }
            }
        }
        common.audit().record(by.userId(), "online-attestation.tickets.generate", "slot:" + slot.id(),
                Map.of("seed", seed, "given", given));
        return given;
    }

    private List<Integer> free(ExamSlot slot, long pool, int count) {
        List<Integer> used = new ArrayList<>();
        for (Sitting s : common.store().sittingsOfStream(slot.streamId())) {
            if (s.hasTicket() && (pool == 0 || s.slotId() == slot.id())) {
                used.add(s.ticketNumber());
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            if (!used.contains(n)) {
                free.add(n);
            }
        }
        return free;
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (t instanceof java.sql.SQLException s && s.getErrorCode() == 1062)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Tile> tiles(long streamId, long studentId) {
        return List.of();
    }

    @Override
    public int choose(Viewer student, long streamId, int position) {
        throw new kz.sabaq.api.web.UserError(409, "online-attestation-slot.error.notChoosing");
    }
}
