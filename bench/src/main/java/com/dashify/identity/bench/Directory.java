package com.dashify.identity.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * One identity provider connection, as Okta and Entra drive it: before each write it looks the
 * user up by {@code userName}, then creates the user, replaces the profile (PUT), changes the role
 * and deactivates (PATCH, Entra's shapes), and now and then lists a page. Each request is timed;
 * only those made while {@code measuring} answers true are kept.
 */
final class Directory implements Runnable {

    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final int LIST_EVERY = 10;
    /** Looked up once: {@code Json}'s static methods look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final HttpClient http;
    private final URI scim;
    private final String token;
    private final String userPrefix;
    private final BooleanSupplier measuring;
    private final BooleanSupplier running;
    private final Map<Operation, OperationStats> measured = new EnumMap<>(Operation.class);
    private final Map<Operation, OperationStats> warmUp = new EnumMap<>(Operation.class);
    private long cycles;

    Directory(HttpClient http, URI scim, String token, String userPrefix, BooleanSupplier measuring,
              BooleanSupplier running) {
        this.http = http;
        this.scim = scim;
        this.token = token;
        this.userPrefix = userPrefix;
        this.measuring = measuring;
        this.running = running;
        for (Operation operation : Operation.values()) {
            measured.put(operation, new OperationStats());
            warmUp.put(operation, new OperationStats());
        }
    }

    Map<Operation, OperationStats> measured() {
        return measured;
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            cycle();
        }
    }

    private void cycle() {
        String userName = userPrefix + "-" + cycles++ + "@bench.example";
        String filter = "/Users?filter=" + URLEncoder.encode("userName eq \"" + userName + "\"", StandardCharsets.UTF_8);
        send(Operation.LOOKUP, "GET", filter, null, 200);
        String created = send(Operation.CREATE, "POST", "/Users", profile(userName, "Engineer", true), 201);
        String id = created == null ? null : idOf(created);
        if (id == null) {
            return;
        }
        send(Operation.LOOKUP, "GET", filter, null, 200);
        send(Operation.PROFILE_UPDATE, "PUT", "/Users/" + id, profile(userName, "Senior Engineer", false), 200);
        send(Operation.LOOKUP, "GET", filter, null, 200);
        send(Operation.ROLE_CHANGE, "PATCH", "/Users/" + id, """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"roles",\
                "value":[{"value":"Editor","primary":true}]}]}""".formatted(PATCH_SCHEMA), 200);
        send(Operation.LOOKUP, "GET", filter, null, 200);
        send(Operation.DEACTIVATE, "PATCH", "/Users/" + id, """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}"""
                .formatted(PATCH_SCHEMA), 200);
        if (cycles % LIST_EVERY == 0) {
            int startIndex = 1 + ThreadLocalRandom.current().nextInt(1000);
            send(Operation.LIST, "GET", "/Users?startIndex=" + startIndex + "&count=100", null, 200);
        }
    }

    private static String profile(String userName, String title, boolean withPassword) {
        return """
                {"schemas":["%s"],"userName":"%s","name":{"givenName":"Bench","familyName":"User"},\
                "emails":[{"value":"%s","type":"work","primary":true}],"title":"%s",%s"active":true}"""
                .formatted(USER_SCHEMA, userName, userName, title,
                        withPassword ? "\"password\":\"Okta-Generated-9x!\"," : "");
    }

    /** Sends one request, times it, and returns the body when the status was the expected one. */
    private String send(Operation operation, String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(scim.resolve(scim.getPath() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/scim+json");
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/scim+json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        Map<Operation, OperationStats> stats = measuring.getAsBoolean() ? measured : warmUp;
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            stats.get(operation).record(System.nanoTime() - start, response.statusCode(),
                    response.statusCode() == expected);
            return response.statusCode() == expected ? response.body() : null;
        } catch (IOException noAnswer) {
            stats.get(operation).record(System.nanoTime() - start, 0, false);
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String idOf(String resource) {
        try (JsonReader reader = JSON.createReader(new StringReader(resource))) {
            JsonObject user = reader.readObject();
            return user.getString("id", null);
        }
    }
}
