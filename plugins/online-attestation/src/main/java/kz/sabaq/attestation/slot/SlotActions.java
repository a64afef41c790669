package kz.sabaq.attestation.slot;

import java.util.List;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.ExamSlot;

/**
 * The per-slot actions of spec §8 (send notification, conduct platform, generate ticket numbers,
 * place tickets, cancel placement, send questions) that the stream page offers on a slot's tab.
 * The server enforces the same conditions when an action is submitted.
 */
public interface SlotActions {

    /**
     * A button on the slot's tab; {@code href} opens the action's dialog page. {@code enabled} is
     * false for a button shown disabled ("Send questions to students" before the slot's start).
     */
    record Offered(String labelKey, String href, boolean enabled) {
        public Offered(String labelKey, String href) {
            this(labelKey, href, true);
        }
    }

    List<Offered> offered(Viewer viewer, Stream stream, ExamSlot slot);
}
