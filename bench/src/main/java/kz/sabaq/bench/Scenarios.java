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

    /** The scenarios, with the settings of this command line ({@code --file-size}, {@code --heartbeat}). */
    public static List<Scenario> all(BenchOptions options) {
        Clock clock = Clock.systemUTC();
        return List.of(
                new LoginCabinetScenario(),
                new CabinetScenario(),
                new QrCheckInScenario(clock),
                new TicketChoiceScenario(clock),
                new AnswerFileScenario(clock, options.fileBytes()),
                new TestAnswersScenario(clock));
    }

    public static Optional<Scenario> named(String name, BenchOptions options) {
        return all(options).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private Scenarios() {
    }
}
