package kz.sabaq.core.academic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.sabaq.core.academic.importing.ImportCommand;
import kz.sabaq.core.cli.CliContext;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    static TestServer server;
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int run(String... args) throws Exception {
        CliContext cli = new CliContext(server.config(), new InstitutionProfile(), server.clock(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ImportCommand().run(cli, List.of(args));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCommandImportsAFileAndSaysWhatItDid() throws Exception {
        Path csv = file("terms.csv", "code,name_kk,name_ru,name_en\n"
                + "CLI-4Y,4 жыл,4 года,4 years\nCLI-2Y10M,2 жыл 10 ай,2 года 10 месяцев,2 years 10 months\n");
        assertEquals(0, run("study_term", csv.toString()));
        assertTrue(out().contains("2 line(s) imported; 2 created, 0 updated"), out());
    }

    @Test
    void aDryRunWithBadLinesExitsNonZeroAndListsEachLine() throws Exception {
        Path csv = file("years.csv", "code,starts_on,ends_on\nCLI-Y1,2026-09-01,2027-06-30\nCLI-Y2,01.09.2026,2027-06-30\nCLI-Y3,2026-09-01,\n");
        assertEquals(1, run("academic_year", csv.toString(), "--dry-run"));
        assertTrue(err().contains("line 3 [starts_on]: \"01.09.2026\" is not a date"), err());
        assertTrue(err().contains("line 4 [ends_on]: A value is required."), err());
        assertEquals(0, run("academic_year", file("one.csv", "code,starts_on,ends_on\nCLI-Y1,2026-09-01,2027-06-30\n").toString(),
                "--dry-run"), "a good dry run exits 0");
    }

    @Test
    void anUnknownKindIsAUsageError() throws Exception {
        assertEquals(2, run("nonsense", file("x.csv", "code\n").toString()));
        assertTrue(err().contains("Kinds: department"), err());
    }

    @Test
    void theHelpListsEveryKindWithItsColumns() {
        String help = new ImportCommand().help();
        for (Kind kind : Kinds.all()) {
            assertTrue(help.contains("\n  " + kind.id() + "   (key: "), kind.id());
        }
        assertTrue(help.contains("record_book_number*"));
        assertTrue(help.contains("final_form"));
        assertTrue(help.contains("letter, five-point, pass-fail, written-oral"));
    }
}
