package kz.sabaq.attestation.distribution;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.web.QuickAnswer;
import kz.sabaq.api.web.QuickRequest;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.attestation.OnlineAttestationModule;

/**
 * A press on a ticket tile, answered straight from the web server: when a slot opens, its whole
 * stream presses within seconds. Only the press of a student who may sit exams is answered here,
 * exactly as {@link TileResource} answers it (the same {@link TilePresses}); every other request
 * under the prefix, and every refusal, is left to the resources.
 */
final class QuickTiles implements QuickRoute {
    private static final Pattern PRESS = Pattern.compile("/online-attestation/streams/(\\d{1,18})/tiles/(\\d{1,9})");

    private final TilePresses presses;

    QuickTiles(TilePresses presses) {
        this.presses = presses;
    }

    @Override
    public String prefix() {
        return "/online-attestation/streams/";
    }

    @Override
    public boolean takesPosts() {
        return true;
    }

    @Override
    public Optional<QuickAnswer> answer(QuickRequest request) {
        Matcher press = PRESS.matcher(request.path());
        if (!request.method().equals("POST") || !press.matches()
                || !request.viewer().can(OnlineAttestationModule.SIT)) {
            return Optional.empty();
        }
        TilePresses.Answer answer = presses.press(Long.parseLong(press.group(1)), Integer.parseInt(press.group(2)),
                request.viewer());
        return Optional.of(QuickAnswer.data(answer.status(), answer.body()));
    }
}
