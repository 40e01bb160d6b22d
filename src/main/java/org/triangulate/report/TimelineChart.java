package org.triangulate.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.DatePrecision;
import org.triangulate.model.Timeline;
import org.triangulate.model.TimelineEntry;

/**
 * The timeline drawn as SVG: one row per date, a dot for a day and a bar as long as the week, month or year that a
 * less precise date covers, on a common axis; the dates that could not be resolved are listed apart. Styling comes
 * from classes only (no style attributes), so the page keeps a strict style-src.
 */
final class TimelineChart {
    private static final int LABEL = 120;
    private static final int PLOT = 520;
    private static final int TEXT = LABEL + PLOT + 16;
    private static final int WIDTH = 1180;
    private static final int ROW = 22;
    private static final int AXIS = 28;

    private final DossierIndex index;
    private final Links links;
    private final Parts parts;

    TimelineChart(DossierIndex index, Links links) {
        this.index = index;
        this.links = links;
        this.parts = new Parts(index, links);
    }

    Page page() {
        Timeline timeline = index.dossier.timeline();
        Map<String, List<TimelineEntry>> byDate = JsonReport.byDate(timeline.dated());
        StringBuilder out = new StringBuilder(2048 + 400 * byDate.size() + 300 * timeline.unresolved().size());
        out.append("<h1>Timeline</h1>\n<p class=\"legend\"><span class=\"p-day\">●</span> day "
                + "<span class=\"p-week\">▬</span> week <span class=\"p-month\">▬</span> month "
                + "<span class=\"p-year\">▬</span> year: a bar spans what a date leaves open</p>\n");
        if (byDate.isEmpty()) out.append("<p>No dated statements.</p>\n");
        else chart(out, byDate);
        out.append("<h2>Unresolved dates (").append(timeline.unresolved().size()).append(")</h2>\n");
        if (!timeline.unresolved().isEmpty()) {
            out.append("<table><thead><tr><th>Expression</th><th>Why</th><th>Sentence</th><th>Report</th></tr></thead>"
                    + "<tbody>\n");
            for (TimelineEntry e : timeline.unresolved()) {
                AnnotatedDocument d = index.document(e.doc());
                out.append("<tr><td>").append(Html.esc(e.expression().text())).append("</td><td>")
                        .append(Html.esc(e.reason())).append("</td><td>").append(Html.esc(Summaries.of(e.sentence().text())))
                        .append("</td><td>").append(d == null ? Html.esc(e.doc()) : parts.document(d)).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        return new Page("Timeline", out.toString());
    }

    private void chart(StringBuilder out, Map<String, List<TimelineEntry>> byDate) {
        LocalDate min = null;
        LocalDate max = null;
        List<LocalDate[]> spans = new ArrayList<>();
        for (List<TimelineEntry> entries : byDate.values()) {
            TimelineEntry e = entries.get(0);
            LocalDate start = e.precision().start(e.date());
            LocalDate end = switch (e.precision()) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case YEAR -> start.plusYears(1);
            };
            spans.add(new LocalDate[] {start, end});
            if (min == null || start.isBefore(min)) min = start;
            if (max == null || end.isAfter(max)) max = end;
        }
        double days = Math.max(1, ChronoUnit.DAYS.between(min, max));
        int height = AXIS + ROW * byDate.size() + 8;
        out.append("<div class=\"scroll\"><svg class=\"timeline\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"timeline\">\n");
        axis(out, min, max, days, height);
        int row = 0;
        for (List<TimelineEntry> entries : byDate.values()) {
            LocalDate[] span = spans.get(row);
            double x0 = LABEL + PLOT * ChronoUnit.DAYS.between(min, span[0]) / days;
            double x1 = LABEL + PLOT * ChronoUnit.DAYS.between(min, span[1]) / days;
            int y = AXIS + row * ROW;
            TimelineEntry first = entries.get(0);
            DatePrecision precision = first.precision();
            out.append("<a href=\"").append(Html.esc(links.document(first.doc()))).append("\" class=\"row\"><title>")
                    .append(Html.esc(first.sentence().text())).append("</title>")
                    .append("<text class=\"date\" x=\"4\" y=\"").append(y + 15).append("\">")
                    .append(Html.esc(first.date())).append("</text>");
            if (precision == DatePrecision.DAY) {
                out.append(String.format(java.util.Locale.ROOT, "<circle class=\"p-day\" cx=\"%.1f\" cy=\"%d\" r=\"5\"/>",
                        (x0 + x1) / 2, y + 11));
            } else {
                out.append(String.format(java.util.Locale.ROOT,
                        "<rect class=\"p-%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"10\" rx=\"3\"/>",
                        precision.label(), x0, y + 6, Math.max(4, x1 - x0)));
            }
            out.append("<text class=\"what\" x=\"").append(TEXT).append("\" y=\"").append(y + 15).append("\">")
                    .append(Html.esc(cut(first.sentence().text(), 78)));
            if (entries.size() > 1) out.append(" (").append(entries.size()).append(" reports)");
            out.append("</text></a>\n");
            row++;
        }
        out.append("</svg></div>\n");
    }

    /** Ticks on the first of each month, or of each year when the span is long, or each week when it is short. */
    private static void axis(StringBuilder out, LocalDate min, LocalDate max, double days, int height) {
        out.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(AXIS - 4).append("\" x2=\"")
                .append(LABEL + PLOT).append("\" y2=\"").append(AXIS - 4).append("\"/>\n");
        ChronoUnit unit = days <= 70 ? ChronoUnit.WEEKS : days <= 900 ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
        LocalDate tick = switch (unit) {
            case WEEKS -> min.with(java.time.DayOfWeek.MONDAY);
            case MONTHS -> min.withDayOfMonth(1);
            default -> min.withDayOfYear(1);
        };
        int step = Math.max(1, (int) Math.ceil(unit.between(tick, max) / 10.0));
        for (; tick.isBefore(max); tick = tick.plus(step, unit)) {
            if (tick.isBefore(min)) continue;
            double x = LABEL + PLOT * ChronoUnit.DAYS.between(min, tick) / days;
            String label = unit == ChronoUnit.YEARS ? String.valueOf(tick.getYear())
                    : unit == ChronoUnit.MONTHS ? tick.toString().substring(0, 7) : tick.toString().substring(5);
            out.append(String.format(java.util.Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                    + "y2=\"%d\"/><text class=\"tick\" x=\"%.1f\" y=\"14\">%s</text>\n", x, AXIS - 4, x, height, x,
                    Html.esc(label)));
        }
    }

    private static String cut(String s, int max) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
