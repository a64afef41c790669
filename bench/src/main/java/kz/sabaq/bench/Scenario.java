package kz.sabaq.bench;

import java.util.List;
import java.util.Optional;
import kz.sabaq.bench.report.Check;
import kz.sabaq.bench.target.Target;

/**
 * One thing the benchmark measures. {@link #prepare} creates what the scenario needs on the target
 * (students, courses, exam slots …) and returns one {@link VirtualUser} per client; the load driver
 * then repeats {@link VirtualUser#act()} and times each call as one operation.
 *
 * <p>Example: the {@code cabinet} scenario creates {@code clients} students, logs each virtual user
 * in once during preparation, and its operation is a single {@code GET /}.
 */
public interface Scenario {

    /** The name given on the command line: {@code ./sabaq bench <name>}. */
    String name();

    /** One line for {@code --help}: what a single operation does. */
    String description();

    /**
     * Runs before the warm-up and is not measured: one virtual user per client of the plan. A
     * scenario whose operations use data up (a new class meeting per scan) sizes it from the plan
     * ({@link Plan#operationsPerClient}), and a virtual user that has used it all up throws
     * {@link UsedUp} rather than repeat an operation; none ever spins.
     */
    List<VirtualUser> prepare(Target target, Plan plan) throws Exception;

    /**
     * What the run left, checked once it is measured, for the report's {@code Check} line; a check
     * that fails makes the run fail, as errors do. None unless the scenario has a rule to check:
     * {@code ticket-choice} checks that no ticket is held by two students.
     */
    default Optional<Check> check(Target target) throws Exception {
        return Optional.empty();
    }
}
