package com.dashify.identity.adapter.rest.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupTextField;
import com.dashify.identity.application.query.TextMatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Group filters as directories send them (Entra and Okta: {@code displayName eq "…"}) and as scripts write them. */
class GroupFilterTranslatorTest {

    private static final String ADA = "5171a35d-82dd-4b1d-a3d2-6b9e5d1c0a11";

    private static GroupFilter translate(String filter) {
        return GroupFilterTranslator.translate(FilterParser.parseFilter(filter));
    }

    @Test
    void displayNameExternalIdAndIdTranslateWithTheirOperator() {
        assertThat(translate("displayName eq \"Group Name\"")).isEqualTo(
                new GroupFilter.TextCondition(GroupTextField.DISPLAY_NAME, TextMatch.EQUALS, "Group Name"));
        assertThat(translate("externalId sw \"00g\"")).isEqualTo(
                new GroupFilter.TextCondition(GroupTextField.EXTERNAL_ID, TextMatch.STARTS_WITH, "00g"));
        assertThat(translate("id ne \"x\"")).isEqualTo(
                new GroupFilter.TextCondition(GroupTextField.ID, TextMatch.NOT_EQUALS, "x"));
        assertThat(translate("urn:ietf:params:scim:schemas:core:2.0:Group:displayName co \"ng\"")).isEqualTo(
                new GroupFilter.TextCondition(GroupTextField.DISPLAY_NAME, TextMatch.CONTAINS, "ng"));
        assertThat(translate("DISPLAYNAME ge \"m\"")).isEqualTo(
                new GroupFilter.TextCondition(GroupTextField.DISPLAY_NAME, TextMatch.GREATER_OR_EQUAL, "m"));
        assertThat(translate("externalId pr")).isEqualTo(new GroupFilter.TextPresent(GroupTextField.EXTERNAL_ID));
    }

    @Test
    void membersAreFoundByTheirValueEitherWay() {
        GroupFilter hasAda = new GroupFilter.HasMember(ADA);

        assertThat(translate("members.value eq \"" + ADA + "\"")).isEqualTo(hasAda);
        assertThat(translate("members[value eq \"" + ADA + "\"]")).isEqualTo(hasAda);
        assertThat(translate("members eq \"" + ADA + "\"")).isEqualTo(hasAda);
        assertThat(translate("members pr")).isEqualTo(GroupFilter.HasMembers.INSTANCE);
        assertThat(translate("members[value pr]")).isEqualTo(GroupFilter.HasMembers.INSTANCE);
    }

    @Test
    void andOrAndNotCombineAnything() {
        assertThat(translate("displayName eq \"a\" and not (members[value eq \"" + ADA + "\"]) or members pr"))
                .isEqualTo(new GroupFilter.Or(List.of(
                        new GroupFilter.And(List.of(
                                new GroupFilter.TextCondition(GroupTextField.DISPLAY_NAME, TextMatch.EQUALS, "a"),
                                new GroupFilter.Not(new GroupFilter.HasMember(ADA)))),
                        GroupFilter.HasMembers.INSTANCE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"userName eq \"a\"", "members.display eq \"Ada\"", "members.value co \"5171\"",
                            "members[display eq \"Ada\"]", "meta.created gt \"2026-01-01T00:00:00Z\"",
                            "emails[value eq \"a\"]",
                            "urn:ietf:params:scim:schemas:core:2.0:User:displayName eq \"a\""})
    void whatGroupsCannotBeSearchedByIsAnInvalidFilter(String filter) {
        assertThatThrownBy(() -> translate(filter)).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
    }
}
