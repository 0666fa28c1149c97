package com.dashify.identity.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cursor workload (RFC 9865, issue 14): one client walks every user of the tenant by cursor in
 * pages of {@code --count}, and compares the median latency of the first pages with that of the
 * last ones; with keyset paging they cost the same (target: within 1.5x), where an offset would
 * make the last pages of a 1,000,000-user walk the dearest. Each run first walks
 * {@code --warmup-pages} pages and drops them (the JIT is still compiling then), then walks the whole
 * directory. The first page, which also counts every user for {@code totalResults}, is reported
 * on its own and left out of the first pages' median. Also checks that no user is shown twice.
 *
 * <pre>java -cp dashify-bench.jar com.dashify.identity.bench.CursorWalk --scim URL --token T \
 *     [--count 100] [--sample 100] [--warmup-pages 300] [--runs 2] [--out FILE.json]</pre>
 */
public final class CursorWalk {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI scim;
    private final String token;

    private CursorWalk(URI scim, String token) {
        this.scim = scim;
        this.token = token;
    }

    /** What one walk measured: page latencies in walk order, in milliseconds. */
    record Walk(List<Double> pageMillis, long users, long distinctUsers, double seconds) {

        /** The median of the first {@code sample} pages after the first one. */
        double firstPagesMedian(int sample) {
            return median(pageMillis.subList(Math.min(1, pageMillis.size()),
                    Math.min(pageMillis.size(), 1 + sample)));
        }

        /** The median of the last {@code sample} pages. */
        double lastPagesMedian(int sample) {
            return median(pageMillis.subList(Math.max(0, pageMillis.size() - sample), pageMillis.size()));
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = new HashMap<>(Map.of("--count", "100", "--sample", "100",
                "--warmup-pages", "300", "--runs", "2"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--scim") || !options.containsKey("--token")) {
            throw new IllegalArgumentException("usage: CursorWalk --scim URL --token T [--count N] [--sample N]"
                    + " [--warmup-pages N] [--runs N] [--out FILE]");
        }
        CursorWalk walker = new CursorWalk(URI.create(options.get("--scim")), options.get("--token"));
        int count = Integer.parseInt(options.get("--count"));
        int sample = Integer.parseInt(options.get("--sample"));
        StringBuilder json = new StringBuilder("{\"workload\":\"cursor\",\"count\":" + count + ",\"runs\":[");
        for (int run = 1; run <= Integer.parseInt(options.get("--runs")); run++) {
            walker.walk(count, Integer.parseInt(options.get("--warmup-pages")));
            Walk walk = walker.walk(count, Integer.MAX_VALUE);
            double first = walk.firstPagesMedian(sample);
            double last = walk.lastPagesMedian(sample);
            System.out.printf(Locale.ROOT, "cursor run %d: %d users (%d distinct) in %d pages of %d in %.0f s;"
                            + " first page %.1f ms; median of pages 2-%d %.1f ms, of the last %d pages %.1f ms:"
                            + " last/first %.2f%n", run, walk.users(), walk.distinctUsers(), walk.pageMillis().size(),
                    count, walk.seconds(), walk.pageMillis().get(0), sample + 1, first, sample, last, last / first);
            json.append(run == 1 ? "" : ",").append(String.format(Locale.ROOT, "{\"users\":%d,\"distinctUsers\":%d,"
                            + "\"pages\":%d,\"seconds\":%.1f,\"firstPageMillis\":%.2f,\"firstPagesMedianMillis\":%.2f,"
                            + "\"lastPagesMedianMillis\":%.2f,\"ratio\":%.3f}", walk.users(), walk.distinctUsers(),
                    walk.pageMillis().size(), walk.seconds(), walk.pageMillis().get(0), first, last, last / first));
        }
        json.append("]}\n");
        if (options.containsKey("--out")) {
            Files.writeString(Path.of(options.get("--out")), json);
        }
    }

    /** Walks from the first page until there is no nextCursor, or until {@code maxPages}. */
    private Walk walk(int count, int maxPages) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long users = 0;
        String cursor = "";
        long start = System.nanoTime();
        while (cursor != null && millis.size() < maxPages) {
            URI next = URI.create(scim + "/Users?count=" + count + "&cursor=" + cursor);
            HttpRequest request = HttpRequest.newBuilder(next)
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/scim+json")
                    .GET().build();
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - sent) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("page " + millis.size() + ": " + response.statusCode() + " "
                        + response.body());
            }
            JsonObject page;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                page = reader.readObject();
            }
            for (JsonValue user : page.getJsonArray("Resources")) {
                ids.add(user.asJsonObject().getString("id"));
                users++;
            }
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        }
        return new Walk(millis, users, ids.size() + 0L, (System.nanoTime() - start) / 1e9);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
