package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static SearchQuery of(String body) {
        return SearchQuery.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSearchRequestReadsAsTheQueryParametersOfTheGet() {
        SearchQuery query = of("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"userName sw \\"ada\\"","startIndex":11,"count":5,"sortBy":"userName",
                 "sortOrder":"descending","attributes":["userName","name.givenName"],
                 "excludedAttributes":["groups"]}""");

        assertThat(query.filter).isEqualTo("userName sw \"ada\"");
        assertThat(query.startIndex).isEqualTo("11");
        assertThat(query.count).isEqualTo("5");
        assertThat(query.sortBy).isEqualTo("userName");
        assertThat(query.sortOrder).isEqualTo("descending");
        assertThat(query.attributes).isEqualTo("userName,name.givenName");
        assertThat(query.excludedAttributes).isEqualTo("groups");
    }

    @Test
    void aSearchRequestCarriesTheCursorOfRfc9865EmptyForTheFirstPage() {
        SearchQuery first = of("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"cursor\":\"\",\"count\":10}");
        SearchQuery next = of("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"cursor\":\"abc.def\"}");

        assertThat(first.cursor).isEmpty();
        assertThat(next.cursor).isEqualTo("abc.def");
    }

    @Test
    void anEmptySearchRequestSearchesEverything() {
        SearchQuery query = of("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"]}");

        assertThat(query.filter).isNull();
        assertThat(query.count).isNull();
        assertThat(query.attributes).isNull();
    }

    @Test
    void aBodyThatIsNoSearchRequestOrHasMembersOfTheWrongTypeIsInvalidSyntax() {
        for (String body : new String[] {
            "{\"filter\":\"userName pr\"}",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"count\":\"5\"}",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":3}",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"attributes\":[1]}"}) {
            assertThatThrownBy(() -> of(body)).as(body).isInstanceOfSatisfying(ScimException.class,
                    refused -> assertThat(refused.scimType()).isEqualTo("invalidSyntax"));
        }
    }
}
