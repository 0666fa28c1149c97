package com.dashify.identity.adapter.rest.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

    private static Filter.Comparison eq(String attribute, Object value) {
        return new Filter.Comparison(new AttributePath(null, attribute, null), Filter.Operator.EQ,
                new Filter.Literal(value));
    }

    @Test
    void parsesTheLookupEveryIdpSends() {
        assertThat(FilterParser.parseFilter("userName eq \"bjensen@example.com\""))
                .isEqualTo(eq("userName", "bjensen@example.com"));
    }

    @Test
    void operatorsAndKeywordsIgnoreCase() {
        assertThat(FilterParser.parseFilter("USERNAME EQ \"x\" AND Active Eq TRUE")).isEqualTo(new Filter.And(
                eq("USERNAME", "x"), eq("Active", Boolean.TRUE)));
    }

    @Test
    void andBindsTighterThanOr() {
        Filter filter = FilterParser.parseFilter("a eq 1 or b eq 2 and c eq 3");

        assertThat(filter).isEqualTo(new Filter.Or(eq("a", new BigDecimal("1")),
                new Filter.And(eq("b", new BigDecimal("2")), eq("c", new BigDecimal("3")))));
    }

    @Test
    void parenthesesAndNotGroup() {
        Filter filter = FilterParser.parseFilter("not (a pr) and (b eq null or c ne false)");

        assertThat(filter).isEqualTo(new Filter.And(
                new Filter.Not(new Filter.Present(new AttributePath(null, "a", null))),
                new Filter.Or(eq("b", null), new Filter.Comparison(new AttributePath(null, "c", null),
                        Filter.Operator.NE, new Filter.Literal(Boolean.FALSE)))));
    }

    @Test
    void valuePathWithSubAttributeComparison() {
        Filter filter = FilterParser.parseFilter("emails[type eq \"work\"].value eq \"a@x.io\"");

        assertThat(filter).isEqualTo(new Filter.ValuePath(new AttributePath(null, "emails", null),
                new Filter.And(eq("type", "work"), eq("value", "a@x.io"))));
    }

    @Test
    void urnQualifiedAndDottedPaths() {
        Filter filter = FilterParser.parseFilter(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"R&D\" and name.givenName sw \"B\"");

        assertThat(filter).isEqualTo(new Filter.And(
                new Filter.Comparison(new AttributePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                        "department", null), Filter.Operator.EQ, new Filter.Literal("R&D")),
                new Filter.Comparison(new AttributePath(null, "name", "givenName"), Filter.Operator.SW,
                        new Filter.Literal("B"))));
    }

    @Test
    void stringEscapesAreDecoded() {
        assertThat(FilterParser.parseFilter("userName eq \"a\\\"b\\\\c\\u0041\""))
                .isEqualTo(eq("userName", "a\"b\\cA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "userName eq \"unterminated",
        "userName eq \"x\" trailing",
        "userName eq \"x\" and",
        "userName eq",
        "userName",
        "userName equals \"x\"",
        "userName eq bareword",
        "(userName eq \"x\"",
        "userName eq \"x\")",
        "emails[type eq \"work\"",
        "1abc eq \"x\"",
        "userName eq \"bad \\q escape\"",
        "   ",
    })
    void malformedFiltersAreInvalidFilter(String text) {
        assertThatThrownBy(() -> FilterParser.parseFilter(text))
                .isInstanceOf(ScimException.class)
                .satisfies(e -> {
                    assertThat(((ScimException) e).status()).isEqualTo(400);
                    assertThat(((ScimException) e).scimType()).isEqualTo("invalidFilter");
                });
    }

    @Test
    void deepNestingAndHugeFiltersAreRefusedQuickly() {
        String deep = "(".repeat(10_000) + "a eq 1" + ")".repeat(10_000);
        String wide = "a eq 1" + " or a eq 1".repeat(100);

        assertThatThrownBy(() -> FilterParser.parseFilter(deep)).isInstanceOf(ScimException.class);
        assertThatThrownBy(() -> FilterParser.parseFilter(wide)).isInstanceOf(ScimException.class)
                .hasMessageContaining("comparisons");
        assertThatThrownBy(() -> FilterParser.parseFilter("(".repeat(17) + "a eq 1" + ")".repeat(17)))
                .isInstanceOf(ScimException.class).hasMessageContaining("nests");
    }

    @Test
    void patchPathsWithFilterAndSubAttribute() {
        PatchPath path = FilterParser.parsePath("emails[type eq \"work\"].value");

        assertThat(path.attribute()).isEqualTo(new AttributePath(null, "emails", null));
        assertThat(path.valueFilter()).isEqualTo(eq("type", "work"));
        assertThat(path.subAttribute()).isEqualTo("value");
        assertThat(FilterParser.parsePath("name.givenName"))
                .isEqualTo(new PatchPath(new AttributePath(null, "name", "givenName"), null, null));
    }

    @Test
    void malformedPathsAreInvalidPath() {
        for (String bad : new String[] {"emails[type eq \"work\"", "emails[type eq \"work\"].", "name..x",
            "emails[type eq \"work\"]x", "a b"}) {
            assertThatThrownBy(() -> FilterParser.parsePath(bad)).as(bad)
                    .isInstanceOf(ScimException.class)
                    .extracting(e -> ((ScimException) e).scimType()).isEqualTo("invalidPath");
        }
    }
}
