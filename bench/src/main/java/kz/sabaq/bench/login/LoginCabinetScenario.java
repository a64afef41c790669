package kz.sabaq.bench.login;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.Scenario;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;

/** A new visitor logs in and lands in the cabinet: three requests, one Argon2id verification, one operation. */
public final class LoginCabinetScenario implements Scenario {

    @Override
    public String name() {
        return "login-cabinet";
    }

    @Override
    public String description() {
        return "a new visitor logs in (GET+POST /login) and opens the cabinet (GET /); Argon2id-bound";
    }

    @Override
    public List<VirtualUser> prepare(Target target, Plan plan) {
        int clients = plan.clients();
        List<String> iins = BenchStudents.create(target.database(), clients, Clock.systemUTC());
        List<VirtualUser> users = new ArrayList<>();
        for (String iin : iins) {
            Browser browser = target.browser();
            users.add(() -> {
                browser.forgetCookies();
                StudentLogin.logIn(browser, iin);
                browser.get("/").expect(200);
            });
        }
        return users;
    }
}
