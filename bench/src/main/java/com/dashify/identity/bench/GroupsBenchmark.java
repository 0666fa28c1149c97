package com.dashify.identity.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * The groups workload (issue 13): groups preloaded with 10, 10,000 and 100,000 members
 * (GroupPreload), and users in none of them ({@code pool}) to add and remove.
 * <ol>
 *   <li>A warm-up mixing every measured operation on every size (and now and then the middle
 *       group read whole);</li>
 *   <li>per size, a phase of one member added (Entra's {@code Add} with a value array) and removed
 *       again ({@code members[value eq "…"]}), then a phase of {@code GET ?excludedAttributes=members};
 *       each settles, then is measured; the clients share the one group, each with users of its own;</li>
 *   <li>the largest group read whole, timed, each read after a full collection and with the heap
 *       sampled; then read again while full collections are forced, for the heap's figure;</li>
 *   <li>an Entra-shaped initial sync: users (look-up, create), groups with Microsoft's URN and an
 *       {@code externalId} (look-up, create), then members added in batches; then each group
 *       read back and its members checked.</li>
 * </ol>
 */
final class GroupsBenchmark {

    static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    /** Entra names this extension in every group it creates. */
    static final String ENTRA_GROUP_SCHEMA = "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";
    /** How often, in cycles, a warm-up client reads the middle group whole. */
    private static final int WHOLE_READ_EVERY = 50;
    /** jstat's interval while the largest group is read. */
    private static final int SAMPLE_MILLIS = 100;
    private static final long SAMPLE_NANOS = SAMPLE_MILLIS * 1_000_000L;
    /** Reads under forced collections at most. */
    private static final int FORCED_READS = 5;
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * What the workload works on and for how long.
     *
     * @param groups        preloaded group id by size
     * @param pool          ids of preloaded users in none of those groups
     * @param clients       clients of the per-size phases
     * @param syncClients   clients of the initial sync
     * @param reads         timed whole reads of the largest group
     * @param syncUsers     users the sync creates
     * @param syncGroups    groups the sync creates
     * @param groupsPerUser groups each synced user joins
     * @param batch         members per membership PATCH of the sync
     */
    record Settings(String runId, SortedMap<Integer, String> groups, List<String> pool, int clients, int syncClients,
                    Duration warmUp, Duration settle, Duration measure, int reads, int syncUsers, int syncGroups,
                    int groupsPerUser, int batch) {

        Settings {
            if (groups.isEmpty()) {
                throw new IllegalArgumentException("the groups workload needs --groups, the preloaded groups");
            }
            if (pool.size() < clients) {
                throw new IllegalArgumentException("the groups workload needs at least one user in no group per"
                        + " client (--group-pool): " + pool.size() + " for " + clients + " clients");
            }
            if (groupsPerUser < 1 || groupsPerUser > syncGroups || batch < 1) {
                throw new IllegalArgumentException("each synced user needs 1 to " + syncGroups
                        + " groups, and a batch of at least 1");
            }
        }
    }

    private GroupsBenchmark() {
    }

    static GroupsResult run(Settings settings, HttpClient http, URI scim, String token, ServerProcess server)
            throws InterruptedException {
        List<Integer> sizes = List.copyOf(settings.groups().keySet());
        System.out.printf("groups: %d clients on one group at a time, warm-up %d s over every size, then per size and"
                        + " operation %d s settling and up to %d s measured%n", settings.clients(),
                settings.warmUp().toSeconds(), settings.settle().toSeconds(), settings.measure().toSeconds());
        PhaseResult warmUp = LoadGenerator.run(Workload.GROUPS, (client, index, phase) -> warmUpLoop(settings, sizes,
                client, index, phase), http, scim, token, settings.clients(), settings.warmUp(), Duration.ZERO, null);
        List<GroupsResult.Size> results = new ArrayList<>();
        for (int size : sizes) {
            String group = settings.groups().get(size);
            PhaseResult changes = LoadGenerator.run(Workload.GROUPS, (client, index, phase) -> () -> {
                for (int n = 0; phase.running(); n++) {
                    addAndRemove(client, group, poolUser(settings.pool(), settings.clients(), index, n));
                }
            }, http, scim, token, settings.clients(), settings.settle(), settings.measure(), server);
            PhaseResult get = LoadGenerator.run(Workload.GROUPS, (client, index, phase) -> () -> {
                while (phase.running()) {
                    getWithoutMembers(client, group);
                }
            }, http, scim, token, settings.clients(), settings.settle(), settings.measure(), server);
            System.out.printf("  %,d members: %.1f ms add, %.1f ms remove, %.1f ms get without members (medians)%n",
                    size, median(changes, Operation.GROUP_ADD_MEMBER), median(changes, Operation.GROUP_REMOVE_MEMBER),
                    median(get, Operation.GROUP_GET));
            results.add(new GroupsResult.Size(size, changes, get));
        }
        int largest = sizes.get(sizes.size() - 1);
        GroupsResult.WholeRead read = wholeRead(settings, largest, http, scim, token, server);
        GroupsResult.Sync sync = sync(settings, http, scim, token, server);
        return new GroupsResult(settings.clients(), warmUp.warmUpSeconds(), warmUp.errors(), results, read, sync);
    }

    private static Runnable warmUpLoop(Settings settings, List<Integer> sizes, ScimClient client, int index,
                                       Phase phase) {
        String middle = settings.groups().get(sizes.get(sizes.size() / 2));
        return () -> {
            for (int n = 0; phase.running(); n++) {
                String group = settings.groups().get(sizes.get((index + n) % sizes.size()));
                addAndRemove(client, group, poolUser(settings.pool(), settings.clients(), index, n));
                getWithoutMembers(client, group);
                if (n % WHOLE_READ_EVERY == WHOLE_READ_EVERY - 1) {
                    client.send(Operation.GROUP_READ, "GET", "/Groups/" + middle, null, 200);
                }
            }
        };
    }

    private static void addAndRemove(ScimClient client, String group, String user) {
        client.send(Operation.GROUP_ADD_MEMBER, "PATCH", "/Groups/" + group, addMembers(List.of(user)), 204);
        client.send(Operation.GROUP_REMOVE_MEMBER, "PATCH", "/Groups/" + group, removeMember(user), 204);
    }

    private static void getWithoutMembers(ScimClient client, String group) {
        client.send(Operation.GROUP_GET, "GET", "/Groups/" + group + "?excludedAttributes=members", null, 200,
                answer -> answer.contains(group) && !answer.contains("\"members\""));
    }

    /**
     * The {@code n}-th user of client {@code index}: each client has a slice of the pool of its
     * own, so that no two clients add or remove the same user at once.
     */
    static String poolUser(List<String> pool, int clients, int index, int n) {
        int slice = pool.size() / clients;
        return pool.get(index * slice + Math.floorMod(n, slice));
    }

    // --- The largest group, read whole -------------------------------------------------------------

    private static GroupsResult.WholeRead wholeRead(Settings settings, int size, HttpClient http, URI scim,
                                                    String token, ServerProcess server) throws InterruptedException {
        String group = settings.groups().get(size);
        ScimClient client = new ScimClient(http, scim, token, () -> true);
        List<Double> seconds = new ArrayList<>();
        long bytes = 0;
        int membersRead = 0;
        HeapSampler.Growth timed = null;
        HeapSampler.Growth forced = null;
        try (HeapSampler heap = server == null ? null : new HeapSampler(server.pid(), SAMPLE_MILLIS)) {
            for (int i = 0; i < settings.reads(); i++) {
                double baseline = heap == null ? Double.NaN : collected(heap);
                long start = System.nanoTime();
                String body = client.send(Operation.GROUP_READ, "GET", "/Groups/" + group, null, 200);
                long end = System.nanoTime();
                seconds.add((end - start) / 1e9);
                if (body != null) {
                    bytes = body.getBytes(StandardCharsets.UTF_8).length;
                    membersRead = members(body);
                }
                if (heap != null) {
                    // The sample that follows the last answer belongs to the read too: a read shorter
                    // than jstat's interval has no other.
                    heap.sampleAfter(end);
                    timed = largest(HeapSampler.growth(heap.samples(), baseline, start, end + SAMPLE_NANOS), timed);
                }
                System.out.printf("  read whole (%,d members): %.2f s, %,d bytes%n", size, seconds.get(i), bytes);
            }
            if (heap != null) {
                forced = readUnderCollections(heap, client, group);
            }
        }
        long errors = client.measured().values().stream().mapToLong(OperationStats::errors).sum()
                + (membersRead == size ? 0 : 1);
        return new GroupsResult.WholeRead(size, seconds, bytes, membersRead, errors, timed, forced);
    }

    /** The larger of two growths, by peak, with the larger after-collection figure of both. */
    private static HeapSampler.Growth largest(HeapSampler.Growth growth, HeapSampler.Growth before) {
        if (before == null) {
            return growth;
        }
        double after = Double.isNaN(before.afterCollectionKb()) ? growth.afterCollectionKb()
                : Double.isNaN(growth.afterCollectionKb()) ? before.afterCollectionKb()
                : Math.max(before.afterCollectionKb(), growth.afterCollectionKb());
        return new HeapSampler.Growth(Math.max(growth.peakKb(), before.peakKb()), after,
                growth.collections() + before.collections());
    }

    /** Used heap after a full collection. */
    private static double collected(HeapSampler heap) throws InterruptedException {
        heap.fullCollection();
        return heap.sampleAfter(System.nanoTime()).usedKb();
    }

    /**
     * More reads while full collections run one after another, until three landed during reads
     * (five reads at most): what a read holds shows in the heap after each.
     */
    private static HeapSampler.Growth readUnderCollections(HeapSampler heap, ScimClient client, String group)
            throws InterruptedException {
        double baseline = collected(heap);
        Thread collector = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    heap.fullCollection();
                    Thread.sleep(100);
                }
            } catch (InterruptedException stopped) {
                // the reads are over
            }
        }, "full-collections");
        collector.setDaemon(true);
        collector.start();
        HeapSampler.Growth growth = null;
        try {
            for (int read = 0; read < FORCED_READS && (growth == null || growth.collections() < 3); read++) {
                long start = System.nanoTime();
                client.send(Operation.GROUP_READ, "GET", "/Groups/" + group, null, 200);
                long end = System.nanoTime();
                heap.sampleAfter(end);
                growth = largest(HeapSampler.growth(heap.samples(), baseline, start, end + SAMPLE_NANOS), growth);
            }
        } finally {
            collector.interrupt();
            collector.join();
        }
        return growth;
    }

    private static int members(String group) {
        try (JsonReader reader = JSON.createReader(new StringReader(group))) {
            JsonArray members = reader.readObject().getJsonArray("members");
            return members == null ? 0 : members.size();
        }
    }

    // --- An Entra-shaped initial sync --------------------------------------------------------------

    private static GroupsResult.Sync sync(Settings settings, HttpClient http, URI scim, String token,
                                          ServerProcess server) throws InterruptedException {
        System.out.printf("  initial sync: %,d users, %,d groups, each user in %d, members added %d per PATCH,"
                        + " %d clients%n", settings.syncUsers(), settings.syncGroups(), settings.groupsPerUser(),
                settings.batch(), settings.syncClients());
        String prefix = "sync-" + settings.runId();
        AtomicReferenceArray<String> users = new AtomicReferenceArray<>(settings.syncUsers());
        GroupsResult.Stage userStage = stage(settings.syncUsers(), settings.syncClients(), http, scim, token, server,
                (client, i) -> {
                    String userName = prefix + "-" + i + "@bench.example";
                    client.send(Operation.LOOKUP, "GET", Directory.lookupPath(userName), null, 200,
                            answer -> answer.contains("\"totalResults\":0"));
                    String created = client.send(Operation.CREATE, "POST", "/Users",
                            Directory.profile(userName, "Engineer", false), 201);
                    users.set(i, created == null ? null : idOf(created));
                    return users.get(i) == null ? 0 : 1;
                });
        AtomicReferenceArray<String> groups = new AtomicReferenceArray<>(settings.syncGroups());
        GroupsResult.Stage groupStage = stage(settings.syncGroups(), settings.syncClients(), http, scim, token, server,
                (client, j) -> {
                    String name = prefix + "-group-" + j;
                    client.send(Operation.GROUP_LOOKUP, "GET", "/Groups?excludedAttributes=members&filter="
                            + URLEncoder.encode("displayName eq \"" + name + "\"", StandardCharsets.UTF_8), null, 200,
                            answer -> answer.contains("\"totalResults\":0"));
                    String created = client.send(Operation.GROUP_CREATE, "POST", "/Groups",
                            entraGroup(name, UUID.randomUUID().toString()), 201);
                    groups.set(j, created == null ? null : idOf(created));
                    return groups.get(j) == null ? 0 : 1;
                });
        List<List<Integer>> members = membersOfGroups(settings.syncUsers(), settings.syncGroups(),
                settings.groupsPerUser());
        List<Batch> batches = new ArrayList<>();
        for (int j = 0; j < members.size(); j++) {
            for (List<Integer> batch : batches(members.get(j), settings.batch())) {
                batches.add(new Batch(j, batch));
            }
        }
        int memberships = members.stream().mapToInt(List::size).sum();
        GroupsResult.Stage membershipStage = stage(batches.size(), settings.syncClients(), http, scim, token, server,
                (client, b) -> {
                    Batch batch = batches.get(b);
                    String group = groups.get(batch.group());
                    List<String> ids = batch.users().stream().map(users::get).filter(id -> id != null).toList();
                    if (group == null || ids.isEmpty()) {
                        return 0;
                    }
                    return client.send(Operation.GROUP_ADD_MEMBERS, "PATCH", "/Groups/" + group, addMembers(ids), 204)
                            == null ? 0 : ids.size();
                });
        // Counted in memberships, not PATCHes.
        membershipStage = new GroupsResult.Stage(memberships, membershipStage.done(), membershipStage.seconds(),
                membershipStage.operations(), membershipStage.cpuSeconds());
        boolean verified = verify(members, groups, http, scim, token, settings.syncClients());
        return new GroupsResult.Sync(settings.syncClients(), settings.batch(), settings.groupsPerUser(), userStage,
                groupStage, membershipStage, verified);
    }

    private record Batch(int group, List<Integer> users) {
    }

    /** One unit of a sync stage's work by one client; answers how many objects it wrote. */
    @FunctionalInterface
    private interface Work {
        int apply(ScimClient client, int index);
    }

    /** Work 0 to count-1, spread over the clients as each is free; timed from the first request to the last answer. */
    private static GroupsResult.Stage stage(int count, int clients, HttpClient http, URI scim, String token,
                                            ServerProcess server, Work work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<ScimClient> scimClients = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        double cpuAtStart = server == null ? Double.NaN : server.cpuSeconds();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            ScimClient client = new ScimClient(http, scim, token, () -> true);
            scimClients.add(client);
            threads.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    done.addAndGet(work.apply(client, i));
                }
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(30, TimeUnit.MINUTES)) {
            threads.shutdownNow();
        }
        long end = scimClients.stream().mapToLong(ScimClient::lastMeasuredAnswerNanos).max().orElse(start);
        double cpu = server == null ? Double.NaN : server.cpuSeconds() - cpuAtStart;
        Map<Operation, OperationStats> total = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            OperationStats sum = new OperationStats();
            scimClients.forEach(client -> sum.add(client.measured().get(operation)));
            if (sum.count() > 0) {
                total.put(operation, sum);
            }
        }
        return new GroupsResult.Stage(count, done.get(), Math.max(end - start, 0) / 1e9, total, cpu);
    }

    /** Reads each synced group back whole: every one must hold exactly the members the sync gave it. */
    private static boolean verify(List<List<Integer>> members, AtomicReferenceArray<String> groups, HttpClient http,
                                  URI scim, String token, int clients) throws InterruptedException {
        AtomicInteger wrong = new AtomicInteger();
        stage(members.size(), clients, http, scim, token, null, (client, j) -> {
            String group = groups.get(j);
            String body = group == null ? null : client.send(Operation.GROUP_READ, "GET", "/Groups/" + group, null, 200);
            if (body == null || members(body) != members.get(j).size()) {
                wrong.incrementAndGet();
            }
            return 1;
        });
        return wrong.get() == 0;
    }

    /**
     * Who is in which group: user {@code i} is in the {@code perUser} groups
     * {@code (i + k * (groups / perUser)) mod groups}, so that every user is in that many distinct
     * groups and the groups come out about the same size. By group, users in ascending order.
     */
    static List<List<Integer>> membersOfGroups(int users, int groups, int perUser) {
        List<List<Integer>> members = new ArrayList<>();
        for (int j = 0; j < groups; j++) {
            members.add(new ArrayList<>());
        }
        int step = groups / perUser;
        for (int i = 0; i < users; i++) {
            for (int k = 0; k < perUser; k++) {
                members.get((i + k * step) % groups).add(i);
            }
        }
        return members;
    }

    /** The list cut into consecutive pieces of {@code size}, the last one shorter if need be. */
    static <T> List<List<T>> batches(List<T> list, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < list.size(); from += size) {
            batches.add(List.copyOf(list.subList(from, Math.min(from + size, list.size()))));
        }
        return batches;
    }

    // --- Bodies, as Entra sends them -------------------------------------------------------------

    /** Entra's {@code Add} of members: one operation, a value array. */
    static String addMembers(List<String> ids) {
        return """
                {"schemas":["%s"],"Operations":[{"op":"Add","path":"members","value":[%s]}]}"""
                .formatted(PATCH_SCHEMA, ids.stream().map(id -> "{\"value\":\"" + id + "\"}")
                        .collect(Collectors.joining(",")));
    }

    /** {@code remove} by a value filter, as Okta and Entra both send it. */
    static String removeMember(String id) {
        return """
                {"schemas":["%s"],"Operations":[{"op":"Remove","path":"members[value eq \\"%s\\"]"}]}"""
                .formatted(PATCH_SCHEMA, id);
    }

    /** Entra's {@code POST /Groups}: both schema URNs, its object id as {@code externalId}, no members. */
    static String entraGroup(String displayName, String externalId) {
        return """
                {"schemas":["%s","%s"],"externalId":"%s","displayName":"%s","meta":{"resourceType":"Group"}}"""
                .formatted(GROUP_SCHEMA, ENTRA_GROUP_SCHEMA, externalId, displayName);
    }

    private static double median(PhaseResult phase, Operation operation) {
        OperationStats stats = phase.operations().get(operation);
        return stats == null ? Double.NaN : stats.millisAt(50);
    }

    private static String idOf(String resource) {
        try (JsonReader reader = JSON.createReader(new StringReader(resource))) {
            JsonObject object = reader.readObject();
            return object.getString("id", null);
        }
    }
}
