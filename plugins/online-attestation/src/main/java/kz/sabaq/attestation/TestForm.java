package kz.sabaq.attestation;

import java.util.Optional;
import kz.sabaq.api.attestation.FinalControlTest;

/**
 * The computer-based test a final control may be conducted as, when a plugin publishes one. That
 * plugin depends on this one and so is wired after it: the service is received once every module is
 * wired ({@link OnlineAttestationModule#started}), before the first request.
 */
public final class TestForm {
    private volatile FinalControlTest test;

    void receive(Optional<FinalControlTest> published) {
        test = published.orElse(null);
    }

    /** The test plugin's service; empty while no started plugin publishes one. */
    public Optional<FinalControlTest> test() {
        return Optional.ofNullable(test);
    }

    /** Whether "conducted as: test" is offered. */
    public boolean offered() {
        return test != null;
    }
}
