package kz.sabaq.attestation.exam;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.web.QuickAnswer;
import kz.sabaq.api.web.QuickRequest;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.attestation.OnlineAttestationModule;

/**
 * A student's own final control page, answered straight from the web server: when a slot opens,
 * its whole hall opens the page within a second. It is the page {@link ExamResource#page} shows,
 * from the same {@link ExamAccess}, {@link Presence} and {@link ExamPage}; staff's views of a
 * student's page, every other request under the prefix and every refusal are left to the
 * resources. Presence is an upsert, so a page the resource answers after all records it again
 * harmlessly.
 */
final class QuickExamPage implements QuickRoute {
    private static final Pattern OWN = Pattern.compile("/online-attestation/streams/(\\d{1,18})/students/(\\d{1,18})");

    private final ExamAccess access;
    private final Presence presence;
    private final ExamPage pages;

    QuickExamPage(ExamAccess access, Presence presence, ExamPage pages) {
        this.access = access;
        this.presence = presence;
        this.pages = pages;
    }

    @Override
    public String prefix() {
        return "/online-attestation/streams/";
    }

    @Override
    public Optional<QuickAnswer> answer(QuickRequest request) {
        Matcher own = OWN.matcher(request.path());
        if (!request.method().equals("GET") || !own.matches()
                || Long.parseLong(own.group(2)) != request.viewer().userId()
                || !request.viewer().can(OnlineAttestationModule.SIT)) {
            return Optional.empty();
        }
        ExamAccess.Opened exam = access.open(request.viewer(), Long.parseLong(own.group(1)), request.viewer().userId());
        presence.seen(exam);
        return Optional.of(QuickAnswer.of(pages.page(exam, request.viewer().locale(),
                request.parameter("wait").isPresent(), request.parameter("saved").orElse(null))));
    }
}
