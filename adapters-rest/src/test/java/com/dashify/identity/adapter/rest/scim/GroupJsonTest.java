package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition;
import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.adapter.rest.scim.schema.GroupSchemas;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase.GroupDraft;
import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.application.query.GroupMember;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.UserId;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Group resources in and out. The request bodies are the directories' own: Entra's "Create Group"
 * of Microsoft Learn, "Tutorial: Develop and plan provisioning for a SCIM endpoint in Microsoft
 * Entra ID" (learn.microsoft.com/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups,
 * "Group operations"), with Microsoft's group schema URN beside the core one, an
 * {@code externalId} and empty members; Okta's "Create Groups" of "SCIM 2.0 Protocol reference"
 * (developer.okta.com/docs/api/openapi/okta-scim/guides/scim-20), with {@code "members": []}.
 */
class GroupJsonTest {

    private static final ScimLinks LINKS = new ScimLinks("https://id.example/scim/v2/");
    private static final AttributeSelection DEFAULT = AttributeSelection.defaults(ResourceSchemas.GROUP);
    private static final Group GROUP = Group.restore(GroupId.newId(), TenantId.newId(), new GroupName("Engineering"),
            new ExternalId("8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159"), Instant.parse("2026-12-01T10:00:00Z"),
            Instant.parse("2026-12-02T11:00:00Z"), 7);

    private static JsonObject body(String json) {
        return ScimBodies.resource(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ScimUrns.GROUP,
                Set.of(ScimUrns.ENTRA_GROUP));
    }

    private static GroupDraft draft(String json) {
        return ScimGroupMapper.toDraft(ScimObject.fromJson(body(json)));
    }

