package kz.sabaq.attestation.distribution;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.distribution.TicketDistribution.Tile;

/**
 * The "Choose a ticket" block's data and a press on one of its tiles, for the student themself
 * only (their own sitting in the stream, placed, with "students' own choice"), answered alike by
 * {@link TileResource} and, for the press a whole stream makes at once, by {@link QuickTiles}.
 */
final class TilePresses {
    private final Choice choice;
    private final Admissions admissions;
    private final Translations texts;

    TilePresses(Choice choice, Admissions admissions, Translations texts) {
        this.choice = choice;
        this.admissions = admissions;
        this.texts = texts;
    }

    /** What a press answers: 200 with the ticket, or 409 "taken, choose another" with the tiles as they are now. */
    record Answer(int status, Map<String, Object> body) {
    }

    /** The tiles the student sees (as JSON {@code {"position":n,"free":b}}); a translated error when they may not choose. */
    List<Tile> tiles(long streamId, Viewer viewer) {
        return choice.tiles(admitted(streamId, viewer));
    }

    /**
     * Takes the ticket behind the tile. "Taken" brings the tiles as they are now (the page shows
     * them), so a whole stream pressing at once does not also send a reload after every collision;
     * every other refusal is a translated {@link UserError}, and nothing was written.
     */
    Answer press(long streamId, int position, Viewer viewer) {
        Choice.Chooser chooser = admitted(streamId, viewer);
        try {
            return new Answer(200, Map.of("ticket", choice.choose(chooser, position)));
        } catch (UserError e) {
            if (!Choice.TAKEN.equals(e.messageKey())) {
                throw e;
            }
            return new Answer(409, Map.of("error", e.messageKey(), "message", texts.get(viewer.locale(), e.messageKey()),
                    "tiles", choice.tiles(chooser)));
        }
    }

    /**
     * The student's admission, then their sitting where they may choose. A decision comes with the
     * sitting's one read, so only the rules (attendance, rating) are asked for separately.
     */
    private Choice.Chooser admitted(long streamId, Viewer viewer) {
        ChoiceFacts facts = choice.facts(streamId, viewer.userId());
        if (facts == null) {
            admissions.require(streamId, viewer.userId());
        } else if (!facts.admittedByDecision()) {
            admissions.requireByRules(streamId, viewer.userId());
        }
        return choice.mayChoose(streamId, viewer.userId(), facts);
    }
}
