package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.application.token.port.in.ProvisioningActivityUseCase.Day;
import java.util.List;
import java.util.Locale;

/**
 * A directory's days as an SVG bar chart, drawn on the server: per day, a bar of its calls and,
 * in front of it, a bar of its changes, on one scale; a mark under a day with refusals. Only
 * numbers and dates go into it, so it needs no escaping, and it loads nothing from anywhere.
 */
final class ActivityChart {

    static final int WIDTH = 660;
    static final int HEIGHT = 150;
    private static final int LEFT = 44;
    private static final int TOP = 10;
    private static final int PLOT_HEIGHT = 100;
    private static final int AXIS = TOP + PLOT_HEIGHT;

    private ActivityChart() {
    }

    static String svg(List<Day> days) {
        long max = Math.max(1, days.stream().mapToLong(day -> Math.max(day.calls(), day.changes())).max().orElse(0));
        double slot = (WIDTH - LEFT - 6.0) / Math.max(1, days.size());
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" aria-label=\"Calls and changes per day, ")
                .append(days.isEmpty() ? "" : days.get(0).day() + " to " + days.get(days.size() - 1).day())
                .append("\">");
        line(svg, LEFT, TOP, WIDTH - 4, TOP, "grid");
        line(svg, LEFT, AXIS, WIDTH - 4, AXIS, "axis");
        text(svg, LEFT - 6, TOP + 4, "end", Long.toString(max));
        text(svg, LEFT - 6, AXIS + 4, "end", "0");
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            double x = LEFT + i * slot;
            svg.append("<g class=\"day\"><title>").append(day.day()).append(": ").append(day.calls())
                    .append(" calls, ").append(day.changes()).append(" changes, ").append(day.refusals())
                    .append(" refused</title>");
            bar(svg, x + slot * 0.1, slot * 0.8, day.calls(), max, "calls");
            bar(svg, x + slot * 0.3, slot * 0.4, day.changes(), max, "changes");
            if (day.refusals() > 0) {
                svg.append(String.format(Locale.ROOT, "<rect class=\"refused\" x=\"%.1f\" y=\"%d\" width=\"%.1f\""
                        + " height=\"4\"/>", x + slot * 0.1, AXIS + 3, slot * 0.8));
            }
            svg.append("</g>");
            if (i == 0 || i == days.size() - 1 || i == days.size() / 2) {
                text(svg, x + slot / 2, HEIGHT - 14, "middle", day.day().toString().substring(5));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, double x, double width, long value, long max, String kind) {
        if (value == 0) {
            return;
        }
        double height = Math.max(1, PLOT_HEIGHT * (double) value / max);
        svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                + " height=\"%.1f\"/>", kind, x, AXIS - height, width, height));
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String kind) {
        svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                kind, x1, y1, x2, y2));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String value) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y,
                anchor, value));
    }
}
