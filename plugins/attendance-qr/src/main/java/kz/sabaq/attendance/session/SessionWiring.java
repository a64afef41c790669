package kz.sabaq.attendance.session;

import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.Attendance;
import kz.sabaq.attendance.code.QrImage;
import kz.sabaq.attendance.journal.Permits;
import kz.sabaq.attendance.live.LiveMapper;
import kz.sabaq.attendance.live.MarkEvents;
import kz.sabaq.attendance.online.OnlineWiring.Online;

/**
 * Wires the trainer's pages: the week's classes, a session's code, its live roster with manual
 * marks, reviews and permits, and the online class's panel and proposal on it.
 */
public final class SessionWiring {

    public void wire(ModuleWiring w, Attendance common, Online online) {
        SessionPage pages = new SessionPage(common.academic(), common.codes(),
                new Roster(common.marks(), common.journal(), common.academic()), common.timing(), w.clock(),
                online.page());
        ManualMarks manual = new ManualMarks(common.marks(), w.mapper(ChangeMapper.class), common.academic(),
                w.transactions(), w.audit(), w.clock(), common.live());
        w.resource(new SessionResource(common.access(), common.codes(), new QrImage(), pages,
                new SessionList(common.academic(), pages, w.access(), w.clock()), manual,
                new MarkEvents(common.live(), w.mapper(LiveMapper.class)), w.clock(), w.publicUrl()));
        Permits permits = new Permits(common.journal(), common.academic(), w.transactions(), w.audit(), w.clock());
        w.resource(new PermitResource(common.access(), permits, pages));
        w.resource(online.resource().apply(pages));
    }
}
