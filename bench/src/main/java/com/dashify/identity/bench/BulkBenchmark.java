package com.dashify.identity.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk workload (issue 14): {@code users} user creates (1,000 by default) sent as one Bulk
 * request (RFC 7644 §3.7) against the same number sent as single {@code POST /Users}, the same
 * bodies (Okta's create, password included) and the same concurrency: one client, one request at a
 * time, so that the difference is what Bulk saves per user (a request, its token check and its
 * round trip) and not parallelism. Rounds alternate which goes first; a warm-up runs rounds too,
 * unmeasured. Reported: the time per user of each, per round and as the median of the rounds, and
 * the server's CPU per user when its process is known.
 */
final class BulkBenchmark {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern CREATED = Pattern.compile("\"status\":\"201\"");
    /** One Bulk of 1,000 creates takes seconds; a cold server may take far longer. */
    private static final Duration BULK_TIMEOUT = Duration.ofMinutes(5);

    /**
     * @param users  creates per round, each way; at most the server's maxOperations (1,000)
     * @param rounds measured rounds
     * @param warmUp unmeasured rounds run until this has passed (one at least)
     */
    record Settings(String runId, int users, int rounds, Duration warmUp) {
    }

    /** One round: wall seconds and server CPU seconds (NaN when unknown) of each way, and creates that failed. */
    record Round(double singleSeconds, double bulkSeconds, double singleCpu, double bulkCpu, int errors) {
    }

    /** What the workload measured. */
    record Result(int users, int warmUpRounds, double warmUpSeconds, long warmUpErrors, List<Round> rounds) {

        double median(ToDoubleFunction<Round> figure) {
            double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
            return values.length == 0 ? Double.NaN : values.length % 2 == 1 ? values[values.length / 2]
                    : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        }

        long errors() {
            return warmUpErrors + rounds.stream().mapToLong(Round::errors).sum();
        }
    }

    private BulkBenchmark() {
    }

    static Result run(Settings settings, HttpClient http, URI scim, String token, ServerProcess server) {
        System.out.printf("bulk: %,d user creates as one Bulk request against %,d single POSTs, one client,"
                + " sequential; warm-up %d s, then %d rounds%n", settings.users(), settings.users(),
                settings.warmUp().toSeconds(), settings.rounds());
        ScimClient client = new ScimClient(http, scim, token, () -> false);
        long warmUpStart = System.nanoTime();
        int warmUpRounds = 0;
        long warmUpErrors = 0;
        do {
            warmUpErrors += round(settings, client, http, scim, token, null, "w" + warmUpRounds, warmUpRounds)
                    .errors();
            warmUpRounds++;
        } while (System.nanoTime() - warmUpStart < settings.warmUp().toNanos());
        double warmUpSeconds = (System.nanoTime() - warmUpStart) / 1e9;
        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < settings.rounds(); r++) {
            Round round = round(settings, client, http, scim, token, server, "m" + r, r);
            System.out.printf("  round %d: %.2f ms per user single, %.2f ms per user in Bulk (%d errors)%n", r + 1,
                    round.singleSeconds() * 1000 / settings.users(), round.bulkSeconds() * 1000 / settings.users(),
                    round.errors());
            rounds.add(round);
        }
        return new Result(settings.users(), warmUpRounds, warmUpSeconds, warmUpErrors, rounds);
    }

    /** Both ways once, in an order that alternates with {@code index}. */
    private static Round round(Settings settings, ScimClient client, HttpClient http, URI scim, String token,
                               ServerProcess server, String name, int index) {
        String prefix = "bulk-" + settings.runId() + "-" + name;
        double[] single = new double[2];
        double[] bulk = new double[2];
        int[] errors = new int[1];
        Runnable singles = () -> timed(server, single, () -> {
            for (int i = 0; i < settings.users(); i++) {
                String userName = prefix + "-single-" + i + "@bench.example";
                if (client.send(Operation.CREATE, "POST", "/Users", Directory.profile(userName, "Engineer", true),
                        201) == null) {
                    errors[0]++;
                }
            }
        });
        Runnable oneBulk = () -> timed(server, bulk, () -> errors[0] += settings.users()
                - bulk(http, scim, token, body(prefix + "-bulk-", settings.users())));
        if (index % 2 == 0) {
            singles.run();
            oneBulk.run();
        } else {
            oneBulk.run();
            singles.run();
        }
        return new Round(single[0], bulk[0], single[1], bulk[1], errors[0]);
    }

    /** Runs {@code work}, putting its wall seconds and the server's CPU seconds (NaN unknown) into {@code into}. */
    private static void timed(ServerProcess server, double[] into, Runnable work) {
        double cpu = server == null ? Double.NaN : server.cpuSeconds();
        long start = System.nanoTime();
        work.run();
        into[0] = (System.nanoTime() - start) / 1e9;
        into[1] = server == null ? Double.NaN : server.cpuSeconds() - cpu;
    }

    static String body(String userPrefix, int users) {
        StringBuilder body = new StringBuilder(users * 400).append(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":[");
        for (int i = 0; i < users; i++) {
            String userName = userPrefix + i + "@bench.example";
            body.append(i == 0 ? "" : ",").append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u")
                    .append(i).append("\",\"data\":").append(Directory.profile(userName, "Engineer", true))
                    .append('}');
        }
        return body.append("]}").toString();
    }

    /** Sends one Bulk request; how many of its operations created a user (0 when it failed as a whole). */
    private static int bulk(HttpClient http, URI scim, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(scim.resolve(scim.getPath() + "/Bulk"))
                .timeout(BULK_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/scim+json")
                .header("Content-Type", "application/scim+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                System.out.println("  Bulk answered " + response.statusCode() + ": " + response.body());
                return 0;
            }
            int created = 0;
            for (Matcher matcher = CREATED.matcher(response.body()); matcher.find(); ) {
                created++;
            }
            return created;
        } catch (IOException noAnswer) {
            System.out.println("  Bulk got no answer: " + noAnswer);
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static String text(Result result) {
        double single = result.median(Round::singleSeconds) * 1000 / result.users();
        double bulk = result.median(Round::bulkSeconds) * 1000 / result.users();
        StringBuilder text = new StringBuilder().append(String.format(
                "bulk: %,d creates per way, median of %d rounds: %.2f ms per user as single POSTs, %.2f ms per user"
                        + " in one Bulk (%.1fx)%n", result.users(), result.rounds().size(), single, bulk,
                single / bulk));
        double singleCpu = result.median(Round::singleCpu) * 1000 / result.users();
        if (!Double.isNaN(singleCpu)) {
            text.append(String.format("  server CPU per user: %.2f ms single, %.2f ms in Bulk%n", singleCpu,
                    result.median(Round::bulkCpu) * 1000 / result.users()));
        }
        text.append(String.format("  target: Bulk faster per user than single POSTs: %s; %d errors%n",
                bulk < single ? "met" : "NOT met", result.errors()));
        return text.toString();
    }

    static JsonObject json(Result result) {
        JsonArrayBuilder rounds = JSON.createArrayBuilder();
        for (Round round : result.rounds()) {
            rounds.add(JSON.createObjectBuilder()
                    .add("singleMsPerUser", round.singleSeconds() * 1000 / result.users())
                    .add("bulkMsPerUser", round.bulkSeconds() * 1000 / result.users())
                    .add("singleCpuMsPerUser", finite(round.singleCpu() * 1000 / result.users()))
                    .add("bulkCpuMsPerUser", finite(round.bulkCpu() * 1000 / result.users()))
                    .add("errors", round.errors()));
        }
        return JSON.createObjectBuilder()
                .add("usersPerWay", result.users())
                .add("clients", 1)
                .add("warmUpRounds", result.warmUpRounds())
                .add("warmUpSeconds", result.warmUpSeconds())
                .add("singleMsPerUser", result.median(Round::singleSeconds) * 1000 / result.users())
                .add("bulkMsPerUser", result.median(Round::bulkSeconds) * 1000 / result.users())
                .add("errors", result.errors())
                .add("rounds", rounds)
                .build();
    }

    /** The report's JSON with this workload's figures under {@code bulk}. */
    static String withResult(String report, Result result) {
        try (JsonReader reader = JSON.createReader(new StringReader(report))) {
            return JSON.createObjectBuilder(reader.readObject()).add("bulk", json(result)).build().toString();
        }
    }

    private static double finite(double value) {
        return Double.isNaN(value) ? -1 : value;
    }
}
