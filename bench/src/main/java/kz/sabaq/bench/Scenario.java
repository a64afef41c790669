package kz.sabaq.bench;

import java.util.List;
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

    /** Runs before the warm-up and is not measured. */
    List<VirtualUser> prepare(Target target, int clients) throws Exception;
}
