package kz.sabaq.api.attestation;

import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import org.pf4j.ExtensionPoint;

/**
 * How tickets of an exam reach students: the institution picks one in online attestation's
 * settings ("Ticket distribution form"). Ship a strategy as a PF4J plugin with an
 * {@code @Extension}; online attestation lists every started one. Its name comes from the plugin's
 * bundle ({@link kz.sabaq.api.i18n.BundleName}).
 *
 * <pre>{@code
 * @Extension
 * public class LeastUsedFirst implements TicketDistributionStrategy {
 *     public String id() { return "least-used"; }
 *     private static final LocalizedName NAME = BundleName.of(LeastUsedFirst.class, "tickets-least-used", "tickets-least-used.name");
 *     public LocalizedName name() { return NAME; }
 *     public boolean studentsChoose() { return false; }
 *     public Map<Long, Integer> assign(TicketRequest r) { ... }
 * }
 * }</pre>
 */
public interface TicketDistributionStrategy extends ExtensionPoint {

    /** Stable id stored in the settings, e.g. {@code random} or {@code self-select}. */
    String id();

    /** The name shown in the settings' select, in the three interface languages. */
    LocalizedName name();

    /**
     * True when students pick their tickets themselves from tiles ("students' own choice"); staff
     * then place tickets and {@link #assign} only serves students who could not choose.
     */
    boolean studentsChoose();

    /**
     * Gives tickets to the request's students. Each returned number must be one of
     * {@link TicketRequest#freeTickets()} and no number may repeat; students left out of the map get
     * no ticket (e.g. when fewer tickets are free than students wait). Must be a pure function of
     * the request, randomness only from {@link TicketRequest#random()}.
     *
     * @return student user id → ticket number
     */
    Map<Long, Integer> assign(TicketRequest request);
}
