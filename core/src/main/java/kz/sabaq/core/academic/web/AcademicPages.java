package kz.sabaq.core.academic.web;

import java.util.List;

/** The models of the academic registers' pages. */
public final class AcademicPages {
    private AcademicPages() {
    }

    /** Every register with how many of its rows the viewer sees. */
    public record IndexModel(List<KindCount> kinds) {
    }

    record KindCount(String id, String name, long rows) {
    }

    /**
     * A page of one register's rows, found by {@code q}.
     *
     * @param qParam   {@code q} encoded for the paging links
     * @param previous the page before, or null on the first
     * @param next     the page after, or null on the last
     */
    public record RegisterModel(String kind, String kindName, List<String> headings, List<Row> rows, long total, String q,
                         String qParam, boolean hasRows, boolean searched, int page, int pages, boolean paged,
                         Integer previous, Integer next, boolean canImport) {
    }

    record Row(List<String> cells) {
    }

    /**
     * The import form with the register's columns and, after a run, its report.
     *
     * @param key      the columns a row is found by
     * @param report   what the last run did, or null before one
     * @param failed   the run found problems and changed nothing
     * @param checked  a rehearsal found no problem
     * @param imported the rows were written
     */
    public record ImportModel(String kind, String kindName, List<ColumnHelp> columns, String key, int maxMb, boolean dryRun,
                       Report report, List<ProblemLine> problems, boolean failed, boolean checked, boolean imported) {
    }

    /** A column of the file: its name in the header, what it holds and whether it may be empty. */
    record ColumnHelp(String name, String label, boolean required, String type) {
    }

    record Report(int lines, int created, int updated, int problemCount) {
    }

    /** A problem of the file; {@code column} is empty where the whole line is wrong. */
    record ProblemLine(int line, String column, String reason) {
    }
}
