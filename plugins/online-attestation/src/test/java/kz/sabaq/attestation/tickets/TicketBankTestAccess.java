package kz.sabaq.attestation.tickets;

import kz.sabaq.core.testing.WebClient;

/** Status of a file download, for tests of other classes. */
final class TicketBankTestAccess {
    private TicketBankTestAccess() {
    }

    static int status(WebClient web, String path) {
        try {
            return TicketBankTest.download(web, path).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
