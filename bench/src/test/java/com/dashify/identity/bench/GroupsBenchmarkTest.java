package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The groups workload: its pure parts, and one short run against a server that keeps groups as the service does. */
class GroupsBenchmarkTest {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern VALUE = Pattern.compile("\\{\"value\":\"([^\"]+)\"}");
    private static final Pattern REMOVE = Pattern.compile("members\\[value eq \\\\\"([^\\\\]+)\\\\\"]");

    private final Map<String, Set<String>> members = new ConcurrentHashMap<>();
    private final Set<String> users = ConcurrentHashMap.newKeySet();
    private HttpServer server;
    private URI scim;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/scim/v2/Users", this::users);
        server.createContext("/scim/v2/Groups", this::groups);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        scim = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/scim/v2");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aShortRunMeasuresEverySizeReadsTheLargestWholeAndSyncsEveryUserIntoGroups() throws Exception {
        members.put("g3", ConcurrentHashMap.newKeySet());
        members.get("g3").addAll(List.of("m1", "m2", "m3"));
        members.put("g5", ConcurrentHashMap.newKeySet());
        members.get("g5").addAll(List.of("m1", "m2", "m3", "m4", "m5"));
        List<String> pool = IntStream.range(0, 8).mapToObj(i -> "p" + i).toList();
        users.addAll(pool);
        GroupsBenchmark.Settings settings = new GroupsBenchmark.Settings("run", new TreeMap<>(Map.of(3, "g3",
                5, "g5")), pool, 2, 3, Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(300), 2, 30,
                4, 2, 7);

        GroupsResult result = GroupsBenchmark.run(settings, HttpClient.newHttpClient(), scim, "token", null);

        assertThat(result.sizes()).extracting(GroupsResult.Size::members).containsExactly(3, 5);
        for (GroupsResult.Size size : result.sizes()) {
            assertThat(size.changes().operations().get(Operation.GROUP_ADD_MEMBER).count()).isPositive();
            assertThat(size.changes().operations().get(Operation.GROUP_REMOVE_MEMBER).count()).isPositive();
            assertThat(size.get().operations().get(Operation.GROUP_GET).count()).isPositive();
            assertThat(size.changes().errors() + size.get().errors()).isZero();
        }
        // Every add was removed again: the groups are as preloaded.
        assertThat(members.get("g3")).containsExactlyInAnyOrder("m1", "m2", "m3");
        assertThat(result.warmUpErrors()).isZero();
        assertThat(result.read().seconds()).hasSize(2);
        assertThat(result.read().membersRead()).isEqualTo(5);
        assertThat(result.read().errors()).isZero();
        GroupsResult.Sync sync = result.sync();
        assertThat(sync.users().done()).isEqualTo(30);
        assertThat(sync.groups().done()).isEqualTo(4);
        assertThat(sync.memberships().done()).isEqualTo(60);
        // 15 members per group, in PATCHes of at most 7: 3 per group.
        assertThat(sync.memberships().requests()).isEqualTo(12);
        assertThat(sync.errors()).isZero();
        assertThat(sync.verified()).isTrue();
        assertThat(GroupsReport.text(result)).contains("memberships       60 of      60");
    }

    @Test
    void eachClientHasUsersOfItsOwn() {
        List<String> pool = IntStream.range(0, 10).mapToObj(Integer::toString).toList();

        Set<String> first = IntStream.range(0, 20).mapToObj(n -> GroupsBenchmark.poolUser(pool, 3, 0, n))
                .collect(Collectors.toSet());
        Set<String> second = IntStream.range(0, 20).mapToObj(n -> GroupsBenchmark.poolUser(pool, 3, 1, n))
                .collect(Collectors.toSet());

        assertThat(first).containsExactlyInAnyOrder("0", "1", "2");
        assertThat(second).containsExactlyInAnyOrder("3", "4", "5");
    }

    @Test
    void everyUserIsInThatManyDistinctGroupsOfAboutTheSameSize() {
        List<List<Integer>> groups = GroupsBenchmark.membersOfGroups(10000, 200, 2);

        assertThat(groups).hasSize(200).allSatisfy(group -> assertThat(group).hasSize(100));
        Map<Integer, Long> groupsPerUser = groups.stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(user -> user, Collectors.counting()));
        assertThat(groupsPerUser).hasSize(10000).allSatisfy((user, count) -> assertThat(count).isEqualTo(2));
        assertThat(groups.get(0)).startsWith(0, 100, 200);
        assertThat(GroupsBenchmark.batches(groups.get(0), 30)).extracting(List::size).containsExactly(30, 30, 30, 10);
    }

    @Test
    void theBodiesAreEntrasShapes() {
        JsonObject add = json(GroupsBenchmark.addMembers(List.of("a", "b")));
        JsonObject remove = json(GroupsBenchmark.removeMember("a"));
        JsonObject group = json(GroupsBenchmark.entraGroup("Engineering", "8aa1a0c0"));

        assertThat(add.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:api:messages:2.0:PatchOp");
        assertThat(add.getJsonArray("Operations").getJsonObject(0).toString())
                .isEqualTo("{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"a\"},{\"value\":\"b\"}]}");
        assertThat(remove.getJsonArray("Operations").getJsonObject(0).getString("path"))
                .isEqualTo("members[value eq \"a\"]");
        assertThat(group.getJsonArray("schemas").getString(1))
                .isEqualTo("http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group");
        assertThat(group.getString("externalId")).isEqualTo("8aa1a0c0");
        assertThat(group.containsKey("members")).isFalse();
    }

    private static JsonObject json(String text) {
        return JSON.createReader(new StringReader(text)).readObject();
    }

    private void users(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            String id = UUID.randomUUID().toString();
            users.add(id);
            answer(exchange, 201, "{\"id\":\"" + id + "\"}");
        } else {
            answer(exchange, 200, "{\"totalResults\":0,\"Resources\":[]}");
        }
    }

    /** Groups as the service keeps them: PATCH 204, a read with or without members, members of users only. */
    private void groups(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (exchange.getRequestMethod()) {
            case "POST" -> {
                String created = UUID.randomUUID().toString();
                members.put(created, ConcurrentHashMap.newKeySet());
                answer(exchange, 201, "{\"id\":\"" + created + "\"}");
            }
            case "PATCH" -> {
                Set<String> changed = new HashSet<>();
                Matcher values = VALUE.matcher(body);
                while (values.find()) {
                    changed.add(values.group(1));
                }
                Matcher removed = REMOVE.matcher(body);
                if (!members.containsKey(id) || !users.containsAll(changed)) {
                    answer(exchange, 400, "{}");
                } else if (removed.find()) {
                    members.get(id).remove(removed.group(1));
                    answer(exchange, 204, null);
                } else {
                    members.get(id).addAll(changed);
                    answer(exchange, 204, null);
                }
            }
            default -> {
                String query = exchange.getRequestURI().getQuery();
                if (id.equals("Groups")) {
                    answer(exchange, 200, "{\"totalResults\":0,\"Resources\":[]}");
                } else if (query != null && query.contains("excludedAttributes=members")) {
                    answer(exchange, 200, "{\"id\":\"" + id + "\",\"displayName\":\"x\"}");
                } else {
                    answer(exchange, 200, "{\"id\":\"" + id + "\",\"members\":[" + members.get(id).stream()
                            .map(member -> "{\"value\":\"" + member + "\"}").collect(Collectors.joining(",")) + "]}");
                }
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
