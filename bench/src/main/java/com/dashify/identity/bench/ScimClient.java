package com.dashify.identity.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * One client's connection to the SCIM service: sends a request with the bearer token, times it
 * and records it under its operation, in the measured figures when it was sent while
 * {@code measuring} answered true, in the warm-up's otherwise (whose errors count too). Each
 * client thread has its own.
 */
final class ScimClient {

    private final HttpClient http;
    private final URI scim;
    private final String token;
    private final BooleanSupplier measuring;
    private final Map<Operation, OperationStats> measured = new EnumMap<>(Operation.class);
    private final Map<Operation, OperationStats> warmUp = new EnumMap<>(Operation.class);
    private volatile long lastMeasuredAnswerNanos;

    ScimClient(HttpClient http, URI scim, String token, BooleanSupplier measuring) {
        this.http = http;
        this.scim = scim;
        this.token = token;
        this.measuring = measuring;
        for (Operation operation : Operation.values()) {
            measured.put(operation, new OperationStats());
            warmUp.put(operation, new OperationStats());
        }
    }

    Map<Operation, OperationStats> measured() {
        return measured;
    }

    /** Unexpected answers while not measuring. */
    long warmUpErrors() {
        return warmUp.values().stream().mapToLong(OperationStats::errors).sum();
    }

    /** When the last measured request was answered ({@link System#nanoTime()}), 0 if none was. */
    long lastMeasuredAnswerNanos() {
        return lastMeasuredAnswerNanos;
    }

    /**
     * Sends one request to {@code path} under the SCIM base and returns the body when the status
     * was the expected one, null otherwise (the status is then counted as an error).
     */
    String send(Operation operation, String method, String path, String body, int expected) {
        return send(operation, method, path, body, expected, answer -> true);
    }

    /**
     * As {@link #send(Operation, String, String, String, int)}, and an answer with the expected
     * status whose body {@code answers} rejects counts as an error under that status.
     */
    String send(Operation operation, String method, String path, String body, int expected,
                Predicate<String> answers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(scim.resolve(scim.getPath() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/scim+json");
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/scim+json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        boolean measured = measuring.getAsBoolean();
        Map<Operation, OperationStats> stats = measured ? this.measured : warmUp;
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            boolean right = response.statusCode() == expected && answers.test(response.body());
            stats.get(operation).record(end - start, response.statusCode(), right);
            if (measured) {
                lastMeasuredAnswerNanos = end;
            }
            return right ? response.body() : null;
        } catch (IOException noAnswer) {
            long end = System.nanoTime();
            stats.get(operation).record(end - start, 0, false);
            if (measured) {
                lastMeasuredAnswerNanos = end;
            }
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
