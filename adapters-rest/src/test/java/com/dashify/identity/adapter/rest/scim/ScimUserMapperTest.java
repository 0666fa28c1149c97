package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.application.user.port.in.Activation.ACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.DEACTIVATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScimUserMapperTest {

    /** Okta's create request, with the password and empty groups it sends. */
    private static final String OKTA_CREATE = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName":"isaac.brock@example.com",
             "name":{"givenName":"Isaac","familyName":"Brock"},
             "emails":[{"primary":true,"value":"isaac.brock@example.com","type":"work"}],
             "displayName":"Isaac Brock","locale":"en-US","externalId":"00ujl29u0le5T6Aj10h7",
             "groups":[],"password":"1mz050nq","active":true}
            """;

    private static UserDraft read(String json) {
        return ScimUserMapper.toDraft(ScimObject.fromJson(JsonBodies.parseObject(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void oktaCreateIsReadWithoutItsPasswordOrGroups() {
        UserDraft draft = read(OKTA_CREATE);

        assertThat(draft.userName().value()).isEqualTo("isaac.brock@example.com");
        assertThat(draft.externalId().value()).isEqualTo("00ujl29u0le5T6Aj10h7");
        assertThat(draft.activation()).isEqualTo(ACTIVATE);
        assertThat(draft.profile().name().givenName()).isEqualTo("Isaac");
        assertThat(draft.profile().emails()).singleElement().satisfies(email -> {
            assertThat(email.value()).isEqualTo("isaac.brock@example.com");
            assertThat(email.primary()).isTrue();
        });
        assertThat(draft.toString()).doesNotContain("1mz050nq");
    }

    @Test
    void urnQualifiedAttributesAreReadAsPatchReadsThem() {
        UserDraft draft = read("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "URN:ietf:params:scim:schemas:core:2.0:User:userName":"q@example.com",
                 "urn:ietf:params:scim:schemas:core:2.0:User:displayName":"Qualified",
                 "urn:ietf:params:scim:schemas:core:2.0:User:name":{"givenName":"Quinn"},
                 "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName":"Quartz",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Operations",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"costCenter":"4130"},
                 "urn:example:unknown:2.0:User:shoeSize":"44"}
                """);

        assertThat(draft.userName().value()).isEqualTo("q@example.com");
        assertThat(draft.profile().displayName()).isEqualTo("Qualified");
        assertThat(draft.profile().name().givenName()).isEqualTo("Quinn");
        assertThat(draft.profile().name().familyName()).isEqualTo("Quartz");
        assertThat(draft.profile().employment().department()).isEqualTo("Operations");
        assertThat(draft.profile().employment().costCenter()).isEqualTo("4130");
    }

    @Test
    void anAttributeGivenTwiceWithDifferentValuesIsRefused() {
        assertThatThrownBy(() -> read("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"q@example.com",
                 "displayName":"Plain","urn:ietf:params:scim:schemas:core:2.0:User:displayName":"Qualified"}
                """)).isInstanceOf(ScimException.class)
                .extracting(e -> ((ScimException) e).scimType()).isEqualTo("invalidSyntax");
        assertThat(read("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"q@example.com",
                 "displayName":"Same","urn:ietf:params:scim:schemas:core:2.0:User:displayName":"Same"}
                """).profile().displayName()).isEqualTo("Same");
    }

    @Test
    void representationHasSchemasIdMetaAndNoPassword() {
        UserDraft draft = read(OKTA_CREATE);
        User user = User.provision(UserId.newId(), TenantId.newId(), draft.userName(), draft.externalId(),
                draft.profile(), Role.VIEWER, true, Instant.parse("2026-03-03T10:00:00Z"));

        JsonObject json = ScimUserMapper.toResource(user, URI.create("https://h/scim/v2/Users/" + user.id())).toJson();

        assertThat(json.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User");
        assertThat(json.getString("id")).isEqualTo(user.id().toString());
        assertThat(json.getBoolean("active")).isTrue();
        assertThat(json.getJsonObject("meta").getString("resourceType")).isEqualTo("User");
        assertThat(json.getJsonObject("meta").getString("created")).isEqualTo("2026-03-03T10:00:00Z");
        assertThat(json.getJsonObject("meta").getString("version")).isEqualTo("W/\"0\"");
        assertThat(json.getJsonObject("meta").getString("location")).endsWith("/Users/" + user.id());
        assertThat(json.toString()).doesNotContain("password").doesNotContain("1mz050nq");
    }

    @Test
    void aUserShowsItsGroupsReadOnlyAndDirectBeforeMeta() {
        UserDraft draft = read(OKTA_CREATE);
        User user = User.provision(UserId.newId(), TenantId.newId(), draft.userName(), draft.externalId(),
                draft.profile(), Role.VIEWER, true, Instant.parse("2026-03-03T10:00:00Z"));
        GroupRef engineering = new GroupRef(GroupId.newId(), new GroupName("Engineering"), new ExternalId("e-1"));
        GroupRef sales = new GroupRef(GroupId.newId(), new GroupName("Sales"), null);

        JsonObject json = ScimUserMapper.toResource(user, URI.create("https://h/scim/v2/Users/" + user.id()),
                List.of(engineering, sales), new ScimLinks("https://h/scim/v2/")).toJson();

        JsonArray groups = json.getJsonArray("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.getJsonObject(0).getString("value")).isEqualTo(engineering.id().toString());
        assertThat(groups.getJsonObject(0).getString("$ref")).isEqualTo("https://h/scim/v2/Groups/" + engineering.id());
        assertThat(groups.getJsonObject(0).getString("display")).isEqualTo("Engineering");
        assertThat(groups.getJsonObject(0).getString("type")).isEqualTo("direct");
        assertThat(groups.getJsonObject(1).getString("display")).isEqualTo("Sales");
        assertThat(List.copyOf(json.keySet())).endsWith("groups", "meta");
    }

    /** Why a request without attributes or excludedAttributes skips the selection: it would change nothing. */
    @Test
    void everythingTheRepresentationCarriesIsDescribedByTheSchemasAndReturnedByDefault() {
        UserDraft draft = read("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "userName":"every@example.com","externalId":"x-1","displayName":"Every","nickName":"E",
                 "name":{"formatted":"E V","givenName":"E","familyName":"V","middleName":"M","honorificPrefix":"Dr",
                         "honorificSuffix":"Jr"},"profileUrl":"https://example.com/e","title":"T","userType":"U",
                 "preferredLanguage":"en","locale":"en-US","timezone":"UTC","active":true,
                 "emails":[{"value":"every@example.com","type":"work","primary":true,"display":"W"}],
                 "phoneNumbers":[{"value":"+1","type":"work","primary":true,"display":"D"}],
                 "addresses":[{"formatted":"F","streetAddress":"S","locality":"L","region":"R","postalCode":"P",
                               "country":"US","type":"work","primary":true}],
                 "roles":[{"value":"editor","display":"Editor","type":"t","primary":true}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"1","costCenter":"C",
                   "organization":"O","division":"D","department":"Dep","manager":{"value":"m-1"}}}
                """);
        User user = User.provision(UserId.newId(), TenantId.newId(), draft.userName(), draft.externalId(),
                draft.profile(), Role.VIEWER, true, Instant.parse("2026-03-03T10:00:00Z"));
        JsonObject json = ScimUserMapper.toResource(user, URI.create("https://h/scim/v2/Users/" + user.id()),
                List.of(new GroupRef(GroupId.newId(), new GroupName("Engineering"), null)),
                new ScimLinks("https://h/scim/v2/")).toJson();

        assertThat(json.containsKey("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")).isTrue();
        assertThat(AttributeSelection.defaults(ResourceSchemas.USER).apply(json)).isEqualTo(json);
    }

    @Test
    void aUserWithoutGroupsOrWithThemExcludedHasNoGroupsAttribute() {
        UserDraft draft = read(OKTA_CREATE);
        User user = User.provision(UserId.newId(), TenantId.newId(), draft.userName(), draft.externalId(),
                draft.profile(), Role.VIEWER, true, Instant.parse("2026-03-03T10:00:00Z"));
        URI location = URI.create("https://h/scim/v2/Users/" + user.id());
        ScimLinks links = new ScimLinks("https://h/scim/v2/");

        assertThat(ScimUserMapper.toResource(user, location, List.of(), links).toJson().containsKey("groups"))
                .isFalse();
        assertThat(ScimUserMapper.toResource(user, location, null, links).toJson().containsKey("groups")).isFalse();
    }

    @Test
    void enterpriseExtensionRoundTrips() {
        UserDraft draft = read("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "userName":"b","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
                   "employeeNumber":"701984","department":"Tour Operations","manager":{"value":"26118915"}}}
                """);

        UserDraft again = ScimUserMapper.toDraft(ScimUserMapper.toScim(draft));

        assertThat(draft.profile().employment().employeeNumber()).isEqualTo("701984");
        assertThat(draft.profile().employment().managerId()).isEqualTo("26118915");
        assertThat(again).isEqualTo(draft);
    }

    @Test
    void missingBlankOrHugeUserNameIsInvalidValue() {
        assertThatThrownBy(() -> read("{\"displayName\":\"x\"}")).isInstanceOf(ScimException.class)
                .extracting(e -> ((ScimException) e).scimType()).isEqualTo("invalidValue");
        assertThatThrownBy(() -> read("{\"userName\":\"  \"}")).isInstanceOf(ScimException.class);
        assertThatThrownBy(() -> read("{\"userName\":\"" + "x".repeat(10_000) + "\"}"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> read("{\"userName\":{\"a\":1}}")).isInstanceOf(ScimException.class);
        assertThatThrownBy(() -> read("{\"userName\":\"a\",\"emails\":\"a@x.io\"}")).isInstanceOf(ScimException.class);
    }

    @Test
    void attributeNamesAreCaseInsensitive() {
        UserDraft draft = read("{\"USERNAME\":\"a\",\"DisplayName\":\"A\",\"ACTIVE\":\"false\"}");

        assertThat(draft.userName().value()).isEqualTo("a");
        assertThat(draft.profile().displayName()).isEqualTo("A");
        assertThat(draft.activation()).isEqualTo(DEACTIVATE);
    }
}
