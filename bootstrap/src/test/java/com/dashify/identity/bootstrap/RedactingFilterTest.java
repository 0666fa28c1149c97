package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RedactingFilterTest {

    private final RedactingFilter filter = new RedactingFilter(null);

    private static LogRecord record(Level level, String logger, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        record.setSourceClassName(logger);
        record.setParameters(parameters);
        return record;
    }

    @Test
    void tokenSecretsAuthorizationValuesAndPasswordsAreMasked() {
        LogRecord record = record(Level.FINE, "org.example.Anything",
                "headers: authorization=Bearer {0}\naccept=*/*\nbody password=hunter2hunter2&user=ada, {1}",
                "dfy_pat_AbCdEf0123456789AbCdEf0123456789Zz9Xy", "link dfy_setup_Zz0123456789");

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getMessage()).doesNotContain("dfy_pat_AbCdEf").doesNotContain("Bearer")
                .doesNotContain("hunter2").doesNotContain("dfy_setup_Zz").contains("accept=*/*")
                .contains("authorization=[redacted]").contains("password=[redacted]")
                .contains("user=ada").contains("[redacted]");
        assertThat(record.getParameters()).isNull();
    }

    @Test
    void headersLoggedAsJsonAreMasked() {
        assertThat(RedactingFilter.redact("{ \"event\":\"RECV_HEADERS\", \"authorization\":\"Bearer op_secret-123\", \"x\":\"y\" }"))
                .doesNotContain("op_secret-123").contains("\"x\":\"y\"");
    }

    @Test
    void sessionIdsAndCookieHeadersAreMasked() {
        assertThat(RedactingFilter.redact("Parsing b[]: JSESSIONID=a8f3c2d1e0; Path=/")).doesNotContain("a8f3c2d1e0");
        assertThat(RedactingFilter.redact("cookie=JSESSIONID=abc123; csfcfc=x")).doesNotContain("abc123");
        assertThat(RedactingFilter.redact("{\"cookie\":\"JSESSIONID=zz99\"}")).doesNotContain("zz99");
    }

    @Test
    void jsonPasswordsAreMaskedToo() {
        assertThat(RedactingFilter.redact("{\"adminPassword\":\"correct horse battery staple\",\"x\":1}"))
                .doesNotContain("horse");
        assertThat(RedactingFilter.redact("{\"password\": \"s3cret!\"}")).doesNotContain("s3cret");
    }

    @Test
    void debugOutputOfValueDumpingSourcesIsDroppedButTheirWarningsKept() {
        assertThat(filter.isLoggable(record(Level.FINE, "com.sun.faces.renderkit.html_basic.HtmlBasicRenderer",
                "Set submitted value correct horse battery staple on component"))).isFalse();
        assertThat(filter.isLoggable(record(Level.FINEST, "org.glassfish.grizzly.http.util.Parameters",
                "content=login:password=abc"))).isFalse();
        assertThat(filter.isLoggable(record(Level.WARNING, "com.sun.faces.renderkit.html_basic.HtmlBasicRenderer",
                "something went wrong"))).isTrue();
    }

    @Test
    void ordinaryRecordsPassUnchanged() {
        LogRecord record = record(Level.INFO, "com.dashify.identity", "Schema migrations {0}: {1} applied",
                "identity", 2);

        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getMessage()).isEqualTo("Schema migrations {0}: {1} applied");
        assertThat(record.getParameters()).containsExactly("identity", 2);
    }

    @Test
    void ourOwnMessagesCannotForgeALogLineWhileOthersKeepTheirLayout() {
        LogRecord quoting = new LogRecord(Level.INFO,
                "SSO refused: code=x\r\n[2026-11-30T00:00:00.000+0000] [SEVERE] forged\u0000 \u2028end\tcolumn");
        quoting.setLoggerName("com.dashify.identity.adapter.console.sso.SsoServlet");
        LogRecord server = new LogRecord(Level.INFO, "Payara Micro\n  ready");
        server.setLoggerName("fish.payara.micro.boot");

        assertThat(new RedactingFilter(null).isLoggable(quoting)).isTrue();
        assertThat(new RedactingFilter(null).isLoggable(server)).isTrue();

        assertThat(quoting.getMessage()).doesNotContain("\n", "\r", "\u0000", "\u2028")
                .contains("code=x\\u000d\\u000a[2026-11-30", "\\u0000", "\\u2028", "end\tcolumn");
        assertThat(server.getMessage()).isEqualTo("Payara Micro\n  ready");
    }

    /** The summary at ready is lines of the service's own: its breaks stay, a break inside a value does not. */
    @Test
    void linesOfOurOwnKeepTheirBreaksAndOnlyThose() {
        LogRecord lines = new RedactingFilter.Lines(Level.INFO, "com.dashify.identity.bootstrap.StartupSummary",
                List.of("Dashify is ready", "  Database: jdbc:x\r\n[2026-11-30T00:00:00.000+0000] [SEVERE] forged",
                        "  Token: dfy_pat_abc123"));

        assertThat(new RedactingFilter(null).isLoggable(lines)).isTrue();

        assertThat(lines.getMessage()).endsWith("\n");
        assertThat(lines.getMessage().lines()).containsExactly("Dashify is ready",
                "  Database: jdbc:x\\u000d\\u000a[2026-11-30T00:00:00.000+0000] [SEVERE] forged",
                "  Token: [redacted]");
    }
}
