package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the discovery documents tell a directory about Groups (RFC 7644 §4, RFC 7643 §4.2, §8.7.1). */
class DiscoveryResourceTest {

    private final DiscoveryResource discovery = new DiscoveryResource();

    @BeforeEach
    void atABaseUri() {
        discovery.uriInfo = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getBaseUri")) {
                        return URI.create("https://id.example/scim/v2/");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void resourceTypesListGroupAtItsEndpointWithTheCoreSchema() {
        JsonObject list = discovery.resourceTypes(null);

        assertThat(list.getInt("totalResults")).isEqualTo(2);
        JsonObject group = list.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .filter(type -> type.getString("id").equals("Group")).findFirst().orElseThrow();
        assertThat(group.getString("endpoint")).isEqualTo("/Groups");
        assertThat(group.getString("schema")).isEqualTo(ScimUrns.GROUP);
        assertThat(group.getJsonObject("meta").getString("location"))
                .isEqualTo("https://id.example/scim/v2/ResourceTypes/Group");
        assertThat(discovery.resourceType("Group", null)).isEqualTo(group);
    }

    @Test
    void theGroupSchemaStatesEachAttributesCharacteristics() {
        JsonObject schema = discovery.schema(ScimUrns.GROUP, null);

        assertThat(schema.getString("name")).isEqualTo("Group");
        JsonObject displayName = attribute(schema.getJsonArray("attributes"), "displayName").orElseThrow();
        assertThat(displayName.getBoolean("required")).isTrue();
        assertThat(displayName.getString("uniqueness")).isEqualTo("server");
        assertThat(displayName.getString("mutability")).isEqualTo("readWrite");
        JsonObject members = attribute(schema.getJsonArray("attributes"), "members").orElseThrow();
        assertThat(members.getBoolean("multiValued")).isTrue();
        JsonArray subs = members.getJsonArray("subAttributes");
        assertThat(attribute(subs, "value").orElseThrow().getString("mutability")).isEqualTo("immutable");
        assertThat(attribute(subs, "$ref").orElseThrow().getJsonArray("referenceTypes").getString(0))
                .isEqualTo("User");
        assertThat(attribute(subs, "display").orElseThrow().getString("mutability")).isEqualTo("readOnly");
        assertThat(attribute(subs, "type").orElseThrow().getJsonArray("canonicalValues").getString(0))
                .isEqualTo("User");
        assertThat(schema.getJsonObject("meta").getString("location"))
                .isEqualTo("https://id.example/scim/v2/Schemas/" + ScimUrns.GROUP);
    }

    @Test
    void schemasListGroupAndTheUsersReadOnlyGroups() {
        JsonObject list = discovery.schemas(null);

        assertThat(list.getJsonArray("Resources").getValuesAs(JsonObject.class))
                .extracting(schema -> schema.getString("id"))
                .containsExactly(ScimUrns.USER, ScimUrns.ENTERPRISE_USER, ScimUrns.GROUP);
        JsonObject groups = attribute(discovery.schema(ScimUrns.USER, null).getJsonArray("attributes"), "groups")
                .orElseThrow();
        assertThat(groups.getString("mutability")).isEqualTo("readOnly");
        assertThat(groups.getString("description")).doesNotContain("always empty");
    }

    @Test
    void theServiceProviderConfigStillOffersPatchFilterSortAndEtag() {
        JsonObject config = discovery.serviceProviderConfig(null);

        for (String feature : new String[] {"patch", "filter", "sort", "etag"}) {
            assertThat(config.getJsonObject(feature).getBoolean("supported")).as(feature).isTrue();
        }
    }

    @Test
    void theServiceProviderConfigOffersBulkWithItsLimits() {
        JsonObject bulk = discovery.serviceProviderConfig(null).getJsonObject("bulk");

        assertThat(bulk.getBoolean("supported")).isTrue();
        assertThat(bulk.getInt("maxOperations")).isEqualTo(1000);
        assertThat(bulk.getInt("maxPayloadSize")).isEqualTo(1_048_576);
    }

    @Test
    void theServiceProviderConfigAdvertisesCursorPagingBesideIndexPagingWhichStaysTheDefault() {
        JsonObject pagination = discovery.serviceProviderConfig(null).getJsonObject("pagination");

        assertThat(pagination).isNotNull();
        assertThat(pagination.getBoolean("cursor")).isTrue();
        assertThat(pagination.getBoolean("index")).isTrue();
        assertThat(pagination.getString("defaultPaginationMethod")).isEqualTo("index");
        assertThat(pagination.getInt("defaultPageSize")).isEqualTo(ListParameters.DEFAULT_COUNT);
        assertThat(pagination.getInt("maxPageSize")).isEqualTo(ListParameters.MAX_COUNT);
        assertThat(pagination.getInt("cursorTimeout")).isEqualTo(600);
    }

    private static Optional<JsonObject> attribute(JsonArray attributes, String name) {
        return attributes.stream().map(JsonValue::asJsonObject)
                .filter(attribute -> attribute.getString("name").equals(name)).findFirst();
    }
}
