package kz.sabaq.attendance.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Attendance over weeks as a server-rendered SVG bar chart: the share of listener-sessions present
 * (not absent, not excused) each week. Only numbers and dates the server made go into it.
 */
public final class WeekChart {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final int HEIGHT = 200;
    private static final int BAR = 36;
    private static final int GAP = 14;
    private static final int LEFT = 40;
    private static final int TOP = 20;

    public String svg(List<StreamReport.Week> weeks, int listeners, String title, Locale locale) {
        int width = LEFT + Math.max(1, weeks.size()) * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(HEIGHT + TOP + 40).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(HEIGHT + TOP + 40).append("\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title>").append(escape(title)).append("</title>");
        for (int p = 0; p <= 100; p += 50) {
            int y = TOP + HEIGHT - p * HEIGHT / 100;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#d5dbe1\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(p).append("%</text>");
        }
        int x = LEFT + GAP;
        for (StreamReport.Week w : weeks) {
            int cells = w.sessions() * listeners;
            int absent = w.counts().get(Category.ABSENT) + w.counts().get(Category.EXCUSED);
            double present = cells == 0 ? 0 : 100.0 * (cells - absent) / cells;
            int h = (int) Math.round(present * HEIGHT / 100);
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(TOP + HEIGHT - h).append("\" width=\"").append(BAR)
                    .append("\" height=\"").append(h).append("\" fill=\"#0b5c8e\"/>")
                    .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(TOP + HEIGHT - h - 4)
                    .append("\" text-anchor=\"middle\">").append(String.format(locale, "%.0f", present)).append("</text>")
                    .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(TOP + HEIGHT + 16)
                    .append("\" text-anchor=\"middle\">").append(DAY.format(w.monday())).append("</text>");
            x += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
