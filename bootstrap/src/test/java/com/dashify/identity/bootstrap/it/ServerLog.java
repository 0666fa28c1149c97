package com.dashify.identity.bootstrap.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What the server under test wrote to its log for the requests a test sent, and what no caller
 * may ever read. The log is cut at marker lines: a marker is the one line an unauthenticated SCIM
 * request gets, with a request id of the test's choosing, so whatever lies between two markers
 * was written for the requests sent between them.
 */
final class ServerLog {

    /**
     * What shows the server's insides: an exception class (qualified or not), a stack frame, a
     * "Caused by", or the name of the container or a library inside it, as its own error pages
     * show them. The service's answers and its log lines for a caller's mistake have none of these.
     */
    static final Pattern INTERNALS = Pattern.compile("\\b(?:[A-Z][a-z]\\w*)?Exception\\b"
            + "|\\bat [\\w$]+(?:\\.[\\w$]+)+\\((?:[\\w$]+\\.java:\\d+|Unknown Source|Native Method)\\)"
            + "|Caused by:|(?i:payara|glassfish|mojarra|eclipselink|\\bweld\\b"
            + "|wildfly|undertow|resteasy|hibernate|jboss)");
    /** The first line of each record of Payara's console log: {@code [2026-12-06T00:48:35.620+0000] ...}. */
    private static final Pattern RECORD = Pattern.compile("(?m)^\\[\\d{4}-\\d{2}-\\d{2}T");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");
    private static final int PATIENCE_TENTHS = 600;

    private final DashifyServer server;

    ServerLog(DashifyServer server) {
        this.server = server;
    }

    /** Sends a marker and returns its text, which the log will hold once the server has written it. */
    String mark() {
        String marker = "logmark-" + UUID.randomUUID();
        server.send("GET", "/scim/v2/Users", Map.of("X-Request-Id", marker), null);
        return marker;
    }

    /**
     * What the server logged while {@code requests} ran: the log between a marker sent before and
     * one sent once {@code finished} says the server is done with them (a minute at most), for
     * requests whose handling goes on after their client has gone.
     */
    String loggedDuring(Callable<Boolean> finished, Runnable requests) throws Exception {
        String before = mark();
        awaitMarker(before);
        requests.run();
        for (int tries = 0; tries < PATIENCE_TENTHS && !finished.call(); tries++) {
            Thread.sleep(100);
        }
        if (!finished.call()) {
            throw new AssertionError("the server did not finish with the requests within a minute");
        }
        return between(List.of(before, mark())).get(0);
    }

    /**
     * What the server logged between each marker and the next, once the last is in the log: one
     * entry fewer than there are markers.
     */
    List<String> between(List<String> markers) throws InterruptedException {
        String log = awaitMarker(markers.get(markers.size() - 1));
        int[] starts = RECORD.matcher(log).results().mapToInt(MatchResult::start).toArray();
        List<String> stretches = new ArrayList<>();
        int from = -1;
        for (String marker : markers) {
            int at = log.indexOf(marker, Math.max(from, 0));
            if (at < 0) {
                throw new AssertionError("the server never logged '" + marker + "'");
            }
            // The record holding the marker, and the one after it.
            int index = Arrays.binarySearch(starts, at);
            int record = index >= 0 ? index : -index - 2;
            int markerStart = record < 0 ? 0 : starts[record];
            if (from >= 0) {
                stretches.add(log.substring(Math.min(from, markerStart), markerStart));
            }
            from = record + 1 < starts.length ? starts[record + 1] : log.length();
        }
        return stretches;
    }

    /** How long the log is now: a point to read it {@linkplain #since from} later. */
    int length() {
        return text().length();
    }

    /** The log from {@code start} (a {@link #length()} taken earlier) to its end now. */
    String since(int start) {
        return text().substring(start);
    }

    /** How many log records a stretch of the log holds. */
    static long records(String logged) {
        return RECORD.matcher(logged).results().count();
    }

    /** Whether a stretch of the log holds a stack trace. */
    static boolean hasStackTrace(String logged) {
        return STACK_FRAME.matcher(logged).find() || logged.contains("Caused by:");
    }

    /** Waits until the log holds {@code marker} (a minute at most); returns the whole log. */
    private String awaitMarker(String marker) throws InterruptedException {
        for (int tries = 0; tries < PATIENCE_TENTHS; tries++) {
            String log = text();
            if (log.contains(marker)) {
                return log;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server never logged '" + marker + "'");
    }

    /** The whole log, as it is now. */
    String text() {
        return text(server.logFile());
    }

    /**
     * A log file's text, read byte for byte (ISO-8859-1): a request can make the server log bytes
     * that are not UTF-8, and a strict read would then fail for every later look at the log.
     */
    static String text(Path log) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
