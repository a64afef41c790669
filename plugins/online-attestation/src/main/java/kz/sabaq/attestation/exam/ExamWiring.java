package kz.sabaq.attestation.exam;

import java.time.Duration;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.distribution.TicketDistribution;
import kz.sabaq.attestation.retake.Retakes;
import kz.sabaq.attestation.slot.Platforms;
import kz.sabaq.attestation.slot.SlotMapper;

/**
 * Wires the exam part of online attestation: the student's final control page (questions, task,
 * answer, files), grading, presence and the slot's live stream. The "Choose a ticket" tiles are the
 * distribution part's endpoints; the page's script calls them.
 */
public final class ExamWiring {

    /** @return the presence of students at their final control, which other plugins report through plugin-api */
    public Presence wire(ModuleWiring w, Attestation common, TicketDistribution tickets, Retakes retakes) {
        ExamMapper store = w.mapper(ExamMapper.class);
        LiveUpdates live = w.live();
        Answers answers = new Answers(common, store, w.files(), live);
        Grading grading = new Grading(common, store, live, w.service(GradingScales.class).orElseThrow());
        // the installed platforms, looked up once (each lookup makes new extension instances), as the slot dialog does
        Incompletes incompletes = new Incompletes(common, w.mapper(IncompleteMapper.class), store, live, grading);
        Conferences conferences = w.service(Conferences.class).orElseThrow();
        ConferenceForm platforms = conferences.form(Platforms.ERRORS);
        conferences.host(OnlineAttestationModule.ID, new ExamConference(common, w.mapper(SlotMapper.class), platforms));
        ExamPage pages = new ExamPage(common, store, answers, grading, incompletes, platforms,
                conferences, tickets, retakes);
        w.resource(new MineResource(pages));
        Presence presence = new Presence(common, store, live);
        w.todayItems(new ExamsOnCabinet(common));
        ExamAccess access = new ExamAccess(common);
        w.resource(new ExamResource(access, pages,
                new Questions(common, store, live), new Tasks(common, store), answers, grading, presence, w.files()));
        w.quickRoute(new QuickExamPage(access, presence, pages));
        w.resource(new LiveResource(common, new LiveEvents(common, store, live)));
        w.resource(new IncompleteResource(new ExamAccess(common), pages, incompletes));
        w.job(new ScheduledJob("incomplete-expiry", Duration.ofMinutes(1), incompletes::expire));
        return presence;
    }
}
