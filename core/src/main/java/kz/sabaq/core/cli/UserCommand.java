package kz.sabaq.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.web.UserError;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.RoleSetup;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.auth.SessionMapper;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.boot.Databases;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.Migrations;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.user.PasswordGenerator;
import kz.sabaq.core.user.User;
import kz.sabaq.core.user.UserAccounts;
import kz.sabaq.core.user.UserAdminMapper;
import kz.sabaq.core.user.UserMapper;
import kz.sabaq.core.user.UserRequest;
import kz.sabaq.core.web.Theme;

/** {@code ./sabaq user add …} and {@code ./sabaq user reset-password …}: the first administrator, and the way back in. */
public final class UserCommand implements Command {
    private static final Set<String> ADD_OPTIONS = Set.of("--iin", "--surname", "--name", "--patronymic", "--email",
            "--language", "--role", "--password");
    private static final Set<String> RESET_OPTIONS = Set.of("--iin", "--password");

    @Override
    public String name() {
        return "user";
    }

    @Override
    public String summary() {
        return "add a user (user add) or set a user's password (user reset-password)";
    }

    @Override
    public String help() {
        return """
                Usage: ./sabaq user add --iin IIN --surname SURNAME --name NAME [--patronymic PATRONYMIC]
                                        [--email EMAIL] [--language kk|ru|en] [--role CODE]... [--password PASSWORD]
                       ./sabaq user reset-password --iin IIN [--password PASSWORD]
                       (both also take --config FILE and --profile ID)

                user add
                  Creates a person who logs in with the IIN (12 digits, check digit validated).
                  --surname, --name   required; --patronymic and --email are optional.
                  --language          interface language, kk (default), ru or en.
                  --role CODE         gives a role by its code; repeat for several. Standard codes:
                                      administrator, registrar, head_of_department, head_of_pcc,
                                      teacher, student; custom roles by the code shown on /admin/roles.
                  --password          the password to set (at least 8 characters). Without it a strong
                                      password is generated and printed once.

                user reset-password
                  Sets a new password for the person with this IIN and closes all their sessions.
                  Without --password a strong password is generated and printed once.

                Both apply core's pending migrations first, so they also work on a fresh database.
                A password given on the command line is visible to other local users in the process
                list and may stay in the shell history; prefer the generated one.
                Exit codes: 0 done, 1 refused (the reason is printed), 2 wrong usage.
                """;
    }

    @Override
    public int run(CliContext cli, List<String> args) throws Exception {
        if (args.isEmpty()) {
            cli.err().print(help());
            return 2;
        }
        String action = args.get(0);
        Set<String> allowed = switch (action) {
            case "add" -> ADD_OPTIONS;
            case "reset-password" -> RESET_OPTIONS;
            default -> null;
        };
        if (allowed == null) {
            cli.err().println("sabaq user: unknown action \"" + action + "\"; use add or reset-password (see --help)");
            return 2;
        }
        Map<String, List<String>> options;
        try {
            options = options(args.subList(1, args.size()), allowed);
        } catch (IllegalArgumentException e) {
            cli.err().println("sabaq user " + action + ": " + e.getMessage());
            return 2;
        }
        List<AutoCloseable> closeables = new ArrayList<>();
        try {
            Database db = Databases.open(cli.config(), closeables);
            new Migrations(db.dataSource()).migrate("core", "db/migration/core", getClass().getClassLoader());
            RoleMapper roles = db.mapper(RoleMapper.class);
            new RoleSetup(roles, db.mapper(RoleSetup.DefaultsMapper.class), db, cli.clock()).apply(CoreModule.roleModules());
            UserMapper users = db.mapper(UserMapper.class);
            UserAccounts accounts = new UserAccounts(users, db.mapper(UserAdminMapper.class), roles,
                    new PasswordHasher(), new PasswordGenerator(),
                    new SessionStore(db.mapper(SessionMapper.class), cli.clock()), db,
                    new Audit(db.mapper(AuditMapper.class), cli.clock()), cli.clock());
            try {
                return "add".equals(action) ? add(cli, accounts, options) : reset(cli, accounts, users, options);
            } catch (UserError e) {
                cli.err().println("sabaq user " + action + ": " + english(cli).get(Language.EN, e.messageKey(), e.args()));
                return 1;
            }
        } finally {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                closeables.get(i).close();
            }
        }
    }

    private static int add(CliContext cli, UserAccounts accounts, Map<String, List<String>> o) {
        UserRequest request = new UserRequest(one(o, "--iin"), one(o, "--surname"), one(o, "--name"),
                one(o, "--patronymic"), one(o, "--email"), one(o, "--language"));
        UserAccounts.Created created = accounts.create(request, one(o, "--password"),
                o.getOrDefault("--role", List.of()), null);
        cli.out().println("User " + request.iin().strip() + " created (id " + created.id() + ").");
        if (created.generated()) {
            cli.out().println("Password (shown once): " + created.password());
        }
        return 0;
    }

    private static int reset(CliContext cli, UserAccounts accounts, UserMapper users, Map<String, List<String>> o) {
        String iin = one(o, "--iin");
        if (iin == null) {
            throw UserError.badRequest("core.iin.format");
        }
        User user = users.findByIin(iin.strip()).orElseThrow(() -> UserError.badRequest("core.users.error.noSuchIin", iin.strip()));
        String password = one(o, "--password");
        String set = accounts.resetPassword(user.id(), password, null);
        cli.out().println("Password of " + user.iin() + " set; all their sessions were closed.");
        if (password == null || password.isEmpty()) {
            cli.out().println("Password (shown once): " + set);
        }
        return 0;
    }

    /** {@code --name value} pairs; only {@code --role} may repeat. */
    static Map<String, List<String>> options(List<String> args, Set<String> allowed) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name + " (see --help)");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            List<String> values = out.computeIfAbsent(name, k -> new ArrayList<>());
            if (!values.isEmpty() && !"--role".equals(name)) {
                throw new IllegalArgumentException(name + " is given twice");
            }
            values.add(args.get(i + 1));
        }
        return out;
    }

    private static String one(Map<String, List<String>> options, String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(0);
    }

    private static Messages english(CliContext cli) {
        Messages messages = new Messages(new Theme(Path.of(cli.config().themesDir), cli.config().theme));
        messages.load("core", UserCommand.class.getClassLoader());
        messages.load("core-roles", UserCommand.class.getClassLoader());
        return messages;
    }
}
