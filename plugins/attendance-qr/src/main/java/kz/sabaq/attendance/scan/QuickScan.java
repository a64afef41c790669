package kz.sabaq.attendance.scan;

import java.time.Clock;
import java.util.Optional;
import kz.sabaq.api.web.QuickAnswer;
import kz.sabaq.api.web.QuickRequest;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.attendance.code.MarkMemories;
import kz.sabaq.attendance.mark.CheckIns;

/**
 * The QR link of a logged-in listener, answered straight from the web server: the busiest moment
 * of the day is a whole hall scanning within a minute. Everything else under {@code /attendance-qr/check-in/}
 * (the receipt, the typed code, a refusal's page) is left to {@link ScanResource}.
 */
public final class QuickScan implements QuickRoute {
    private final LinkScans links;
    private final ResultPage results;
    private final Browsers browsers;
    private final Clock clock;

    QuickScan(LinkScans links, ResultPage results, Browsers browsers, Clock clock) {
        this.links = links;
        this.results = results;
        this.browsers = browsers;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return "/attendance-qr/check-in/";
    }

    @Override
    public Optional<QuickAnswer> answer(QuickRequest request) {
        return LinkScans.parse(request.path()).map(link -> {
            Browser browser = browsers.of(request.cookie(DeviceCookie.NAME).orElse(null),
                    request.cookie(MarkMemories.NAME).orElse(null), request.secure());
            CheckIns.Outcome outcome = links.mark(link, clock.instant(), request.viewer(), browser, request.remoteAddress());
            return new QuickAnswer(results.of(outcome, request.viewer().locale()), browser.cookiesAfter(outcome.mark()));
        });
    }
}
