package com.dashify.identity.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the ArchUnit rule on {@code api} and {@code scim} cannot see: javac copies a constant into
 * the class that uses it, so a SCIM constant used in the API leaves no dependency in the bytecode.
 * The sources still name it.
 */
class ApiSourcesTest {

    private static final Path API = Path.of("src/main/java/com/dashify/identity/adapter/rest/api");

    @Test
    void theApiNamesNothingOfTheScimAdapter() throws IOException {
        try (Stream<Path> files = Files.list(API)) {
            List<String> naming = files.filter(file -> read(file).contains("adapter.rest.scim"))
                    .map(file -> file.getFileName().toString()).toList();
            assertThat(naming).as("API sources that name the SCIM adapter").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
