package kz.sabaq.attendance.report;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.sabaq.api.i18n.Translations;

/**
 * The report as CSV that Excel opens correctly with Kazakh letters: UTF-8 with a byte-order mark,
 * ";" between fields (the list separator of Kazakh and Russian Windows), CRLF lines, every field
 * quoted, decimals with the reader's separator, and cells that Excel would take for a formula
 * prefixed with an apostrophe.
 */
public final class ReportCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Translations texts;

    public ReportCsv(Translations texts) {
        this.texts = texts;
    }

    public byte[] write(StreamReport.Report report, Locale locale) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(t(locale, "attendance-qr.report.week"),
                t(locale, "attendance-qr.report.sessions")));
        report.categories().forEach(c -> header.add(t(locale, c.labelKey())));
        header.add(t(locale, "attendance-qr.report.absencePercent"));
        line(out, header);
        for (StreamReport.Week w : report.weeks()) {
            List<String> row = new ArrayList<>(List.of(DATE.format(w.monday()), String.valueOf(w.sessions())));
            report.categories().forEach(c -> row.add(String.valueOf(w.counts().get(c))));
            row.add(String.format(locale, "%.1f", w.absencePercent()));
            line(out, row);
        }
        out.append("\r\n");
        List<String> people = new ArrayList<>(List.of(t(locale, "attendance-qr.roster.listener"),
                t(locale, "attendance-qr.roster.group")));
        report.categories().forEach(c -> people.add(t(locale, c.labelKey())));
        people.add(t(locale, "attendance-qr.report.unexcusedPercent"));
        people.add(t(locale, "attendance-qr.report.admission"));
        line(out, people);
        for (StreamReport.Listener l : report.listeners()) {
            List<String> row = new ArrayList<>(List.of(l.student().displayName(), l.student().groupCode()));
            report.categories().forEach(c -> row.add(String.valueOf(l.counts().get(c))));
            row.add(String.format(locale, "%.1f", l.admission().unexcusedPercent()));
            row.add(t(locale, l.admission().admitted() ? "attendance-qr.mine.admitted" : "attendance-qr.mine.notAdmitted"));
            line(out, row);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private String t(Locale locale, String key) {
        return texts.get(locale, key);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append('"').append(cell(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }
}
