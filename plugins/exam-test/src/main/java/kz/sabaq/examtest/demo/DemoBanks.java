package kz.sabaq.examtest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.module.DemoData;
import kz.sabaq.examtest.attempt.Tests;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.exchange.CsvReader;
import kz.sabaq.examtest.exchange.ImportDefaults;
import kz.sabaq.examtest.exchange.Imports;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The module's part of a demo institution: question banks imported from CSV files in this jar
 * ({@code demo/<dataSet>/exam-test/}) through the same import a teacher uses, and the tests the
 * demo's teacher has opened, so a demo student finds a test to take. {@code banks.csv} lists them:
 * {@code discipline, author} (an IIN), {@code file}, {@code final_test} (a stream whose final test is
 * opened) and {@code self_checks} (a stream whose self-check tests are opened, one per topic).
 * A bank that does not import whole stops the demo: a demo is data the project ships.
 */
public final class DemoBanks {
    private final Imports imports;
    private final Tests tests;

    public DemoBanks(Imports imports, Tests tests) {
        this.imports = imports;
        this.tests = tests;
    }

    public void load(DemoData demo) {
        String folder = "demo/" + demo.dataSet() + "/exam-test/";
        Optional<byte[]> list = demo.dataSet().isEmpty() ? Optional.empty() : read(folder + "banks.csv");
        if (list.isEmpty()) {
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser rows = CSVParser.parse(new String(list.get(), StandardCharsets.UTF_8), format)) {
            for (CSVRecord row : rows) {
                load(demo, folder, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + "banks.csv", e);
        }
    }

    private void load(DemoData demo, String folder, CSVRecord row) {
        long discipline = demo.discipline(row.get("discipline"))
                .orElseThrow(() -> missing(folder, "discipline " + row.get("discipline")));
        long author = demo.user(row.get("author")).orElseThrow(() -> missing(folder, "user " + row.get("author")));
        byte[] bank = read(folder + row.get("file")).orElseThrow(() -> missing(folder, row.get("file")));
        Imports.Report report = imports.run(discipline, Imports.Format.CSV, bank,
                new ImportDefaults(Difficulty.MEDIUM, "", "", ""), false, author);
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("The demo bank " + folder + row.get("file") + " does not import: " + report.problems());
        }
        if (!row.get("final_test").isBlank()) {
            tests.openFinal(stream(demo, folder, row.get("final_test")), author);
        }
        if (!row.get("self_checks").isBlank()) {
            long stream = stream(demo, folder, row.get("self_checks"));
            topics(bank).forEach(topic -> tests.openSelfCheck(stream, topic, author));
        }
    }

    private static long stream(DemoData demo, String folder, String code) {
        return demo.stream(code).orElseThrow(() -> missing(folder, "stream " + code));
    }

    /** The bank's topics in the order they first appear. */
    private static List<String> topics(byte[] csv) {
        return new CsvReader(new ImportDefaults(Difficulty.MEDIUM, "", "", ""))
                .read(new String(csv, StandardCharsets.UTF_8)).items().stream()
                .map(i -> i.draft().topic()).distinct().toList();
    }

    private static IllegalStateException missing(String folder, String what) {
        return new IllegalStateException("The demo of " + folder + " names no " + what);
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = DemoBanks.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
