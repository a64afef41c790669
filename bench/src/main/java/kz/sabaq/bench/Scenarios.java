package kz.sabaq.bench;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.sabaq.bench.attendance.QrCheckInScenario;
import kz.sabaq.bench.attestation.TicketChoiceScenario;
import kz.sabaq.bench.attestation.AnswerFileScenario;
import kz.sabaq.bench.examtest.TestAnswersScenario;
import kz.sabaq.bench.login.CabinetScenario;
import kz.sabaq.bench.login.LoginCabinetScenario;

/** Every scenario {@code ./sabaq bench} knows, wired here by hand; a plugin's scenario is added to this list. */
public final class Scenarios {
    public static final List<Scenario> ALL = List.of(
            new LoginCabinetScenario(),
            new CabinetScenario(),
            new QrCheckInScenario(Clock.systemUTC()),
            new TicketChoiceScenario(Clock.systemUTC()),
            new AnswerFileScenario(Clock.systemUTC()),
            new TestAnswersScenario(Clock.systemUTC()));

    public static Optional<Scenario> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private Scenarios() {
    }
}
