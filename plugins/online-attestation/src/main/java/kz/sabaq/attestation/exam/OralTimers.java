package kz.sabaq.attestation.exam;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.attestation.AttestationSettings;
import kz.sabaq.attestation.Sitting;

/**
 * The oral exam's two timers (seed 002, §6.15.6: up to 20 minutes to prepare, 10-15 to answer): the
 * preparation runs from the moment the student first read the ticket's questions, the answer right
 * after it. Both come from the server's clock and the institution's settings, so a reload, another
 * device or a wrong clock on the student's computer shows the same times. Off while the preparation
 * setting is zero.
 *
 * @param phase       {@code preparation}, {@code answer} or {@code over}; the page's {@code data-oa-oral}
 * @param preparation the preparation's "from–until"
 * @param answer      the answer's "from–until"
 * @param left        what is left of the phase, in words
 */
public record OralTimers(String phase, String preparation, String answer, String left) {
    static final String PREFIX = "online-attestation.exam.oral.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static Optional<OralTimers> of(Sitting sitting, AttestationSettings settings, Instant now, ZoneId zone,
                                   Translations texts, Locale locale) {
        Duration preparation = settings.oralPreparation();
        Instant read = sitting.questionsViewedAt();
        if (preparation.isZero() || read == null) {
            return Optional.empty();
        }
        Instant answerFrom = read.plus(preparation);
        Instant answerUntil = answerFrom.plus(settings.oralAnswer());
        String phase = now.isBefore(answerFrom) ? "preparation" : now.isBefore(answerUntil) ? "answer" : "over";
        Instant phaseEnd = phase.equals("preparation") ? answerFrom : answerUntil;
        long secondsLeft = Math.max(0, Duration.between(now, phaseEnd).toSeconds());
        return Optional.of(new OralTimers(phase,
                TIME.format(read.atZone(zone)) + "–" + TIME.format(answerFrom.atZone(zone)),
                TIME.format(answerFrom.atZone(zone)) + "–" + TIME.format(answerUntil.atZone(zone)),
                // whole minutes, rounded up: "1 min left" until the last second has passed
                texts.get(locale, PREFIX + "left." + phase, (secondsLeft + 59) / 60)));
    }
}
