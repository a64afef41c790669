package kz.sabaq.api.attestation;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What a strategy distributes: the students who need a ticket and the tickets they may get.
 *
 * @param streamId     the stream whose final control this is
 * @param slotId       the slot (dated group of students) being served
 * @param students     user ids of the students who need a ticket, in a stable order
 * @param freeTickets  ticket numbers still free for this slot, ascending; "distribute across the
 *                     whole stream" is already applied (tickets used in earlier slots are left out)
 * @param usage        how many times each ticket number of the stream has been given so far, in any
 *                     slot (0 for unused); lets a strategy prefer the least used
 * @param random       the only source of randomness a strategy may use; seeded by the caller, which
 *                     logs the seed so that a result can be reproduced for audit
 */
public record TicketRequest(long streamId, long slotId, List<Long> students, List<Integer> freeTickets,
                            Map<Integer, Integer> usage, RandomGenerator random) {
}
