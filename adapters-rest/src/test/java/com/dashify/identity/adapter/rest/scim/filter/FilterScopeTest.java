package com.dashify.identity.adapter.rest.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.rest.scim.filter.FilterScope.Scoped;
import org.junit.jupiter.api.Test;

/** A search across Users and Groups: what a filter means on each type, an absent attribute being false. */
class FilterScopeTest {

    @Test
    void aConditionOnAnAttributeBothTypesHaveStandsOnBoth() {
        Filter filter = FilterParser.parseFilter("displayName eq \"Ops\"");
        assertThat(FilterScope.onUsers(filter).filter()).isEqualTo(filter);
        assertThat(FilterScope.onGroups(filter).filter()).isEqualTo(filter);
    }

    @Test
    void aConditionOnAnAttributeATypeLacksMatchesNothingThere() {
        assertThat(FilterScope.onGroups(FilterParser.parseFilter("userName eq \"a\"")).matchesNothing()).isTrue();
        assertThat(FilterScope.onUsers(FilterParser.parseFilter("members[value eq \"x\"]")).matchesNothing())
                .isTrue();
        assertThat(FilterScope.onGroups(FilterParser.parseFilter("emails[type eq \"work\"]")).matchesNothing())
                .isTrue();
        assertThat(FilterScope.onGroups(FilterParser.parseFilter(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"x\"")).matchesNothing())
                .isTrue();
    }

    @Test
    void andOrAndNotSimplifyAroundWhatIsFalse() {
        Scoped either = FilterScope.onGroups(FilterParser.parseFilter("userName eq \"a\" or displayName eq \"b\""));
        assertThat(either.filter()).isEqualTo(FilterParser.parseFilter("displayName eq \"b\""));
        assertThat(FilterScope.onGroups(FilterParser.parseFilter("userName eq \"a\" and displayName eq \"b\""))
                .matchesNothing()).isTrue();
        Scoped negated = FilterScope.onGroups(FilterParser.parseFilter("not (userName pr)"));
        assertThat(negated.matchesAll()).isTrue();
        assertThat(FilterScope.onGroups(FilterParser.parseFilter("displayName pr and not (userName pr)")).filter())
                .isEqualTo(FilterParser.parseFilter("displayName pr"));
        assertThat(FilterScope.onUsers(FilterParser.parseFilter("not (not (members pr))")).matchesNothing()).isTrue();
    }
}
