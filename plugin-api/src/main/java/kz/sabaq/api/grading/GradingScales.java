package kz.sabaq.api.grading;

import java.util.List;
import java.util.Optional;

/**
 * The grading scales of the started plugins, published by core: a journal's final attestation
 * form is the id of one of them. A module gets it with {@code wiring.service(GradingScales.class)}.
 */
public interface GradingScales {

    /** Every started scale, in the order plugins started. */
    List<GradingScale> all();

    /** The scale with this id; empty when none is started (its plugin was switched off). */
    Optional<GradingScale> find(String id);
}
