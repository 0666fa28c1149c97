package com.dashify.identity.bootstrap;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A log filter that drops the debug output known to carry raw request values, and masks what looks
 * like a credential anywhere else: token secrets by their {@code dfy_} prefix, {@code Authorization}
 * and {@code Cookie} header values, session ids, and {@code password=} pairs. In the service's own
 * messages, which may quote what a client or an identity provider sent, line breaks and other
 * control characters are written as escapes, so that no value can start a forged log line; a
 * {@link Lines} record keeps the line breaks the service put between its lines.
 */
final class RedactingFilter implements Filter {

    /** Where FINE and below print raw form values or header blocks: kept out whole. */
    private static final List<String> VALUE_DUMPING_SOURCES = List.of(
            "org.glassfish.grizzly.http.util.Parameters",
            "org.glassfish.grizzly.websockets",
            "org.glassfish.grizzly.http2",
            "org.glassfish.grizzly.http.Cookies",
            "org.glassfish.grizzly.http.util.Cookie",
            "org.glassfish.grizzly.http.CookiesBuilder",
            "org.glassfish.grizzly.http.HttpHeader",
            "com.sun.faces.renderkit",
            "jakarta.enterprise.resource.webcontainer.faces.renderkit");

    private static final String MASK = "[redacted]";
    private static final Pattern TOKEN_SECRET = Pattern.compile("dfy_(?:pat|setup)_[A-Za-z0-9]+");
    /** {@code authorization=...}, {@code Authorization: ...} and {@code "authorization":"..."}. */
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)(authorization\"?\\s*[=:]\\s*\"?)[^\"\\r\\n\\]]+");
    /** Session cookies: {@code JSESSIONID=...}, and whole {@code Cookie} header values. */
    private static final Pattern SESSION_ID = Pattern.compile("(?i)(JSESSIONID(?:SSO)?=)[^;\\s,\"]+");
    private static final Pattern COOKIE_HEADER = Pattern.compile("(?i)((?:set-)?cookie\"?\\s*[=:]\\s*\"?)[^\"\\r\\n\\]]+");
    /** {@code "password": "any text"} in JSON, to the closing quote. */
    private static final Pattern QUOTED_PASSWORD = Pattern.compile("(?i)(password[\\w.:-]*\"\\s*:\\s*\")[^\"]*");
    /** {@code password=value} in forms and dumps, to the next separator. */
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password[\\w.:-]*\\s*[=:]\\s*)[^&\\s,}\\]\"]+");

    private static final String OWN_LOGGERS = "com.dashify.";

    private final Filter next;
    private final SimpleFormatter formatter = new SimpleFormatter();

    RedactingFilter(Filter next) {
        this.next = next;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (next != null && !next.isLoggable(record)) {
            return false;
        }
        if (record.getLevel().intValue() < Level.INFO.intValue() && fromValueDumpingSource(record)) {
            return false;
        }
        String message = formatter.formatMessage(record);
        String redacted = redact(message);
        if (redacted != null && record.getLoggerName() != null && record.getLoggerName().startsWith(OWN_LOGGERS)) {
            redacted = record instanceof Lines lines ? lines.redacted() : escapeControlCharacters(redacted);
        }
        if (redacted != null && !redacted.equals(message)) {
            record.setMessage(redacted);
            record.setParameters(null);
        }
        return true;
    }

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String masked = TOKEN_SECRET.matcher(text).replaceAll(MASK);
        masked = AUTHORIZATION.matcher(masked).replaceAll("$1" + MASK);
        masked = SESSION_ID.matcher(masked).replaceAll("$1" + MASK);
        masked = COOKIE_HEADER.matcher(masked).replaceAll("$1" + MASK);
        masked = QUOTED_PASSWORD.matcher(masked).replaceAll("$1" + MASK);
        return PASSWORD.matcher(masked).replaceAll("$1" + MASK);
    }

    /** Control characters (line breaks included) as {@code \\uXXXX}; tab stays. */
    static String escapeControlCharacters(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' || c == '\u2028' || c == '\u2029';
            if (control && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (control) {
                    escaped.append(String.format("\\u%04x", (int) c));
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static boolean fromValueDumpingSource(LogRecord record) {
        return startsWithAny(record.getLoggerName()) || startsWithAny(record.getSourceClassName());
    }

    private static boolean startsWithAny(String name) {
        if (name == null) {
            return false;
        }
        for (String source : VALUE_DUMPING_SOURCES) {
            if (name.startsWith(source)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A record of the service's own, made of lines it chose to break, such as the summary at ready:
     * the breaks between the lines stay, and any other control character in a line is escaped. The
     * last line ends with a break too, so that the server's formatter closes the record on a line
     * of its own.
     */
    static final class Lines extends LogRecord {

        private final transient List<String> lines;

        Lines(Level level, String loggerName, List<String> lines) {
            super(level, joined(lines.stream()));
            this.lines = List.copyOf(lines);
            setLoggerName(loggerName);
        }

        /** The lines, each redacted and escaped, each ending with a line break. */
        String redacted() {
            return joined(lines.stream().map(line -> escapeControlCharacters(redact(line))));
        }

        private static String joined(Stream<String> lines) {
            return lines.map(line -> line + "\n").collect(Collectors.joining());
        }
    }
}
