package com.dashify.identity.bootstrap.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Payara Micro's command line read as Payara Micro 6 reads it: option names without regard to case
 * ({@code --autoBindHttp} is {@code --autobindhttp}), the last of a repeated option winning, and
 * beneath the options its {@code payaramicro.*} settings, from {@code --systemproperties} files,
 * else {@code -D} system properties, else the environment ({@code payaramicro_port}).
 */
final class PayaraOptions {

    private final List<String> args;
    private final UnaryOperator<String> systemProperties;

    /**
     * @param args             the command line, as given to Payara Micro
     * @param systemProperties a system property's value by name (or its environment variable's), null when unset
     */
    PayaraOptions(String[] args, UnaryOperator<String> systemProperties) {
        this.args = List.of(args);
        this.systemProperties = systemProperties;
    }

    /** The command line, with the settings of this JVM and its environment beneath it. */
    static PayaraOptions of(String[] args) {
        return new PayaraOptions(args, name -> {
            String value = System.getProperty(name);
            return value != null ? value : System.getenv(name.replace('.', '_'));
        });
    }

    /** Whether {@code option} (such as {@code --autobindhttp}) was given, in any case. */
    boolean given(String option) {
        return args.stream().anyMatch(arg -> is(arg, option));
    }

    /** The value after the last {@code option}, as Payara keeps the last of a repeated option. */
    Optional<String> last(String option) {
        List<String> values = values(option);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** The value after each {@code option}, in order. */
    List<String> values(String option) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (is(args.get(i), option)) {
                values.add(args.get(++i));
            }
        }
        return values;
    }

    /** The command line without {@code option} and the value after it. */
    List<String> without(String option) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (is(args.get(i), option) && i + 1 < args.size()) {
                i++;
            } else {
                rest.add(args.get(i));
            }
        }
        return rest;
    }

    /**
     * A {@code payaramicro.*} setting as Payara Micro reads it: Payara sets the properties of the
     * {@code --systemproperties} files (the last file winning) over those of the JVM, and falls
     * back to the environment variable with {@code _} for {@code .}. An unreadable file counts for
     * nothing here; Payara reports it.
     */
    Optional<String> property(String name) {
        List<String> files = values("--systemproperties");
        for (int i = files.size() - 1; i >= 0; i--) {
            Properties read = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of(files.get(i)), StandardCharsets.ISO_8859_1)) {
                read.load(in);
            } catch (IOException | RuntimeException unreadable) {
                continue;
            }
            if (read.getProperty(name) != null) {
                return Optional.of(read.getProperty(name));
            }
        }
        return Optional.ofNullable(systemProperties.apply(name));
    }

    /** Payara lower-cases an option's name before it looks it up. */
    private static boolean is(String arg, String option) {
        return arg.toLowerCase(Locale.ROOT).equals(option);
    }
}
