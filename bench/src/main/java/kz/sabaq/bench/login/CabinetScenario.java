package kz.sabaq.bench.login;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.Scenario;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;

/**
 * Students already logged in open their cabinet: one {@code GET /} per operation, which costs the
 * session lookup, the role check and the page rendering, but no password hash.
 */
public final class CabinetScenario implements Scenario {
    /** Logins during preparation hash passwords; more at once than this only queues on the CPUs. */

    @Override
    public String name() {
        return "cabinet";
    }

    @Override
    public String description() {
        return "a logged-in student opens the cabinet (GET /); clients log in while preparing";
    }

    @Override
    public List<VirtualUser> prepare(Target target, Plan plan) throws Exception {
        int clients = plan.clients();
        List<String> iins = BenchStudents.create(target.database(), clients, Clock.systemUTC());
        List<Browser> browsers = StudentLogin.logInAll(target, iins);
        List<VirtualUser> users = new ArrayList<>();
        for (Browser browser : browsers) {
            users.add(() -> browser.get("/").expect(200));
        }
        return users;
    }
}
