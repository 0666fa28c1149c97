package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.scim.patch.PatchOperation;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.group.port.in.GroupChange;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PATCH bodies on a group exactly as Entra ID and Okta send them, translated into one change
 * without any member read.
 * <p>
 * Entra's shapes are those of Microsoft Learn, "Tutorial: Develop and plan provisioning for a SCIM
 * endpoint in Microsoft Entra ID" (learn.microsoft.com/entra/identity/app-provisioning/
 * use-scim-to-provision-users-and-groups), section "Group operations": "Update Group [Add Members]",
 * "Update Group [Remove Members]" and "Update Group [Non-member attributes]" (capitalised ops,
 * {@code "value":[{"$ref":null,"value":id}]}), and the membership update with a path filter its
 * provisioning service sends as well. Okta's are those of "SCIM 2.0 Protocol reference"
 * (developer.okta.com/docs/api/openapi/okta-scim/guides/scim-20), "Update a specific Group name"
 * (a path-less replace of {@code id} and {@code displayName}) and "Update specific Group
 * membership" (add with {@code display}, remove by {@code members[value eq "id"]}).
 */
class GroupPatchTest {

    private static final GroupId GROUP = GroupId.parse("abf4dd94-a4c0-4f67-89c9-76b03340cb9b").orElseThrow();
    private static final String ADA = "5171a35d-82dd-4b1d-a3d2-6b9e5d1c0a11";
    private static final String BOB = "0e9a1c33-4f06-4b4e-9d2c-0c7a4b7e2f22";
    private static final String CY = "9c8b7a65-4321-4fed-bcda-0123456789ab";

    private static GroupChange patch(String body) {
        return GroupPatch.translate(GROUP, PatchOperation.readRequest(
                JsonBodies.parseObject(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static Set<UserId> ids(String... ids) {
        return Stream.of(ids).map(id -> UserId.parse(id).orElseThrow()).collect(Collectors.toSet());
    }

    @Test
    void entraAddsSeveralMembersInOneCapitalisedOperation() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"name":"addMember","op":"Add","path":"members",
                   "value":[{"$ref":null,"value":"%s"},{"$ref":null,"value":"%s"}]}]}
                """.formatted(ADA, BOB));

        assertThat(change.members().added()).isEqualTo(ids(ADA, BOB));
        assertThat(change.members().removed()).isEmpty();
        assertThat(change.members().replacement()).isEmpty();
        assertThat(change.displayName()).isEmpty();
        assertThat(change.namesExternalId()).isFalse();
    }

    @Test
    void entraRemovesMembersGivenAsAValueArray() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"name":"removeMember","op":"Remove","path":"members",
                   "value":[{"$ref":null,"value":"%s"},{"value":"%s"}]}]}
                """.formatted(ADA, BOB));

