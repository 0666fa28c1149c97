package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.SortField;
import com.dashify.identity.application.query.UserSort;
import org.junit.jupiter.api.Test;

/** Paging and sorting read alike for Users and Groups; only what each can be sorted by differs. */
class ListParametersTest {

    @Test
    void groupsSortByTheirOwnAttributesWithOrWithoutTheSchemaUrn() {
        assertThat(ListParameters.ofGroups(null, null, "displayName", "descending").sort())
                .isEqualTo(new GroupSort(GroupSort.Field.DISPLAY_NAME, true));
        assertThat(ListParameters.ofGroups(null, null, "urn:ietf:params:scim:schemas:core:2.0:Group:externalId",
                null).sort()).isEqualTo(new GroupSort(GroupSort.Field.EXTERNAL_ID, false));
        assertThat(ListParameters.ofGroups(null, null, "meta.lastModified", null).sort().field())
                .isEqualTo(GroupSort.Field.LAST_MODIFIED);
        assertThat(ListParameters.ofGroups(null, null, null, null).sort()).isEqualTo(GroupSort.DEFAULT);
    }

    @Test
    void groupsCannotBeSortedByWhatOnlyUsersHave() {
        assertThatThrownBy(() -> ListParameters.ofGroups(null, null, "userName", null))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidValue"));
        assertThatThrownBy(() -> ListParameters.of(null, null, "members", null))
                .isInstanceOf(ScimException.class);
    }

    @Test
    void oktasPagingIsReadTheSameForBoth() {
        ListParameters<GroupSort> groups = ListParameters.ofGroups("101", "500", null, null);
        ListParameters<UserSort> users = ListParameters.of("0", "-3", "userName", "ascending");

        assertThat(groups.page()).isEqualTo(new PageRequest(100, ListParameters.MAX_COUNT));
        assertThat(users.page()).isEqualTo(new PageRequest(0, 0));
        assertThat(users.sort()).isEqualTo(new UserSort(SortField.USER_NAME, false));
        assertThatThrownBy(() -> ListParameters.ofGroups("x", null, null, null)).isInstanceOf(ScimException.class);
    }
}
