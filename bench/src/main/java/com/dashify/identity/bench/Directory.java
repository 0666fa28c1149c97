package com.dashify.identity.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * One identity provider connection, as Okta and Entra drive it: before each write it looks the
 * user up by {@code userName}, then creates the user, replaces the profile (PUT), changes the role
 * and deactivates (PATCH, Entra's shapes), and now and then lists a page.
 */
final class Directory implements Runnable {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String DEACTIVATION = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],\
            "Operations":[{"op":"Replace","path":"active","value":"False"}]}""";
    private static final String ROLE_CHANGE = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace",\
            "path":"roles","value":[{"value":"Editor","primary":true}]}]}""";
    private static final int LIST_EVERY = 10;
    /** Looked up once: {@code Json}'s static methods look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final ScimClient client;
    private final String userPrefix;
    private final BooleanSupplier running;
    private long cycles;

    Directory(ScimClient client, String userPrefix, BooleanSupplier running) {
        this.client = client;
        this.userPrefix = userPrefix;
        this.running = running;
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            cycle();
        }
    }

    private void cycle() {
        String userName = userPrefix + "-" + cycles++ + "@bench.example";
        String filter = lookupPath(userName);
        client.send(Operation.LOOKUP, "GET", filter, null, 200);
        String created = client.send(Operation.CREATE, "POST", "/Users", profile(userName, "Engineer", true), 201);
        String id = created == null ? null : idOf(created);
        if (id == null) {
            return;
        }
        client.send(Operation.LOOKUP, "GET", filter, null, 200);
        client.send(Operation.PROFILE_UPDATE, "PUT", "/Users/" + id, profile(userName, "Senior Engineer", false), 200);
        client.send(Operation.LOOKUP, "GET", filter, null, 200);
        client.send(Operation.ROLE_CHANGE, "PATCH", "/Users/" + id, ROLE_CHANGE, 200);
        client.send(Operation.LOOKUP, "GET", filter, null, 200);
        client.send(Operation.DEACTIVATE, "PATCH", "/Users/" + id, DEACTIVATION, 200);
        if (cycles % LIST_EVERY == 0) {
            int startIndex = 1 + ThreadLocalRandom.current().nextInt(1000);
            client.send(Operation.LIST, "GET", "/Users?startIndex=" + startIndex + "&count=100", null, 200);
        }
    }

    static String lookupPath(String userName) {
        return "/Users?filter=" + URLEncoder.encode("userName eq \"" + userName + "\"", StandardCharsets.UTF_8);
    }

    static String profile(String userName, String title, boolean withPassword) {
        return """
                {"schemas":["%s"],"userName":"%s","name":{"givenName":"Bench","familyName":"User"},\
                "emails":[{"value":"%s","type":"work","primary":true}],"title":"%s",%s"active":true}"""
                .formatted(USER_SCHEMA, userName, userName, title,
                        withPassword ? "\"password\":\"Okta-Generated-9x!\"," : "");
    }

    private static String idOf(String resource) {
        try (JsonReader reader = JSON.createReader(new StringReader(resource))) {
            JsonObject user = reader.readObject();
            return user.getString("id", null);
        }
    }
}
