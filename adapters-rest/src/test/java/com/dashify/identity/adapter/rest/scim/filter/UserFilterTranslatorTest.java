package com.dashify.identity.adapter.rest.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.Ordering;
import com.dashify.identity.application.query.TextField;
import com.dashify.identity.application.query.TextMatch;
import com.dashify.identity.application.query.TimeField;
import com.dashify.identity.application.query.UserFilter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserFilterTranslatorTest {

    private static UserFilter translate(String filter) {
        return UserFilterTranslator.translate(FilterParser.parseFilter(filter));
    }

    @Test
    void whatEntraAndOktaSendTranslatesExactly() {
        assertThat(translate("userName eq \"ada@x.io\"")).isEqualTo(
                UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "ada@x.io"));
        assertThat(translate("externalId eq \"00u1\"")).isEqualTo(
                UserFilter.text(TextField.EXTERNAL_ID, TextMatch.EQUALS, "00u1"));
        assertThat(translate("id eq \"abc\"")).isEqualTo(UserFilter.text(TextField.ID, TextMatch.EQUALS, "abc"));
        assertThat(translate("emails.value eq \"a@x.io\"")).isEqualTo(
                new UserFilter.EmailCondition(null, TextMatch.EQUALS, "a@x.io"));
        assertThat(translate("emails[type eq \"work\"].value eq \"a@x.io\"")).isEqualTo(
                new UserFilter.EmailCondition("work", TextMatch.EQUALS, "a@x.io"));
        assertThat(translate("active eq \"False\"")).isEqualTo(new UserFilter.ActiveIs(false));
        assertThat(translate("userName eq \"a\" and active eq true")).isEqualTo(UserFilter.and(
                UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "a"), new UserFilter.ActiveIs(true)));
    }

    @Test
    void attributeNamesIgnoreCaseAndMayCarryTheirUrn() {
        assertThat(translate("urn:ietf:params:scim:schemas:core:2.0:User:USERNAME eq \"a\"")).isEqualTo(
                UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "a"));
        assertThat(translate("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"7\""))
                .isEqualTo(UserFilter.text(TextField.EMPLOYEE_NUMBER, TextMatch.EQUALS, "7"));
    }

    @Test
    void timestampsCompareAsInstants() {
        assertThat(translate("meta.lastModified gt \"2026-01-01T00:00:00Z\"")).isEqualTo(new UserFilter.TimeCondition(
                TimeField.LAST_MODIFIED, Ordering.AFTER, Instant.parse("2026-01-01T00:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nosuchattribute eq \"x\"",
        "phoneNumbers.value eq \"x\"",
        "active gt true",
        "active eq \"maybe\"",
        "userName eq true",
        "meta.created eq \"yesterday\"",
        "addresses[type eq \"work\"].country eq \"DE\"",
        "emails[primary eq true]",
        "urn:example:custom:attr eq \"x\"",
        "userName eq 1e999999999",
        "userName eq \"a\\u0000b\"",
        "emails[type eq \"w\\u0007\"].value eq \"x\"",
        "meta.created gt \"+999999999-12-31T00:00:00Z\"",
        "meta.created gt \"0000-01-01T00:00:00Z\"",
    })
    void unsupportedFiltersAreInvalidFilterNeverEveryone(String filter) {
        assertThatThrownBy(() -> translate(filter))
                .isInstanceOf(ScimException.class)
                .extracting(e -> ((ScimException) e).scimType()).isEqualTo("invalidFilter");
    }
    @Test
    void whatIsNotUnderstoodIsNamedShortlyNotEchoedBack() {
        String attribute = "urn:" + "x".repeat(4_000) + ":userName";

        assertThatThrownBy(() -> translate(attribute + " eq \"a\""))
                .isInstanceOf(ScimException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
