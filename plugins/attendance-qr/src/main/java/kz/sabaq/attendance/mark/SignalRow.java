package kz.sabaq.attendance.mark;

/** One reason a mark is suspicious, with its detail (see {@link Signal}). */
public record SignalRow(long markId, Signal reason, String detail) {
}
