package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.application.user.port.in.Activation.ACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.DEACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.patch.PatchEngine;
import com.dashify.identity.adapter.rest.scim.patch.PatchOperation;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.user.EmailAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PATCH bodies exactly as Entra ID and Okta send them, applied to a user and read back as a draft. */
class UserPatchTest {

    /** As the use case hands a user to a change: its attributes, and no transition asked for. */
    private static final String CURRENT = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName":"Test_User_ab6490ee@contoso.com","externalId":"ab6490ee",
             "name":{"givenName":"Test","familyName":"User"},
             "emails":[{"value":"home@contoso.com","type":"home","primary":true}]}
            """;

    private static UserDraft current() {
        return ScimUserMapper.toDraft(ScimObject.fromJson(JsonBodies.parseObject(CURRENT.getBytes(StandardCharsets.UTF_8))));
    }

    private static UserDraft patch(UserDraft draft, String body) {
        var operations = PatchOperation.readRequest(JsonBodies.parseObject(body.getBytes(StandardCharsets.UTF_8)));
        return ScimUserMapper.toDraft(PatchEngine.apply(ScimUserMapper.toScim(draft), operations));
    }

    @Test
    void entraDeactivatesWithCapitalisedReplaceAndStringBoolean() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}
                """);

        assertThat(patched.activation()).isEqualTo(DEACTIVATE);
        assertThat(patched.userName().value()).isEqualTo("Test_User_ab6490ee@contoso.com");
    }

    @Test
    void aPatchThatLeavesActiveAloneNamesNoTransition() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"title","value":"Engineer"},
                               {"op":"remove","path":"active"}]}
                """);

        assertThat(patched.profile().title()).isEqualTo("Engineer");
        assertThat(patched.activation()).isEqualTo(UNCHANGED);
    }

    @Test
    void entraPathlessReplaceWithDottedAndUrnQualifiedKeys() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","value":{
                    "displayName":"Test User Renamed",
                    "name.givenName":"Testy",
                    "name.familyName":"McTest",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Tour Operations",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"701984",
                    "active":"True"}}]}
                """);

        assertThat(patched.profile().displayName()).isEqualTo("Test User Renamed");
        assertThat(patched.profile().name().givenName()).isEqualTo("Testy");
        assertThat(patched.profile().name().familyName()).isEqualTo("McTest");
        assertThat(patched.profile().employment().department()).isEqualTo("Tour Operations");
        assertThat(patched.profile().employment().employeeNumber()).isEqualTo("701984");
        assertThat(patched.activation()).isEqualTo(ACTIVATE);
    }

    @Test
    void entraAddsAWorkEmailThroughAFilterThatMatchesNothingYet() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Add","path":"emails[type eq \\"work\\"].value","value":"work@contoso.com"}]}
                """);

        assertThat(patched.profile().emails()).containsExactly(
                new EmailAddress("home@contoso.com", "home", true, null),
                new EmailAddress("work@contoso.com", "work", false, null));
    }

    @Test
    void entraReplacesTheExistingWorkEmailInPlace() {
        UserDraft withWork = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"one@contoso.com"}]}
                """);
        UserDraft patched = patch(withWork, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"two@contoso.com"}]}
                """);

        assertThat(patched.profile().emails()).extracting(EmailAddress::value)
                .containsExactly("home@contoso.com", "two@contoso.com");
    }

    @Test
    void entraSetsTheManagerAsABareId() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                                "value":"26118915-6090-4610-87e4-49d8ca9f808d"}]}
                """);

        assertThat(patched.profile().employment().managerId()).isEqualTo("26118915-6090-4610-87e4-49d8ca9f808d");
    }

    @Test
    void removingTheValueOfAFilteredEntryRemovesTheEntry() {
        UserDraft withMobile = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+1 555 0100"}]}
                """);
        UserDraft patched = patch(withMobile, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Remove","path":"phoneNumbers[type eq \\"mobile\\"].value"}]}
                """);

        assertThat(withMobile.profile().phoneNumbers()).hasSize(1);
        assertThat(patched.profile().phoneNumbers()).isEmpty();
    }

    @Test
    void replaceWithNullUnassigns() {
        UserDraft withTitle = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"title","value":"Engineer"}]}
                """);

        UserDraft patched = patch(withTitle, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"title","value":null}]}
                """);

        assertThat(patched.profile().title()).isNull();
    }

    @Test
    void entraRemovesAnAttribute() {
        UserDraft withTitle = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Add","path":"title","value":"Engineer"}]}
                """);
        UserDraft patched = patch(withTitle, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Remove","path":"title"}]}
                """);

        assertThat(withTitle.profile().title()).isEqualTo("Engineer");
        assertThat(patched.profile().title()).isNull();
    }

    @Test
    void oktaDeactivatesWithAPathlessReplace() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":false}}]}
                """);

        assertThat(patched.activation()).isEqualTo(DEACTIVATE);
    }

    @Test
    void rolesChangeThroughPatch() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"roles","value":[{"value":"Editor","primary":"True"}]}]}
                """);

        assertThat(patched.profile().roleClaims()).hasSize(1);
        assertThat(patched.profile().roleClaims().get(0).value()).isEqualTo("Editor");
        assertThat(patched.profile().roleClaims().get(0).primary()).isTrue();
    }

    @Test
    void newPrimaryValueTakesPrimaryFromTheOthers() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"emails","value":[{"value":"new@contoso.com","type":"work","primary":true}]}]}
                """);

        assertThat(patched.profile().emails()).containsExactly(
                new EmailAddress("home@contoso.com", "home", false, null),
                new EmailAddress("new@contoso.com", "work", true, null));
    }

    @Test
    void passwordIsAcceptedAndDropped() {
        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"password","value":"Secret123!"},
                               {"op":"replace","value":{"password":"Secret123!","nickName":"T"}}]}
                """);

        assertThat(patched.profile().nickName()).isEqualTo("T");
        assertThat(ScimUserMapper.toScim(patched).toString()).doesNotContain("Secret123!");
    }

    @Test
    void readOnlyAndUnknownPathsAreRefusedWithTheirScimType() {
        assertScimType("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}", "mutability");
        assertScimType("{\"op\":\"replace\",\"path\":\"meta.created\",\"value\":\"x\"}", "mutability");
        assertScimType("{\"op\":\"replace\",\"value\":{\"meta\":{\"version\":\"1\"}}}", "mutability");
        assertScimType("{\"op\":\"add\",\"path\":\"groups\",\"value\":[{\"value\":\"g\"}]}", "mutability");
        assertScimType("{\"op\":\"remove\"}", "noTarget");
        assertScimType("{\"op\":\"replace\",\"path\":\"nosuch\",\"value\":\"x\"}", "invalidPath");
        assertScimType("{\"op\":\"replace\",\"path\":\"emails[nosuch eq \\\"x\\\"].value\",\"value\":\"x\"}",
                "invalidPath");
        assertScimType("{\"op\":\"replace\",\"path\":\"emails[type ne \\\"work\\\"].value\",\"value\":\"x\"}",
                "invalidValue");
        assertScimType("{\"op\":\"replace\",\"path\":\"emails[value co \\\"zzz\\\"].type\",\"value\":\"x\"}",
                "noTarget");
        assertScimType("{\"op\":\"move\",\"path\":\"title\",\"value\":\"x\"}", "invalidSyntax");
        assertScimType("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"\"}", "invalidValue");
        assertScimType("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"perhaps\"}", "invalidValue");
        assertScimType("{\"op\":\"add\",\"path\":\"nickName\"}", "invalidValue");
        assertScimType("{\"op\":\"add\",\"path\":\"nickName\",\"value\":null}", "invalidValue");
        assertScimType("{\"op\":\"replace\",\"path\":\"title\"}", "invalidValue");
        assertScimType("{\"op\":\"replace\",\"path\":\"externalId\",\"value\":1e999999999}", "invalidValue");
    }

    @Test
    void aValueFilterThatMatchesNothingCreatesOnlyWhenItNamesATypeOrPrimary() {
        assertScimType("{\"op\":\"replace\",\"path\":\"roles[value eq \\\"Nope\\\"]\",\"value\":{\"display\":\"x\"}}",
                "noTarget");
        assertScimType("{\"op\":\"add\",\"path\":\"roles[value eq \\\"Nope\\\"].display\",\"value\":\"x\"}",
                "noTarget");
        assertScimType("{\"op\":\"replace\",\"path\":\"emails[value eq \\\"a@contoso.com\\\"].type\","
                + "\"value\":\"work\"}", "noTarget");
        assertScimType("{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\" and value eq \\\"w@contoso.com\\\"]"
                + ".display\",\"value\":\"Work\"}", "noTarget");
        assertScimType("{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\" or type eq \\\"home2\\\"]"
                + ".value\",\"value\":\"work@contoso.com\"}", "noTarget");

        UserDraft patched = patch(current(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"emails[type eq \\"work\\"]","value":{"value":"w@contoso.com"}},
                               {"op":"Add","path":"addresses[TYPE eq \\"work\\"].locality","value":"Redmond"},
                               {"op":"Replace","path":"roles[primary eq \\"True\\"].value","value":"Editor"}]}
                """);
        assertThat(patched.profile().emails()).extracting(EmailAddress::value, EmailAddress::type)
                .contains(tuple("w@contoso.com", "work"));
        assertThat(patched.profile().addresses()).singleElement()
                .satisfies(address -> assertThat(address.locality()).isEqualTo("Redmond"));
        assertThat(patched.profile().roleClaims()).singleElement().satisfies(role -> {
            assertThat(role.value()).isEqualTo("Editor");
            assertThat(role.primary()).isTrue();
        });
    }

    @Test
    void aPathThatIsNotUnderstoodIsNamedShortlyNotEchoedBack() {
        String attribute = "urn:" + "x".repeat(4_000) + ":title";

        assertThatThrownBy(() -> patch(current(), "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"" + attribute + "\",\"value\":\"x\"}]}"))
                .isInstanceOf(ScimException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void emptyOperationsAndMissingSchemaAreRefused() {
        assertThatThrownBy(() -> PatchOperation.readRequest(JsonBodies.parseObject(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[]}"
                        .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ScimException.class).extracting(e -> ((ScimException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> PatchOperation.readRequest(JsonBodies.parseObject(
                "{\"Operations\":[{\"op\":\"add\",\"path\":\"title\",\"value\":\"x\"}]}"
                        .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ScimException.class).extracting(e -> ((ScimException) e).scimType())
                .isEqualTo("invalidSyntax");
    }

    private static void assertScimType(String operation, String scimType) {
        String body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + operation + "]}";
        // Domain validation reports bad values itself; the error mapper answers those 400 invalidValue.
        assertThatThrownBy(() -> patch(current(), body)).as(operation)
                .satisfies(e -> assertThat(e instanceof ScimException scim ? scim.scimType()
                        : e instanceof InvalidValueException ? "invalidValue" : e.toString()).isEqualTo(scimType));
    }
}
