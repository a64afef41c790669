package kz.sabaq.bench;

/**
 * One simulated person with a browser of their own (cookies, keep-alive connection). The driver
 * calls {@link #act()} from one thread at a time, so a virtual user needs no locking.
 */
@FunctionalInterface
public interface VirtualUser {

    /**
     * One measured operation. Returns normally when the server answered as a browser expects;
     * throws {@link UnexpectedResponse} when it did not, or the transport's exception.
     */
    void act() throws Exception;
}
