package kz.sabaq.attendance.online;

import java.util.function.Function;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.Attendance;
import kz.sabaq.attendance.session.ChangeMapper;
import kz.sabaq.attendance.session.Roster;
import kz.sabaq.attendance.session.SessionPage;

/** Wires online classes; returns the page part the session page shows and the listener's join links. */
public final class OnlineWiring {

    /**
     * What other pages show of online classes, and the resource, made once the session page (which
     * shows the conference form) exists.
     */
    public record Online(OnlinePage page, TodaysConferences today, Function<SessionPage, OnlineResource> resource) {
    }

    public Online wire(ModuleWiring w, Attendance common) {
        AcademicDirectory academic = common.academic();
        OnlineMapper rows = w.mapper(OnlineMapper.class);
        kz.sabaq.api.conference.Conferences core = w.service(kz.sabaq.api.conference.Conferences.class).orElseThrow();
        Conferences conferences = new Conferences(rows, core, academic, w.audit(), w.clock());
        core.host(Conferences.MODULE, new ClassConference(conferences, academic, common.access()));
        ClassLoads loads = new ClassLoads(conferences, academic);
        core.load(loads::on);
        Proposals proposals = new Proposals(conferences, academic, common.timing());
        OnlinePage pages = new OnlinePage(conferences, loads, new Roster(common.marks(), common.journal(), academic),
                academic.timeZone());
        OnlineConfirmation confirmation = new OnlineConfirmation(proposals, common.marks(), w.mapper(ChangeMapper.class),
                rows, w.transactions(), w.audit(), common.live(), w.clock());
        return new Online(pages, new TodaysConferences(conferences, academic, w.clock()),
                sessions -> new OnlineResource(common.access(), conferences, proposals, confirmation, pages, sessions));
    }
}
