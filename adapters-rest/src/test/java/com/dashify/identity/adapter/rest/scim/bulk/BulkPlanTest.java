package com.dashify.identity.adapter.rest.scim.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkPlanTest {

    private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"%s\"}";

    private static String createUser(String bulkId) {
        return "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"" + bulkId + "\",\"data\":"
                + USER.formatted(bulkId + "@example.com") + "}";
    }

    private static String createGroup(String bulkId, String... members) {
        StringBuilder values = new StringBuilder();
        for (String member : members) {
            values.append(values.length() == 0 ? "" : ",").append("{\"value\":\"bulkId:").append(member).append("\"}");
        }
        return "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"" + bulkId + "\",\"data\":{\"schemas\":"
                + "[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"" + bulkId
                + "\",\"members\":[" + values + "]}}";
    }

    private static BulkPlan plan(String... operations) {
        return BulkPlan.of(BulkRequestTest.read(String.join(",", operations)).operations());
    }

    private static List<Integer> order(BulkPlan plan) {
        return plan.order().stream().map(BulkOperation::index).toList();
    }

    @Test
    void withoutReferencesOperationsRunInRequestOrder() {
        assertThat(order(plan(createUser("a"), createUser("b"), createUser("c")))).containsExactly(0, 1, 2);
    }

    @Test
    void aForwardReferenceRunsTheReferencedPostFirst() {
        BulkPlan plan = plan(createGroup("eng", "ada", "bob"), createUser("carl"), createUser("bob"),
                createUser("ada"));

        assertThat(order(plan)).containsExactly(3, 2, 0, 1);
        assertThat(plan.referencesOf(0)).containsExactly("ada", "bob");
    }

    @Test
    void aReferenceInThePathIsADependencyToo() {
        BulkPlan plan = plan("{\"method\":\"DELETE\",\"path\":\"/Users/bulkId:ada\"}", createUser("ada"));

        assertThat(order(plan)).containsExactly(1, 0);
    }

    @Test
    void resolvingPutsTheCreatedIdsInThePathAndTheData() {
        BulkPlan plan = plan(createGroup("eng", "ada"), createUser("ada"),
                "{\"method\":\"PATCH\",\"path\":\"/Groups/bulkId:eng\",\"data\":{\"Operations\":[{\"op\":\"add\","
                        + "\"path\":\"members\",\"value\":[{\"value\":\"bulkId:ada\"},{\"value\":\"bulkIdless\"}]}]}}");
        Map<String, String> created = Map.of("ada", "id-of-ada", "eng", "id-of-eng");

        BulkOperation group = plan.resolve(plan.order().get(1), created);
        assertThat(group.data().getJsonArray("members").getJsonObject(0).getString("value")).isEqualTo("id-of-ada");
        BulkOperation patch = plan.resolve(plan.order().get(2), created);
        assertThat(patch.id()).isEqualTo("id-of-eng");
        assertThat(patch.path()).isEqualTo("/Groups/id-of-eng");
        assertThat(patch.data().toString()).contains("\"value\":\"id-of-ada\"").contains("\"value\":\"bulkIdless\"")
                .doesNotContain("bulkId:");
        BulkOperation user = plan.order().get(0);
        assertThat(plan.resolve(user, created)).isSameAs(user);
    }

    @Test
    void circularReferencesRefuseTheRequestAndNameTheCycle() {
        assertThatThrownBy(() -> plan(createUser("x"), createGroup("a", "b"), createGroup("b", "c"),
                createGroup("c", "a")))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.scimType()).isEqualTo("invalidValue");
                })
                .hasMessageContaining("Circular bulkId references: bulkId a -> bulkId b -> bulkId c -> bulkId a")
                .hasMessageContaining("Nothing was performed");
    }

    @Test
    void aPostReferringToItselfIsCircular() {
        assertThatThrownBy(() -> plan(createGroup("self", "self"))).hasMessageContaining(
                "bulkId self -> bulkId self");
    }

    @Test
    void aDuplicateBulkIdRefusesTheRequest() {
        assertThatThrownBy(() -> plan(createUser("ada"), createUser("bob"), createUser("ada")))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("'ada' is given by operations 1 and 3");
    }

    @Test
    void aReferenceNoPostDefinesFailsThatOperationWith400() {
        BulkPlan plan = plan(createGroup("eng", "nobody"), createUser("ada"));

        assertThat(order(plan)).containsExactly(0, 1);
        assertThat(plan.defines("nobody")).isFalse();
        assertThatThrownBy(() -> plan.resolve(plan.order().get(0), Map.of()))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.scimType()).isEqualTo("invalidValue");
                }).hasMessageContaining("'nobody'");
    }

    @Test
    void aReferenceToAFailedPostFailsThatOperationWith409() {
        BulkPlan plan = plan(createGroup("eng", "ada"), createUser("ada"));

        assertThatThrownBy(() -> plan.resolve(plan.order().get(1), Map.of()))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessageContaining("'ada' did not create a resource");
    }
}
