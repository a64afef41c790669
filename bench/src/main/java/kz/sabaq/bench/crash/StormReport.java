package kz.sabaq.bench.crash;

import java.util.Locale;
import java.util.stream.Collectors;
import kz.sabaq.bench.report.Report;

/** The text {@code ./sabaq bench crash-storm} prints at the end. */
final class StormReport {

    static String text(CrashStorm.Result r) {
        Inspection.Findings f = r.findings();
        StringBuilder out = new StringBuilder("\n");
        out.append("Target      ").append(r.target()).append('\n');
        out.append("Load        ").append(r.load()).append('\n');
        out.append("Crashes     ").append(r.crashes().stream()
                .map(c -> f("SIGKILL at %.1f s (exit %d), down %.1f s", CrashStorm.seconds(c.at()), c.exitStatus(),
                        CrashStorm.seconds(c.down())))
                .collect(Collectors.joining("; "))).append('\n');
        out.append('\n');
        out.append("                        acknowledged   missing   stored, never answered\n");
        out.append(f("  check-ins (200)       %12d   %7d   %d%n", f.checkInsAcknowledged(), f.checkInsMissing(), f.checkInsUnanswered()));
        out.append(f("  answers (303)         %12d   %7d   %d%n", f.answersAcknowledged(), f.answersMissing(), f.answersUnanswered()));
        out.append('\n');
        out.append(f("  half-written          %d   (file rows without their file on disk: %d; answers sent without their file: %d)%n",
                f.halfWritten(), f.fileRowsWithoutFile(), f.sentWithoutFile()));
        out.append(f("  drafts with a file    %d   (file stored, \"send\" not reached: in flight at a kill; the student sees it)%n",
                f.draftsWithFile()));
        out.append(f("  orphan files          %d   (on disk, named by no row: never acknowledged, not lost; .part leftovers: %d)%n",
                f.orphanFiles(), f.partialFiles()));
        out.append(f("  served after the last restart: %d acknowledged%n", r.acknowledgedAfterLastRestart()));
        f.problems().forEach(p -> out.append("  ! ").append(p).append('\n'));
        out.append('\n');
        requests(out, r.checkIns());
        requests(out, r.answers());
        out.append('\n').append(r.passed()
                ? "Nothing acknowledged was lost and nothing half-written is visible.\n"
                : r.acknowledgedAfterLastRestart() == 0 && f.lost() == 0 && f.halfWritten() == 0
                        ? "FAILED: the server acknowledged nothing after its last restart; give the load more time (--duration).\n"
                        : "FAILED: " + f.lost() + " acknowledged requests lost, " + f.halfWritten() + " half-written.\n");
        return out.toString();
    }

    /** Requests of one loop, and why the others failed (mostly: the server was down). */
    private static void requests(StringBuilder out, Report report) {
        out.append(f("  %-12s %d requests, %d acknowledged, %d failed%n", report.scenario(), report.requests(),
                report.requests() - report.errors(), report.errors()));
        report.errorsByKind().forEach((kind, count) -> out.append(f("      %7d  %s%n", count, kind)));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private StormReport() {
    }
}
