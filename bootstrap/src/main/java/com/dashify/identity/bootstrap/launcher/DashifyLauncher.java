package com.dashify.identity.bootstrap.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entry point of {@code dashify.jar}: Payara Micro with the service's WAR inside. It unpacks
 * the WAR and hands it to Payara Micro as {@code --deploy}, with single-node defaults, followed by
 * whatever options were given ({@code --port 9090}, for one).
 *
 * <p>Not Payara's own {@code --outputuberjar}: a WAR deployed from inside such a jar finds no
 * context class loader when the security container starts, and a WAR with security constraints
 * (the admin console) then fails to deploy. Deployed from a file, it works.
 */
public final class DashifyLauncher {

    static final String EMBEDDED_WAR = "/dashify/ROOT.war";
    /** Settings of the service (see its {@code Settings}), read here only to default them for the port. */
    static final String WEBAUTHN_RP_ID = "DASHIFY_WEBAUTHN_RP_ID";
    static final String WEBAUTHN_ORIGINS = "DASHIFY_WEBAUTHN_ORIGINS";

    private DashifyLauncher() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of("--deploy", unpackWar().toString(), "--nohazelcast"));
        options.addAll(List.of(args));
        defaultPasskeyOriginToPort(args);
        try {
            Class.forName("fish.payara.micro.PayaraMicro").getMethod("main", String[].class)
                    .invoke(null, (Object) options.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Run on localhost with {@code --port 9090}, passkeys must be used from
     * {@code http://localhost:9090}: unless the origins or another relying-party id are configured,
     * that becomes the default origin.
     */
    static void defaultPasskeyOriginToPort(String[] args) {
        String rpId = setting(WEBAUTHN_RP_ID);
        if (setting(WEBAUTHN_ORIGINS) != null || rpId != null && !rpId.strip().equals("localhost")) {
            return;
        }
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--port") && args[i + 1].matches("[0-9]{1,5}")) {
                System.setProperty(propertyName(WEBAUTHN_ORIGINS), "http://localhost:" + args[i + 1]);
            }
        }
    }

    private static String setting(String key) {
        String value = System.getProperty(propertyName(key), System.getenv(key));
        return value == null || value.isBlank() ? null : value;
    }

    private static String propertyName(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The WAR, as a file named so that Payara Micro serves it at {@code /}. */
    private static Path unpackWar() {
        try (InputStream war = DashifyLauncher.class.getResourceAsStream(EMBEDDED_WAR)) {
            if (war == null) {
                throw new IllegalStateException(EMBEDDED_WAR + " is missing from this jar");
            }
            Path directory = Files.createTempDirectory("dashify-");
            Path file = directory.resolve("ROOT.war");
            Files.copy(war, file, StandardCopyOption.REPLACE_EXISTING);
            // Deleted in the reverse order of registration: the directory first registered goes last.
            directory.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the service's WAR", e);
        }
    }
}
