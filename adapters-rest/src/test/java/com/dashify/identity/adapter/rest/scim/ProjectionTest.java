package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which costly attributes a request wants: Entra reads every group with {@code excludedAttributes=members}. */
class ProjectionTest {

    @Test
    void withoutParametersEveryDefaultAttributeIsReturned() {
        assertThat(Projection.of(null, null).includes("members")).isTrue();
        assertThat(Projection.DEFAULT.includes("groups")).isTrue();
    }

    @Test
    void anExcludedAttributeIsLeftOutWhateverItsSpelling() {
        assertThat(Projection.of(null, "members").includes("members")).isFalse();
        assertThat(Projection.of(null, "displayName, Members").includes("members")).isFalse();
        assertThat(Projection.of(null, "urn:ietf:params:scim:schemas:core:2.0:Group:members").includes("members"))
                .isFalse();
        assertThat(Projection.of(null, "groups").includes("members")).isTrue();
    }

    @Test
    void attributesThatDoNotNameItLeaveItOut() {
        assertThat(Projection.of("displayName,externalId", null).includes("members")).isFalse();
        assertThat(Projection.of("displayName,members.value", null).includes("members")).isTrue();
        assertThat(Projection.of("userName", "").includes("groups")).isFalse();
    }
}