        assertThat(change.members().removed()).isEqualTo(ids(ADA, BOB));
        assertThat(change.members().added()).isEmpty();
        assertThat(change.members().replacement()).isEmpty();
    }

    @Test
    void entraAndOktaRemoveOneMemberByAPathFilter() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Remove","path":"members[value eq \\"%s\\"]"}]}
                """.formatted(BOB));

        assertThat(change.members().removed()).isEqualTo(ids(BOB));
        assertThat(change.members().replacement()).isEmpty();
    }

    @Test
    void entraReplacesDisplayNameAndExternalIdByPath() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"displayName","value":"1879db59-3bdf-4490-ad68-ab880a2694521"},
                               {"op":"Replace","path":"externalId","value":"60d4b0a2-8c33-4fd1-a6f9-1f0b2c3d4e5f"}]}
                """);

        assertThat(change.displayName()).contains(new GroupName("1879db59-3bdf-4490-ad68-ab880a2694521"));
        assertThat(change.namesExternalId()).isTrue();
        assertThat(change.externalId()).contains(new ExternalId("60d4b0a2-8c33-4fd1-a6f9-1f0b2c3d4e5f"));
        assertThat(change.members().isEmpty()).isTrue();
    }

    @Test
    void severalOperationsFoldInOrderSoTheLastOneWins() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Add","path":"members","value":[{"value":"%1$s"},{"value":"%2$s"}]},
                               {"op":"Remove","path":"members","value":[{"value":"%1$s"}]},
                               {"op":"Remove","path":"members[value eq \\"%3$s\\"]"},
                               {"op":"Add","path":"members","value":[{"value":"%3$s"}]},
                               {"op":"Replace","path":"displayName","value":"Engineering"}]}
                """.formatted(ADA, BOB, CY));

        assertThat(change.members().added()).isEqualTo(ids(BOB, CY));
        assertThat(change.members().removed()).isEqualTo(ids(ADA));
        assertThat(change.displayName()).contains(new GroupName("Engineering"));
    }

    @Test
    void oktaRenamesWithAPathlessReplaceThatRepeatsTheGroupsOwnId() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"id":"%s","displayName":"Test SCIMv2"}}]}
                """.formatted(GROUP));

        assertThat(change.displayName()).contains(new GroupName("Test SCIMv2"));
        assertThat(change.members().isEmpty()).isTrue();
    }

    @Test
    void aPathlessReplaceWithAnotherIdIsAMutabilityError() {
        assertThatThrownBy(() -> patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"id":"%s","displayName":"X"}}]}
                """.formatted(ADA)))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("mutability"));
    }

    @Test
    void aPathlessReplaceCanSetMembersAndExternalIdToo() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"externalId":"e-1","members":[{"value":"%s"}]}}]}
                """.formatted(CY));

        assertThat(change.members().replacement()).contains(ids(CY));
        assertThat(change.externalId()).contains(new ExternalId("e-1"));
        assertThat(change.displayName()).isEmpty();
    }

    @Test
    void oktaAddsMembersWithTheirDisplayWhichIsIgnored() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"members",
                   "value":[{"value":"%s","display":"test.user@okta.local"}]}]}
                """.formatted(ADA));

        assertThat(change.members().added()).isEqualTo(ids(ADA));
    }

    @Test
    void oktaRemovesAMemberByPathFilter() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"remove","path":"members[value eq \\"%s\\"]"}]}
                """.formatted(ADA));

        assertThat(change.members().removed()).isEqualTo(ids(ADA));
        assertThat(change.members().added()).isEmpty();
    }

    @Test
    void removingMembersWithoutAValueRemovesThemAll() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"remove","path":"members"}]}
                """);

        assertThat(change.members().replacement()).contains(Set.of());
    }

    @Test
    void replacingMembersReplacesTheList() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"members","value":[{"value":"%s"},{"value":"%s"}]}]}
                """.formatted(ADA, BOB));

        assertThat(change.members().replacement()).contains(ids(ADA, BOB));
    }

    @Test
    void aMemberThatIsNoUserIdIsAnInvalidValueNamingIt() {
        assertThatThrownBy(() -> patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"members","value":[{"value":"%s"},{"value":"not-a-user"}]}]}
                """.formatted(ADA)))
                .isInstanceOfSatisfying(ScimException.class,
                        refused -> assertThat(refused.scimType()).isEqualTo("invalidValue"))
                .hasMessageContaining("not-a-user");
    }

    @Test
    void removingAValueThatIsNoUserIdChangesNothing() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"remove","path":"members[value eq \\"not-a-user\\"]"}]}
                """);

        assertThat(change.members().isEmpty()).isTrue();
    }

    @Test
    void whatCannotBeChangedGetsTheErrorTheRfcNames() {
        assertThat(scimType("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"" + ADA + "\"}")).isEqualTo("mutability");
        assertThat(scimType("{\"op\":\"replace\",\"path\":\"meta.created\",\"value\":\"x\"}"))
                .isEqualTo("mutability");
        assertThat(scimType("{\"op\":\"replace\",\"path\":\"description\",\"value\":\"x\"}"))
                .isEqualTo("invalidPath");
        assertThat(scimType("{\"op\":\"replace\",\"path\":\"members[value eq \\\"" + ADA + "\\\"]\",\"value\":[]}"))
                .isEqualTo("invalidPath");
        assertThat(scimType("{\"op\":\"remove\",\"path\":\"members[display eq \\\"Ada\\\"]\"}"))
                .isEqualTo("invalidPath");
        assertThat(scimType("{\"op\":\"remove\"}")).isEqualTo("noTarget");
        assertThat(scimType("{\"op\":\"remove\",\"path\":\"displayName\"}")).isEqualTo("invalidValue");
        assertThat(scimType("{\"op\":\"add\",\"path\":\"members\",\"value\":[\"" + ADA + "\"]}"))
                .isEqualTo("invalidValue");
    }

    @Test
    void aPathMayNameTheGroupSchema() {
        GroupChange change = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"urn:ietf:params:scim:schemas:core:2.0:Group:displayName",
                   "value":"Ops"}]}
                """);

        assertThat(change.displayName()).contains(new GroupName("Ops"));
        assertThat(change.members().isEmpty()).isTrue();
    }

    private static String scimType(String operation) {
        try {
            patch("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation
                    + "]}");
        } catch (ScimException e) {
            return e.scimType();
        }
        return "none";
    }
}
