package com.dashify.identity.adapter.rest.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.filter.FilterScope.Scopes;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import org.junit.jupiter.api.Test;

/** A search across Users and Groups: what a filter means on each type, an absent attribute being false. */
class FilterScopeTest {

    private static Scopes scopes(String filter) {
        return FilterScope.of(FilterParser.parseFilter(filter));
    }

    @Test
    void aConditionOnAnAttributeBothTypesHaveStandsOnBoth() {
        Filter filter = FilterParser.parseFilter("displayName eq \"Ops\"");
        assertThat(FilterScope.of(filter).users().filter()).isEqualTo(filter);
        assertThat(FilterScope.of(filter).groups().filter()).isEqualTo(filter);
        assertThat(FilterScope.of(null).users().matchesAll()).isTrue();
        assertThat(FilterScope.of(null).groups().matchesAll()).isTrue();
    }

    @Test
    void aConditionOnAnAttributeATypeLacksMatchesNothingThere() {
        assertThat(scopes("userName eq \"a\"").groups().matchesNothing()).isTrue();
        assertThat(scopes("members[value eq \"x\"]").users().matchesNothing()).isTrue();
        assertThat(scopes("emails[type eq \"work\"]").groups().matchesNothing()).isTrue();
        assertThat(scopes("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"x\"").groups()
                .matchesNothing()).isTrue();
    }

    @Test
    void andOrAndNotSimplifyAroundWhatIsFalse() {
        assertThat(scopes("userName eq \"a\" or displayName eq \"b\"").groups().filter())
                .isEqualTo(FilterParser.parseFilter("displayName eq \"b\""));
        assertThat(scopes("userName eq \"a\" and displayName eq \"b\"").groups().matchesNothing()).isTrue();
        assertThat(scopes("not (userName pr)").groups().matchesAll()).isTrue();
        assertThat(scopes("displayName pr and not (userName pr)").groups().filter())
                .isEqualTo(FilterParser.parseFilter("displayName pr"));
        assertThat(scopes("not (not (members pr))").users().matchesNothing()).isTrue();
    }

    @Test
    void theResourceTypeChoosesTypes() {
        Scopes groupsOnly = scopes("meta.resourceType eq \"group\" and displayName sw \"o\"");
        assertThat(groupsOnly.users().matchesNothing()).isTrue();
        assertThat(groupsOnly.groups().filter()).isEqualTo(FilterParser.parseFilter("displayName sw \"o\""));
        assertThat(scopes("meta.resourceType ne \"Group\"").users().matchesAll()).isTrue();
        assertThat(scopes("meta.resourceType ne \"Group\"").groups().matchesNothing()).isTrue();
        assertThat(scopes("meta.resourceType pr").groups().matchesAll()).isTrue();
        assertThatThrownBy(() -> scopes("meta.resourceType sw \"G\"")).isInstanceOf(ScimException.class)
                .hasFieldOrPropertyWithValue("scimType", "invalidFilter");
    }

    @Test
    void anAttributeOfNoTypeIsAnInvalidFilterAsOnEitherEndpoint() {
        assertThatThrownBy(() -> scopes("userNme eq \"a\" or displayName eq \"b\"")).isInstanceOf(ScimException.class)
                .hasFieldOrPropertyWithValue("scimType", "invalidFilter").hasMessageContaining("userNme");
        assertThatThrownBy(() -> scopes("urn:x:y:Thing:a pr")).isInstanceOf(ScimException.class);
    }
}