    private static JsonObject written(StreamingOutput output) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            output.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonBodies.parseObject(bytes.toByteArray());
    }

    @Test
    void entrasCreateWithItsOwnSchemaUrnAndAnExternalIdIsAGroup() {
        GroupDraft draft = draft("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                            "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
                 "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159","displayName":"displayName",
                 "meta":{"resourceType":"Group"}}
                """);

        assertThat(draft.displayName()).isEqualTo(new GroupName("displayName"));
        assertThat(draft.externalId()).isEqualTo(new ExternalId("8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159"));
        assertThat(draft.members()).isEmpty();
    }

    @Test
    void oktasCreateWithEmptyMembersIsAGroupWithoutMembers() {
        GroupDraft draft = draft("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Test SCIMv2","members":[]}
                """);

        assertThat(draft.displayName().value()).isEqualTo("Test SCIMv2");
        assertThat(draft.externalId()).isNull();
        assertThat(draft.members()).isEmpty();
    }

    @Test
    void membersAreReadByValueAndTheirDisplayTypeAndRefIgnored() {
        UserId ada = UserId.newId();
        GroupDraft draft = draft("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Ops",
                 "members":[{"value":"%s","display":"Ada","type":"User","$ref":"https://elsewhere/Users/1"}]}
                """.formatted(ada));

        assertThat(draft.members()).containsExactly(ada);
    }

    @Test
    void aMemberValueThatIsNoUserIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> draft("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Ops",
                 "members":[{"value":"00u1abcd"}]}
                """)).isInstanceOfSatisfying(ScimException.class,
                        refused -> assertThat(refused.scimType()).isEqualTo("invalidValue"))
                .hasMessageContaining("00u1abcd");
    }

    @Test
    void aBodyWithoutTheGroupSchemaOrWithAnUnknownOneIsInvalidSyntax() {
        assertThatThrownBy(() -> draft("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"displayName":"Ops"}
                """)).isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"));
        assertThatThrownBy(() -> draft("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group","urn:example:custom"],"displayName":"Ops"}
                """)).isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"));
    }

    @Test
    void aGroupWithoutDisplayNameIsAnInvalidValue() {
        assertThatThrownBy(() -> draft("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":" "}
                """)).isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.scimType()).isEqualTo("invalidValue"));
    }

    @Test
    void aGroupIsWrittenWithItsMembersSliceBySlice() {
        List<GroupMember> all = IntStream.range(0, ReadGroupsUseCase.MAX_SLICE + 3)
                .mapToObj(i -> new GroupMember(new UserId(new java.util.UUID(0, i)), "user " + i)).toList();
        List<Optional<UserId>> asked = new ArrayList<>();
        GroupJson.MemberSlices slices = (after, limit) -> {
            asked.add(after);
            int from = after.map(id -> (int) id.value().getLeastSignificantBits() + 1).orElse(0);
            return all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size()));
        };

        JsonObject json = written(GroupJson.resource(GROUP, LINKS, DEFAULT, slices));

        assertThat(json.getJsonArray("schemas").getString(0)).isEqualTo(ScimUrns.GROUP);
        assertThat(json.getString("id")).isEqualTo(GROUP.id().toString());
        assertThat(json.getString("externalId")).isEqualTo("8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159");
        assertThat(json.getString("displayName")).isEqualTo("Engineering");
        assertThat(json.getJsonArray("members")).hasSize(all.size());
        JsonObject last = json.getJsonArray("members").getJsonObject(all.size() - 1);
        UserId lastId = all.get(all.size() - 1).userId();
        assertThat(last.getString("value")).isEqualTo(lastId.toString());
        assertThat(last.getString("$ref")).isEqualTo("https://id.example/scim/v2/Users/" + lastId);
        assertThat(last.getString("display")).isEqualTo("user " + (all.size() - 1));
        assertThat(last.getString("type")).isEqualTo("User");
        assertThat(asked).containsExactly(Optional.empty(),
                Optional.of(all.get(ReadGroupsUseCase.MAX_SLICE - 1).userId()));
        JsonObject meta = json.getJsonObject("meta");
        assertThat(meta.getString("resourceType")).isEqualTo("Group");
        assertThat(meta.getString("created")).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(meta.getString("lastModified")).isEqualTo("2026-12-02T11:00:00Z");
        assertThat(meta.getString("location")).isEqualTo("https://id.example/scim/v2/Groups/" + GROUP.id());
        assertThat(meta.getString("version")).isEqualTo("W/\"7\"");
    }

    @Test
    void excludedMembersAreNeitherReadNorWritten() {
        JsonObject json = written(GroupJson.resource(GROUP, LINKS, DEFAULT, null));

        assertThat(json.containsKey("members")).isFalse();
        assertThat(json.getString("displayName")).isEqualTo("Engineering");
    }

    @Test
    void aGroupWithoutMembersHasNoMembersAttribute() {
        JsonObject json = written(GroupJson.resource(GROUP, LINKS, DEFAULT, (after, limit) -> List.of()));

        assertThat(json.containsKey("members")).isFalse();
    }

    @Test
    void theFirstSliceIsReadBeforeWritingAndNotReadAgain() {
        List<Optional<UserId>> asked = new ArrayList<>();
        UserId ada = UserId.newId();
        GroupJson.MemberSlices prefetched = GroupJson.firstSliceRead((after, limit) -> {
            asked.add(after);
            return List.of(new GroupMember(ada, "Ada"));
        });
        assertThat(asked).hasSize(1);

        JsonObject json = written(GroupJson.resource(GROUP, LINKS, DEFAULT, prefetched));

        assertThat(asked).hasSize(1);
        assertThat(json.getJsonArray("members").getJsonObject(0).getString("value")).isEqualTo(ada.toString());
    }

    @Test
    void aListStreamsEveryGroupOfThePage() {
        Group other = Group.restore(GroupId.newId(), GROUP.tenantId(), new GroupName("Sales"), null,
                Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), 0);

        JsonObject json = written(GroupJson.list(new Page<>(List.of(GROUP, other), 12), 3, LINKS, DEFAULT, null));

        assertThat(json.getJsonArray("schemas").getString(0)).isEqualTo(ScimUrns.LIST_RESPONSE);
        assertThat(json.getInt("totalResults")).isEqualTo(12);
        assertThat(json.getInt("startIndex")).isEqualTo(3);
        assertThat(json.getInt("itemsPerPage")).isEqualTo(2);
        assertThat(json.getJsonArray("Resources").getJsonObject(1).getString("displayName")).isEqualTo("Sales");
        assertThat(json.getJsonArray("Resources").getJsonObject(1).containsKey("externalId")).isFalse();
        assertThat(json.getJsonArray("Resources").getJsonObject(0).containsKey("members")).isFalse();
    }

    /** Every sub-attribute the schema gives members is written when asked for: none is left to fail mid-stream. */
    @Test
    void everyMemberSubAttributeOfTheSchemaIsWrittenWhenAskedFor() {
        GroupJson.MemberSlices one = (after, limit) -> after.isPresent() ? List.of()
                : List.of(new GroupMember(UserId.newId(), "Ada"));
        for (AttributeDefinition sub : GroupSchemas.GROUP.attribute("members").orElseThrow().subAttributes()) {
            AttributeSelection selection = AttributeSelection.of(ResourceSchemas.GROUP, "members." + sub.name(), null);
            JsonObject json = written(GroupJson.resource(GROUP, LINKS, selection, one));
            assertThat(json.getJsonArray("members").getJsonObject(0).keySet()).containsExactly(sub.name());
            assertThat(json.keySet()).containsExactly("schemas", "id", "members");
        }
    }
}
