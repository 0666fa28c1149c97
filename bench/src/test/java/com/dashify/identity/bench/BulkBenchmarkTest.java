package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk workload's request and its figures. */
class BulkBenchmarkTest {

    @Test
    void aThousandOktaCreatesFitInOneBulkRequest() {
        String body = BulkBenchmark.body("bulk-run-", 1000);

        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_048_576);
        JsonObject request = Json.createReader(new StringReader(body)).readObject();
        assertThat(request.getJsonArray("Operations")).hasSize(1000);
        JsonObject last = request.getJsonArray("Operations").getJsonObject(999);
        assertThat(last.getString("bulkId")).isEqualTo("u999");
        assertThat(last.getJsonObject("data").getString("userName")).isEqualTo("bulk-run-999@bench.example");
    }

    @Test
    void theFiguresAreMediansPerUserAndTheTargetIsBulkFaster() {
        BulkBenchmark.Result result = new BulkBenchmark.Result(1000, 2, 120, 0, List.of(
                new BulkBenchmark.Round(6.0, 2.0, Double.NaN, Double.NaN, 0),
                new BulkBenchmark.Round(5.0, 3.0, Double.NaN, Double.NaN, 1),
                new BulkBenchmark.Round(7.0, 2.5, Double.NaN, Double.NaN, 0)));

        assertThat(result.median(BulkBenchmark.Round::singleSeconds)).isEqualTo(6.0);
        assertThat(BulkBenchmark.text(result)).contains("6.00 ms per user as single POSTs")
                .contains("2.50 ms per user in one Bulk").contains("single POSTs: met; 1 errors");
        assertThat(BulkBenchmark.json(result).getJsonNumber("bulkMsPerUser").doubleValue()).isEqualTo(2.5);
    }
}
