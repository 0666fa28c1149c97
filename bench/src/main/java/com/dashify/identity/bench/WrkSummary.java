package com.dashify.identity.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run (4.x, with {@code --latency}) printed: requests completed, their rate, the
 * responses outside 2xx/3xx, socket errors and the 50th and 99th latency percentiles.
 *
 * @param requests     requests completed ({@code N requests in 10.00s})
 * @param seconds      the run's length as wrk measured it
 * @param non2xx       responses with a status of 400 or more ({@code Non-2xx or 3xx responses})
 * @param socketErrors connect, read, write and timeout errors together
 * @param p50Ms        the median latency, in milliseconds
 * @param p99Ms        the 99th percentile latency, in milliseconds
 */
public record WrkSummary(long requests, double seconds, long non2xx, long socketErrors, double p50Ms, double p99Ms) {

    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([0-9.]+)(us|ms|s|m|h)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final String PERCENTILE = "^\\s*%d%%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$";

    /** Requests completed per second of the run. */
    public double requestsPerSecond() {
        return requests / seconds;
    }

    /** Reads wrk's text output; fails when it holds no request total or no latency distribution. */
    public static WrkSummary parse(String output) {
        Matcher total = TOTAL.matcher(output);
        if (!total.find()) {
            throw new IllegalArgumentException("no request total in wrk's output: " + output);
        }
        long socketErrors = 0;
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(socket.group(group));
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        return new WrkSummary(Long.parseLong(total.group(1)), millis(total.group(2), total.group(3)) / 1000,
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors,
                percentile(output, 50), percentile(output, 99));
    }

    private static double percentile(String output, int percent) {
        Matcher line = Pattern.compile(String.format(PERCENTILE, percent), Pattern.MULTILINE).matcher(output);
        if (!line.find()) {
            throw new IllegalArgumentException("no " + percent + "% latency in wrk's output: run it with --latency");
        }
        return millis(line.group(1), line.group(2));
    }

    /** A value in one of wrk's time units (its {@code units_time}), in milliseconds. */
    private static double millis(String value, String unit) {
        double number = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> number / 1000;
            case "ms" -> number;
            case "s" -> number * 1000;
            case "m" -> number * 60_000;
            case "h" -> number * 3_600_000;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}
