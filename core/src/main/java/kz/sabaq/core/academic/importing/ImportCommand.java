package kz.sabaq.core.academic.importing;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.sabaq.core.academic.Column;
import kz.sabaq.core.academic.Kind;
import kz.sabaq.core.academic.Kinds;
import kz.sabaq.core.academic.Problem;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.RoleSetup;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.boot.Databases;
import kz.sabaq.core.cli.CliContext;
import kz.sabaq.core.cli.Command;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.Migrations;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.web.Theme;

/** {@code ./sabaq import <kind> <file.csv> [--dry-run]}: the web page's import, for scripts and large files. */
public final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import academic records (groups, students, streams, timetable…) from a CSV file";
    }

    @Override
    public String help() {
        StringBuilder text = new StringBuilder("""
                Usage: ./sabaq import <kind> <file.csv> [--dry-run] [--config FILE] [--profile ID]

                Imports one kind of academic record from a CSV file: UTF-8 (a byte-order mark is
                fine), a header line with column names, separated by "," or ";". Each line is
                upserted by the kind's key: an existing row with that key is updated (columns
                missing from the file keep their values), otherwise a row is created. References
                name the other row by its key (a code; for staff, the IIN) and may point to rows
                earlier in the same file. The import is all or nothing: when any line is bad,
                every bad line is listed with its number and nothing is written.

                  --dry-run   check every line and report what would be created or updated;
                              write nothing

                Students and staff create or update the person with that IIN (the check digit is
                verified) and give the role student, or teacher (staff may name another staff role
                in "role"). A new person has no password, so cannot log in, until one is set;
                the optional "password" column sets a new person's initial one.

                A line never changes the password or roles of a person who already exists:
                such a line is refused, also in a dry run.

                It works whether or not `./sabaq run` is running: with the embedded database it
                uses the running server's database, or starts the database itself.

                Exit code: 0 when the file is good (and, without --dry-run, imported), 1 when any
                line is bad, 2 when the command is used wrongly.

                Kinds, in the order a whole institution is loaded (* = required column):
                """);
        for (Kind kind : Kinds.all()) {
            text.append("\n  ").append(kind.id()).append("   (key: ").append(String.join(" + ", kind.key())).append(")\n");
            for (Column c : kind.columns()) {
                text.append(String.format("      %-24s %s%n", c.name() + (c.required() ? "*" : ""), describe(c)));
            }
        }
        return text.toString();
    }

    private static String describe(Column c) {
        return switch (c.type()) {
            case TEXT -> c.type().description() + " (at most " + c.maxLength() + " characters)";
            case CHOICE -> c.type().description() + " " + String.join(", ", c.choices());
            case REFERENCE, REFERENCES -> c.type().description() + " " + c.target()
                    + ("staff".equals(c.target()) ? " (its IIN)" : "");
            default -> c.type().description();
        };
    }

    @Override
    public int run(CliContext cli, List<String> args) throws Exception {
        List<String> positional = new ArrayList<>(args);
        boolean dryRun = positional.remove("--dry-run");
        if (positional.size() != 2) {
            cli.err().println("Usage: ./sabaq import <kind> <file.csv> [--dry-run]   (./sabaq import --help lists the kinds)");
            return 2;
        }
        Optional<Kind> kind = Kinds.find(positional.get(0));
        if (kind.isEmpty()) {
            cli.err().println("Unknown kind \"" + positional.get(0) + "\". Kinds: " + String.join(", ", Kinds.ids()));
            return 2;
        }
        byte[] file;
        try {
            file = Files.readAllBytes(Path.of(positional.get(1)));
        } catch (NoSuchFileException e) {
            cli.err().println("No such file: " + positional.get(1));
            return 2;
        }
        List<AutoCloseable> closeables = new ArrayList<>();
        try {
            Database db = Databases.open(cli.config(), closeables);
            new Migrations(db.dataSource()).migrate("core", "db/migration/core", getClass().getClassLoader());
            new RoleSetup(db.mapper(RoleMapper.class), db.mapper(RoleSetup.DefaultsMapper.class), db, cli.clock())
                    .apply(CoreModule.roleModules());
            CsvImport importer = CsvImport.over(db, new Audit(db.mapper(AuditMapper.class), cli.clock()), cli.clock());
            ImportReport report = importer.run(kind.get(), file, dryRun, null);
            print(cli, report);
            return report.ok() ? 0 : 1;
        } finally {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                closeables.get(i).close();
            }
        }
    }

    private static void print(CliContext cli, ImportReport report) {
        Messages messages = new Messages(new Theme(Path.of(cli.config().themesDir), cli.config().theme));
        messages.load("core", ImportCommand.class.getClassLoader());
        messages.load("core-academic", ImportCommand.class.getClassLoader());
        for (Problem p : report.problems()) {
            cli.err().printf("line %d%s: %s%n", p.line(), p.column() == null ? "" : " [" + p.column() + "]",
                    messages.get(Language.EN, p.key(), p.args().toArray()));
        }
        if (!report.ok()) {
            cli.out().printf("%s: %d line(s), %d with problems; nothing was written%n", report.kind(), report.lines(),
                    report.problems().stream().map(Problem::line).distinct().count());
        } else if (report.dryRun()) {
            cli.out().printf("%s: %d line(s) are good; %d would be created, %d updated (dry run, nothing was written)%n",
                    report.kind(), report.lines(), report.created(), report.updated());
        } else {
            cli.out().printf("%s: %d line(s) imported; %d created, %d updated%n", report.kind(), report.lines(),
                    report.created(), report.updated());
        }
    }
}
