package kz.sabaq.attendance.online;

import java.util.function.Function;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.mark.MarkMapper;
import kz.sabaq.attendance.mark.Timing;
import kz.sabaq.attendance.session.ChangeMapper;
import kz.sabaq.attendance.session.Roster;
import kz.sabaq.attendance.session.SessionAccess;
import kz.sabaq.attendance.session.SessionPage;

/** Wires online classes; returns the page part the session page shows and the listener's join links. */
public final class OnlineWiring {

    /**
     * What other pages show of online classes, and the resource, made once the session page (which
     * shows the conference form) exists.
     */
    public record Online(OnlinePage page, TodaysConferences today, Function<SessionPage, OnlineResource> resource) {
    }

    public Online wire(ModuleWiring w, AcademicDirectory academic, Timing timing, MarkMapper marks, ChangeMapper changes, Roster roster,
                           SessionAccess access, LiveUpdates live) {
        OnlineMapper rows = w.mapper(OnlineMapper.class);
        kz.sabaq.api.conference.Conferences core = w.service(kz.sabaq.api.conference.Conferences.class).orElseThrow();
        Conferences conferences = new Conferences(rows, core, academic, w.audit(), w.clock());
        core.host(Conferences.MODULE, new ClassConference(conferences, academic, access));
        ClassLoads loads = new ClassLoads(conferences, academic);
        core.load(loads::on);
        Proposals proposals = new Proposals(conferences, academic, timing);
        OnlinePage pages = new OnlinePage(conferences, loads, roster, academic.timeZone());
        OnlineConfirmation confirmation = new OnlineConfirmation(proposals, marks, changes, rows, w.transactions(),
                w.audit(), live, w.clock());
        return new Online(pages, new TodaysConferences(conferences, academic, w.clock()),
                sessions -> new OnlineResource(access, conferences, proposals, confirmation, pages, sessions));
    }
}
