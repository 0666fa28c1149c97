package com.dashify.identity.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small SVG for the README: each target as a bar of the service's figure over its reference
 * (the ceiling measured in the same run, or the absolute target), with the goal marked; and the
 * latency percentiles of the identity-provider workload's operations.
 */
final class Chart {

    private static final int WIDTH = 900;
    private static final int LABEL = 230;
    private static final int BAR = 400;
    private static final int ROW = 34;
    private static final String SERVICE = "#2f6fb3";
    private static final String CEILING = "#d5d9de";
    private static final String[] PERCENTILE_COLOURS = {"#2f6fb3", "#7fa7d3", "#c9d9ec"};

    private Chart() {
    }

    static String svg(String title, List<Target> targets, PhaseResult idp) {
        List<Target> shown = targets.stream().filter(Target::measured).toList();
        List<Map.Entry<Operation, OperationStats>> latencies = idp == null ? List.of()
                : idp.operations().entrySet().stream().filter(entry -> entry.getValue().count() > 0).toList();
        int height = 60 + shown.size() * ROW + (latencies.isEmpty() ? 0 : 50 + latencies.size() * ROW) + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"13\">%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        text(svg, 10, 22, "bold", escape(title));
        text(svg, 10, 44, "normal", "service (blue) against its reference (grey); the line marks the goal");
        int y = 60;
        for (Target target : shown) {
            double scale = Math.max(target.reference(), target.value());
            int reference = (int) Math.round(BAR * target.reference() / scale);
            int value = (int) Math.round(BAR * target.value() / scale);
            int goal = (int) Math.round(reference * target.goal());
            text(svg, 10, y + 17, "normal", escape(target.name()));
            rect(svg, LABEL, y + 4, reference, 20, CEILING);
            rect(svg, LABEL, y + 8, value, 12, SERVICE);
            if (target.goal() > 0) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                        + "stroke=\"#c0392b\" stroke-width=\"2\"/>%n", LABEL + goal, y + 1, LABEL + goal, y + 27));
            }
            text(svg, LABEL + BAR + 8, y + 17, "normal", String.format(Locale.ROOT, "%.0f of %.0f %s (%.0f%%)",
                    target.value(), target.reference(), target.unit(), 100 * target.ratio()));
            y += ROW;
        }
        if (!latencies.isEmpty()) {
            y += 20;
            double slowest = latencies.stream().mapToDouble(entry -> entry.getValue().millisAt(99)).max().orElse(1);
            text(svg, 10, y + 10, "bold", String.format(Locale.ROOT,
                    "identity-provider workload: latency p50 / p95 / p99 (bar width to %.0f ms)", slowest));
            y += 24;
            for (Map.Entry<Operation, OperationStats> entry : latencies) {
                text(svg, 10, y + 17, "normal", entry.getKey().name().toLowerCase(Locale.ROOT));
                for (int i = Report.PERCENTILES.length - 1; i >= 0; i--) {
                    int width = (int) Math.round(BAR * entry.getValue().millisAt(Report.PERCENTILES[i]) / slowest);
                    rect(svg, LABEL, y + 6, Math.max(width, 1), 16, PERCENTILE_COLOURS[i]);
                }
                text(svg, LABEL + BAR + 8, y + 17, "normal", String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms",
                        entry.getValue().millisAt(50), entry.getValue().millisAt(95), entry.getValue().millisAt(99)));
                y += ROW;
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static void text(StringBuilder svg, int x, int y, String weight, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"%s\">%s</text>%n", x, y, weight,
                text));
    }

    private static void rect(StringBuilder svg, int x, int y, int width, int height, String colour) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                x, y, width, height, colour));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
