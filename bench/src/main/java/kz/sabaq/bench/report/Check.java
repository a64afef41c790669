package kz.sabaq.bench.report;

/** A scenario's check of what a run left ({@code Scenario#check}): what was checked, and whether it holds. */
public record Check(String described, boolean holds) {

    /** The report's line: what was checked, failed or not. */
    public String line() {
        return (holds ? "" : "FAILED: ") + described;
    }
}
