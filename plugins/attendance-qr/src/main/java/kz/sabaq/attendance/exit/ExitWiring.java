package kz.sabaq.attendance.exit;

import java.time.Duration;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.attendance.Attendance;

/** Wires "did not mark exit": a job that records it the set time after each class's end. */
public final class ExitWiring {

    public void wire(ModuleWiring w, Attendance common) {
        AutoExit autoExit = new AutoExit(w.mapper(ExitMapper.class), common.settings(), w.transactions(), w.clock());
        w.job(new ScheduledJob("auto-exit", Duration.ofMinutes(1), autoExit::sweep));
    }
}
