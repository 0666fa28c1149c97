package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuditPayloadsTest {

    private static String allowed(String json) {
        return AuditPayloads.allowed(JsonBodies.parseObject(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aResourceKeepsItsSchemaAttributesAndOnlyTheNamesOfTheRest() {
        String stored = allowed("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a","password":"Hunter2!",
                 "externalId":"00u1","name":{"givenName":"Ann","secret":"Hunter3!"},
                 "emails":[{"value":"a@example.com","primary":true,"token":"Hunter4!"}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D","pin":"Hunter5!"},
                 "urn:example:custom":{"apiKey":"Hunter6!"}}
                """);

        assertThat(stored).contains("\"userName\":\"a\"").contains("\"externalId\":\"00u1\"")
                .contains("\"givenName\":\"Ann\"").contains("\"value\":\"a@example.com\"")
                .contains("\"department\":\"R&D\"")
                .contains("\"notRecorded\":[\"password\",\"name.secret\",\"emails.token\",\"pin\","
                        + "\"urn:example:custom\"]");
        assertThat(stored).doesNotContain("Hunter");
    }

    @Test
    void aPatchKeepsOpsAndPathsAndOnlyTheValuesOfAllowedAttributes() {
        String stored = allowed("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"password","value":"Hunter4!"},
                               {"op":"replace","value":{"password":"Hunter5!","title":"t","name.familyName":"F"}},
                               {"OP":"Replace","Path":"PASSWORD","Value":"Hunter6!"},
                               {"op":"Replace","path":"active","value":"False"},
                               {"op":"replace","path":"emails[type eq \\"work\\"].value","value":"w@example.com"},
                               {"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                                "value":{"value":"m1","secret":"Hunter7!"}},
                               {"op":"add","path":"roles[","value":"Hunter8!"}]}
                """);

        assertThat(stored).contains("\"path\":\"password\",\"value\":\"[not recorded]\"")
                .contains("\"title\":\"t\"").contains("\"name.familyName\":\"F\"")
                .contains("\"Path\":\"PASSWORD\",\"Value\":\"[not recorded]\"")
                .contains("\"path\":\"active\",\"value\":\"False\"")
                .contains("\"value\":\"w@example.com\"").contains("\"value\":{\"value\":\"m1\"}");
        assertThat(stored).doesNotContain("Hunter");
    }

    private static String allowedForGroup(String json) {
        return AuditPayloads.allowedForGroup(JsonBodies.parseObject(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGroupKeepsItsNameExternalIdAndMembersAndOnlyTheNamesOfTheRest() {
        String stored = allowedForGroup("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                            "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
                 "displayName":"Engineering","externalId":"e-1","secret":"Hunter2!",
                 "members":[{"value":"u-1","display":"Ada","token":"Hunter3!"}],"userName":"Hunter4!"}
                """);

        assertThat(stored).contains("\"displayName\":\"Engineering\"").contains("\"externalId\":\"e-1\"")
                .contains("\"value\":\"u-1\"").contains("\"display\":\"Ada\"")
                .contains("ADSCIM/2.0/Group")
                .contains("\"notRecorded\":[\"secret\",\"members.token\",\"userName\"]");
        assertThat(stored).doesNotContain("Hunter");
    }

    @Test
    void aGroupPatchKeepsMemberValuesAndDropsWhatGroupsDoNotHave() {
        String stored = allowedForGroup("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Add","path":"members","value":[{"$ref":null,"value":"u-1"}]},
                               {"op":"remove","path":"members[value eq \\"u-2\\"]"},
                               {"op":"replace","value":{"id":"g-1","displayName":"Ops","password":"Hunter5!"}},
                               {"op":"replace","path":"title","value":"Hunter6!"}]}
                """);

        assertThat(stored).contains("\"value\":\"u-1\"").contains("\"displayName\":\"Ops\"")
                .contains("\"id\":\"g-1\"").contains("\"path\":\"title\",\"value\":\"[not recorded]\"");
        assertThat(stored).doesNotContain("Hunter");
    }
}
