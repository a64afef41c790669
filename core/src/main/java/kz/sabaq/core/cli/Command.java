package kz.sabaq.core.cli;

import java.util.List;

/** One {@code ./sabaq <name>} subcommand. */
public interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** The full text of {@code ./sabaq <name> --help}. */
    String help();

    /** @return the process exit code */
    int run(CliContext context, List<String> args) throws Exception;
}
