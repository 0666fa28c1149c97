package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused SCIM request is recorded as what it tried, on Groups in the words the group trail uses. */
class ScimActionsTest {

    @Test
    void groupRequestsAreNamedForGroups() {
        assertThat(ScimActions.of("POST", "/Groups")).isEqualTo(new ScimActions("group.create", null, null));
        assertThat(ScimActions.of("GET", "Groups")).isEqualTo(new ScimActions("group.search", null, null));
        assertThat(ScimActions.of("PATCH", "Groups/g-1")).isEqualTo(new ScimActions("group.update", "group", "g-1"));
        assertThat(ScimActions.of("DELETE", "Groups/g-1")).isEqualTo(new ScimActions("group.delete", "group", "g-1"));
    }

    @Test
    void userRequestsKeepTheirNames() {
        assertThat(ScimActions.of("POST", "/Users")).isEqualTo(new ScimActions("user.provision", null, null));
        assertThat(ScimActions.of("PUT", "Users/u-1")).isEqualTo(new ScimActions("user.update", "user", "u-1"));
        assertThat(ScimActions.of("GET", "Schemas")).isEqualTo(new ScimActions("scim.request", null, null));
        assertThat(ScimActions.of("POST", "/Bulk")).as("a Bulk request refused as a whole")
                .isEqualTo(new ScimActions("scim.bulk", null, null));
        assertThat(ScimActions.of("POST", "/Users/.search")).as("a search, not a read of a user named .search")
                .isEqualTo(new ScimActions("user.search", null, null));
        assertThat(ScimActions.of("POST", "Groups/.search")).isEqualTo(new ScimActions("group.search", null, null));
        assertThat(ScimActions.of("POST", "/.search")).isEqualTo(new ScimActions("scim.search", null, null));
        assertThat(ScimActions.of("GET", "/Me")).isEqualTo(new ScimActions("scim.request", null, null));
    }
}
