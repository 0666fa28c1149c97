package com.dashify.identity.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Which of Payara's log records a normal start keeps out of the log, and which it keeps. */
class QuietStartTest {

    /** A certificate authority (basic constraints CA:TRUE), as Payara's truststore lists them. */
    private static final String AUTHORITY =
            "-----BEGIN CERTIFICATE-----\n"
            + "MIIBkzCCATmgAwIBAgIUUPhzUC+2yjO6I3fd3lg5c6Z/D4wwCgYIKoZIzj0EAwIw\n"
            + "HzEdMBsGA1UEAwwURXhwaXJlZCBUZXN0IFJvb3QgQ0EwHhcNMjYxMjA2MTcwMzQ2\n"
            + "WhcNMjYxMjA3MTcwMzQ2WjAfMR0wGwYDVQQDDBRFeHBpcmVkIFRlc3QgUm9vdCBD\n"
            + "QTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABA78UaEBJDbwk6CqJcmZ8JLeQ6VH\n"
            + "51kxa04gPVK/ejslEuSY6URmaSoc4049ss6o56XTQtwhD6sra+vWWaO/G4KjUzBR\n"
            + "MB0GA1UdDgQWBBTLjP7NxzvaikCmCoFK4rGrzZ6Z9TAfBgNVHSMEGDAWgBTLjP7N\n"
            + "xzvaikCmCoFK4rGrzZ6Z9TAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gA\n"
            + "MEUCIGfzB/PHm8Mc1dP5A0Y6C9b7Khw/hRMGKIzSpPs3LZMcAiEAtAntsir1U61m\n"
            + "HmgP6hnF7aGPKx45rkCcpc6DpbNDPs0=\n"
            + "-----END CERTIFICATE-----\n";
    /** A server's own certificate (CA:FALSE), as a keystore for {@code --sslport} holds it. */
    private static final String SERVER =
            "-----BEGIN CERTIFICATE-----\n"
            + "MIIBezCCASCgAwIBAgIUQwOCqsJ2052FUqIsWafNSsAoeaswCgYIKoZIzj0EAwIw\n"
            + "FDESMBAGA1UEAwwJbG9jYWxob3N0MB4XDTI2MTIwNjE3MDM0NloXDTI2MTIwNzE3\n"
            + "MDM0NlowFDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZIzj0CAQYIKoZIzj0D\n"
            + "AQcDQgAE5uXczWGT9fKE48bX1JMBq9XmDonZIxfu414cEBQTl2KBqIkJXGCilvIu\n"
            + "CHhNm++d5JKotJ6NHjQ35cohqEk1HaNQME4wHQYDVR0OBBYEFHPhBrfxNBEBs1Bd\n"
            + "QzhGinilUbLRMB8GA1UdIwQYMBaAFHPhBrfxNBEBs1BdQzhGinilUbLRMAwGA1Ud\n"
            + "EwEB/wQCMAAwCgYIKoZIzj0EAwIDSQAwRgIhAI6WZtRnVUAjFKFMTZgvVvsPhvrg\n"
            + "bVSXzKF6A3jqEPbQAiEA947Yyt87JFWRfFtYRJfFBiMD2rkBhWtrJi+3NkZAF8w=\n"
            + "-----END CERTIFICATE-----\n";

    @Test
    void anExpiredCertificateAuthorityOfTheTruststoreIsNoise() throws Exception {
        assertThat(QuietStart.isNoise(expired("cert_7_entrust_root", AUTHORITY))).isTrue();
    }

    @Test
    void theNodesOwnExpiredCertificateIsStillLogged() throws Exception {
        assertThat(QuietStart.isNoise(expired("s1as", SERVER))).isFalse();
    }

    @Test
    void theSslLoggersOtherWarningsAreStillLogged() {
        assertThat(QuietStart.isNoise(record(QuietStart.SSL_LOGGER, Level.WARNING,
                "Additional keystore or truststore file not found x.p12"))).isFalse();
    }

    @Test
    void theTemporaryRuntimeDirectoryIsNoiseAndPayaraMicrosOtherWarningsAreNot() {
        assertThat(QuietStart.isNoise(record(QuietStart.RUNTIME_LOGGER, Level.WARNING,
                QuietStart.TEMPORARY_RUNTIME_DIRECTORY))).isTrue();
        assertThat(QuietStart.isNoise(record(QuietStart.RUNTIME_LOGGER, Level.WARNING,
                "You are running the product on an unsupported JDK version"))).isFalse();
    }

    /** Its virtual server sets the web container's logger to INFO, and so its children's: a level cannot quiet them. */
    @Test
    void theWebContainerKeepsItsWarningsAndErrorsOnly() {
        for (String logger : List.of(QuietStart.WEB_LOGGER, "jakarta.enterprise.web.core")) {
            assertThat(QuietStart.isNoise(record(logger, Level.INFO, "Loading application"))).as(logger).isTrue();
            assertThat(QuietStart.isNoise(record(logger, Level.WARNING, "x"))).as(logger).isFalse();
            assertThat(QuietStart.isNoise(record(logger, Level.SEVERE, "x"))).as(logger).isFalse();
        }
        assertThat(QuietStart.isNoise(record("jakarta.enterprise.webservices", Level.INFO, "x"))).isFalse();
    }

    @Test
    void otherLoggersAreLeftAlone() {
        assertThat(QuietStart.isNoise(record("com.dashify.identity.bootstrap.SchemaMigrations", Level.WARNING,
                QuietStart.TEMPORARY_RUNTIME_DIRECTORY))).isFalse();
        assertThat(QuietStart.isNoise(record(null, Level.INFO, "no logger"))).isFalse();
    }

    /** As the logging configuration makes it: by name, from the system class loader, with no arguments. */
    @Test
    void isTheConsoleHandlersFilter() throws Exception {
        Filter filter = (Filter) ClassLoader.getSystemClassLoader().loadClass(QuietStart.class.getName())
                .getConstructor().newInstance();

        assertThat(filter.isLoggable(record(QuietStart.WEB_LOGGER, Level.INFO, "Created virtual server"))).isFalse();
        assertThat(filter.isLoggable(record(QuietStart.WEB_LOGGER, Level.SEVERE, "cannot listen"))).isTrue();
    }

    private static LogRecord record(String logger, Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        return record;
    }

    private static LogRecord expired(String alias, String pem) throws Exception {
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        LogRecord record = record(QuietStart.SSL_LOGGER, Level.WARNING, QuietStart.CERTIFICATE_EXPIRED);
        record.setParameters(new Object[] {alias, certificate});
        return record;
    }
}
