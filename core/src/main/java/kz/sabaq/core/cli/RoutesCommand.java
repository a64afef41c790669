package kz.sabaq.core.cli;

import java.util.List;
import kz.sabaq.core.boot.Sabaq;

/** {@code ./sabaq routes}: every route the server would answer, with its module and access. */
public final class RoutesCommand implements Command {

    @Override
    public String name() {
        return "routes";
    }

    @Override
    public String summary() {
        return "list every route: method, path, module, access (the table the server logs at start-up)";
    }

    @Override
    public String help() {
        return """
                Usage: ./sabaq routes [--config FILE] [--profile ID]

                Lists every route of core and of the enabled plugins, one a line: the HTTP
                method, the path (with its parameters' patterns), the module that registered
                it, and the access it declares: PUBLIC (no login), ANY_USER (any logged-in
                user) or the capability required. The modules are wired as at start-up,
                against the configured database (a running server's embedded one is joined),
                but nothing is served.
                """;
    }

    @Override
    public int run(CliContext cli, List<String> args) {
        if (!args.isEmpty()) {
            cli.err().print(help());
            return 2;
        }
        cli.out().print(Sabaq.routes(cli.config(), cli.profile(), cli.clock()).format());
        return 0;
    }
}
