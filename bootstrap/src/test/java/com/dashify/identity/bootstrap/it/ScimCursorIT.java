package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cursor paging (RFC 9865) as a client walks with it: a walk while other users are created and
 * deleted misses no user that exists throughout and shows none twice, on both databases; a cursor
 * altered, or used for another tenant or another search, is 400 invalidCursor.
 */
@ExtendWith(DashifyServer.Extension.class)
class ScimCursorIT {

    private DashifyServer server;
    private ScimClient scim;

    @BeforeEach
    void newTenant(DashifyServer server) {
        this.server = server;
        scim = ScimClient.forNewTenant(server);
    }

    @Test
    void aWalkWhileOthersComeAndGoMissesNoUserThatStayedAndShowsNoneTwice() throws Exception {
        Set<String> staying = new HashSet<>();
        List<String> leaving = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            staying.add(create("stay" + i));
            if (i % 2 == 0) {
                leaving.add(create("leave" + i));
            }
        }
        AtomicBoolean walking = new AtomicBoolean(true);
        CompletableFuture<Integer> churn = CompletableFuture.supplyAsync(() -> {
            int changes = 0;
            for (int i = 0; walking.get() || i < leaving.size(); i++) {
                if (i < leaving.size()) {
                    assertThat(scim.delete("/Users/" + leaving.get(i)).status()).isEqualTo(204);
                    changes++;
                }
                if (walking.get()) {
                    create("new" + i);
                    changes++;
                }
            }
            return changes;
        });

        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        try {
            do {
                // Every other page by POST .search (RFC 9865 §3): the cursor means the same there.
                JsonObject page = pages % 2 == 0 ? list(scim.get("/Users?count=7&cursor=" + cursor))
                        : list(scim.post("/Users/.search", "{\"schemas\":"
                        + "[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"count\":7,\"cursor\":\""
                        + cursor + "\"}"));
                page.getJsonArray("Resources").forEach(user -> seen.add(user.asJsonObject().getString("id")));
                cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
                pages++;
            } while (cursor != null);
        } finally {
            walking.set(false);
        }
        int changes = churn.get(120, TimeUnit.SECONDS);

        assertThat(changes).isGreaterThan(leaving.size());
        assertThat(pages).isGreaterThan(10);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(staying);
    }

    @Test
    void aCursorAlteredOrUsedElsewhereIsInvalidAndAnOldOneLeadsBack() {
        for (int i = 0; i < 5; i++) {
            create("user" + i);
        }
        // RFC 9865 §2's own form: a cursor parameter without a value asks for the first page.
        JsonObject first = list(scim.get("/Users?cursor&count=2"));
        // The five, and the admin the tenant was created with.
        assertThat(first.getInt("totalResults")).isEqualTo(6);
        assertThat(first.containsKey("previousCursor")).isFalse();
        String next = first.getString("nextCursor");
        JsonObject second = list(scim.get("/Users?count=2&cursor=" + next));
        assertThat(second.containsKey("totalResults")).isFalse();
        JsonObject back = list(scim.get("/Users?count=2&cursor=" + second.getString("previousCursor")));
        assertThat(back.getJsonArray("Resources")).isEqualTo(first.getJsonArray("Resources"));

        char flipped = next.charAt(3) == 'A' ? 'B' : 'A';
        String tampered = next.substring(0, 3) + flipped + next.substring(4);
        assertScimError(scim.get("/Users?count=2&cursor=" + tampered), 400, "invalidCursor");
        assertScimError(scim.get("/Users?count=2&cursor=" + next + "&filter="
                + URLEncoder.encode("userName sw \"user\"", StandardCharsets.UTF_8)), 400, "invalidCursor");
        assertScimError(ScimClient.forNewTenant(server).get("/Users?count=2&cursor=" + next), 400, "invalidCursor");
        assertScimError(scim.get("/Users?cursor=&startIndex=1"), 400, "invalidValue");
        assertScimError(scim.get("/Users?cursor=&sortBy=userName"), 400, "invalidValue");
    }

    @Test
    void groupsWalkByCursorToo() {
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            DashifyServer.Response created = scim.post("/Groups", "{\"schemas\":"
                    + "[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Team " + i + "\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            groups.add(ScimClient.json(created.body()).getString("id"));
        }
        create("member");
        String usersCursor = list(scim.get("/Users?cursor=&count=1")).getString("nextCursor");

        List<String> seen = new ArrayList<>();
        JsonObject page = list(scim.get("/Groups?cursor=&count=2"));
        assertThat(page.getInt("totalResults")).isEqualTo(5);
        while (true) {
            page.getJsonArray("Resources").forEach(group -> seen.add(group.asJsonObject().getString("id")));
            if (!page.containsKey("nextCursor")) {
                break;
            }
            page = list(scim.post("/Groups/.search", "{\"schemas\":"
                    + "[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"count\":2,\"cursor\":\""
                    + page.getString("nextCursor") + "\"}"));
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(groups);
        assertScimError(scim.get("/Groups?count=1&cursor=" + usersCursor), 400, "invalidCursor");
    }

    private String create(String userName) {
        DashifyServer.Response created = scim.post("/Users", "{\"schemas\":"
                + "[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName + "@example.com\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ScimClient.json(created.body()).getString("id");
    }

    private static JsonObject list(DashifyServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonObject list = ScimClient.json(response.body());
        assertThat(list.getInt("itemsPerPage")).isEqualTo(list.getJsonArray("Resources").size());
        assertThat(list.getJsonArray("Resources")).allSatisfy(user -> assertThat(user.getValueType())
                .isEqualTo(JsonValue.ValueType.OBJECT));
        return list;
    }
}
