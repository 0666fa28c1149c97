package com.dashify.identity.adapter.rest.scim.schema;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Returned;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Type;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The projection matrix (RFC 7644 §3.4.2.5, RFC 7643 §7 {@code returned}), generated from the
 * schema metadata: every attribute and sub-attribute of Users, their enterprise extension and
 * Groups, and of a test schema that has one of each {@code returned}, asked for by
 * {@code attributes} and left out by {@code excludedAttributes}, by its name and by its
 * URN-qualified name, against a resource that has a value for every attribute.
 */
class AttributeSelectionTest {

    /** A schema with every {@code returned}, at the top and inside complex attributes, and an extension. */
    private static final SchemaDefinition THING = new SchemaDefinition("urn:test:Thing", "Thing", "Thing",
            Stream.concat(Arrays.stream(Returned.values()).map(returned -> simple("top" + returned, returned)),
                    Stream.of(complex("single", false), complex("many", true))).toList());
    private static final SchemaDefinition EXTRA = new SchemaDefinition("urn:test:extension:Extra", "Extra", "Extra",
            Arrays.stream(Returned.values()).map(returned -> simple("extra" + returned, returned)).toList());
    private static final ResourceSchemas EVERY_RETURNED = new ResourceSchemas(THING, List.of(EXTRA),
            AttributeSelectionTest::resolveOnThing);

    /** The test type's resolver, read as UserSchemas reads paths on users. */
    private static Optional<ResolvedPath> resolveOnThing(String urn, String attributeName, String subName) {
        if (urn != null && EXTRA.id().equalsIgnoreCase(urn + ":" + attributeName) && subName == null) {
            return Optional.of(new ResolvedPath(EXTRA, null, null));
        }
        List<SchemaDefinition> candidates = urn == null ? List.of(UserSchemas.COMMON, THING, EXTRA)
                : Stream.of(THING, EXTRA).filter(schema -> schema.id().equalsIgnoreCase(urn)).toList();
        return candidates.stream().flatMap(schema -> schema.attribute(attributeName).stream()
                .flatMap(attribute -> subName == null ? Stream.of(new ResolvedPath(schema, attribute, null))
                        : attribute.subAttribute(subName).map(sub -> new ResolvedPath(schema, attribute, sub)).stream()))
                .findFirst();
    }

    static Stream<Leaf> leaves() {
        return Stream.of(ResourceSchemas.USER, ResourceSchemas.GROUP, EVERY_RETURNED).flatMap(Leaf::of);
    }

    @ParameterizedTest
    @MethodSource("leaves")
    void anAttributeAskedForIsReturnedUnlessNeverAndOthersOnlyWhenAlways(Leaf asked) {
        for (String name : asked.names()) {
            JsonObject selected = AttributeSelection.of(asked.type(), name, null).apply(full(asked.type()));
            Leaf.of(asked.type()).forEach(cell -> assertThat(cell.in(selected)).as("attributes=%s: %s", name, cell)
                    .isEqualTo(cell.shownWhenAskedFor(asked)));
        }
    }

    @ParameterizedTest
    @MethodSource("leaves")
    void anAttributeLeftOutIsNotReturnedUnlessAlwaysAndOthersAsByDefault(Leaf left) {
        for (String name : left.names()) {
            JsonObject selected = AttributeSelection.of(left.type(), null, name).apply(full(left.type()));
            Leaf.of(left.type()).forEach(cell -> assertThat(cell.in(selected))
                    .as("excludedAttributes=%s: %s", name, cell).isEqualTo(cell.shownWhenLeftOut(left)));
        }
    }

    @Test
    void withoutParametersWhatIsReturnedByDefaultIsReturned() {
        for (ResourceSchemas type : List.of(ResourceSchemas.USER, ResourceSchemas.GROUP, EVERY_RETURNED)) {
            JsonObject selected = AttributeSelection.defaults(type).apply(full(type));
            Leaf.of(type).forEach(leaf -> assertThat(leaf.in(selected)).as(leaf.toString())
                    .isEqualTo(leaf.returnedByDefault()));
        }
    }

    @Test
    void schemasNamesOnlyTheExtensionsStillPresent() {
        String enterprise = UserSchemas.ENTERPRISE_USER.id();
        JsonObject withExtension = AttributeSelection.of(ResourceSchemas.USER, "userName," + enterprise + ":department",
                null).apply(full(ResourceSchemas.USER));
        assertThat(withExtension.getJsonArray("schemas").getString(1)).isEqualTo(enterprise);
        assertThat(withExtension.getJsonObject(enterprise).keySet()).containsExactly("department");

        JsonObject without = AttributeSelection.of(ResourceSchemas.USER, null, enterprise).apply(full(ResourceSchemas.USER));
        assertThat(without.getJsonArray("schemas")).hasSize(1);
        assertThat(without.containsKey(enterprise)).isFalse();
        assertThat(without.containsKey("userName")).isTrue();
    }

    @Test
    void namesCompareWithoutCaseAndNamesOfNothingAskForNothing() {
        JsonObject selected = AttributeSelection.of(ResourceSchemas.USER, "USERNAME, Name.GivenName, nonsense, a.b.c,"
                + " urn:ietf:params:scim:schemas:core:2.0:User:EMAILS.value, urn:unknown:x", null)
                .apply(full(ResourceSchemas.USER));
        assertThat(selected.keySet()).containsExactly("schemas", "id", "userName", "name", "emails");
        assertThat(selected.getJsonObject("name").keySet()).containsExactly("givenName");
        assertThat(selected.getJsonArray("emails").getJsonObject(0).keySet()).containsExactly("value");
    }

    @Test
    void attributesThatNameNothingReturnOnlyWhatIsAlwaysReturned() {
        for (String names : List.of("nonsense", "urn:", "user Name", "department.x", ".", "name.",
                "urn:ietf:params:scim:schemas:core:2.0:User:")) {
            AttributeSelection selection = AttributeSelection.of(ResourceSchemas.USER, names, null);
            assertThat(selection.isDefault()).as(names).isFalse();
            assertThat(selection.wants("groups")).as(names).isFalse();
            assertThat(selection.apply(full(ResourceSchemas.USER)).keySet()).as(names)
                    .containsExactly("schemas", "id");
        }
        assertThat(AttributeSelection.of(ResourceSchemas.USER, " ", null).isDefault()).isTrue();
    }

    @Test
    void bothParametersAtOnceAreRefusedAsTheyAreMutuallyExclusive() {
        assertThatThrownBy(() -> AttributeSelection.of(ResourceSchemas.GROUP, "displayName", "members"))
                .isInstanceOf(ScimException.class).hasFieldOrPropertyWithValue("scimType", "invalidSyntax");
        assertThat(AttributeSelection.of(ResourceSchemas.GROUP, "", "members").wants("members")).isFalse();
    }

    @Test
    void aSchemasUrnAloneNamesWhatItReturnsByDefaultAndNoMore() {
        JsonObject enterprise = AttributeSelection.of(ResourceSchemas.USER, UserSchemas.ENTERPRISE_USER.id(), null)
                .apply(full(ResourceSchemas.USER));
        assertThat(enterprise.keySet()).containsExactly("schemas", "id", UserSchemas.ENTERPRISE_USER.id());
        assertThat(enterprise.getJsonObject(UserSchemas.ENTERPRISE_USER.id())).hasSize(6);

        JsonObject core = AttributeSelection.of(EVERY_RETURNED, "urn:test:Thing", null).apply(full(EVERY_RETURNED));
        assertThat(core.keySet()).containsExactly("schemas", "id", "externalId", "meta", "topALWAYS", "topDEFAULT",
                "single", "many", EXTRA.id());
        assertThat(core.getJsonObject("single").keySet()).containsExactly("subALWAYS", "subDEFAULT");
        assertThat(core.getJsonObject(EXTRA.id()).keySet()).containsExactly("extraALWAYS");

        JsonObject named = AttributeSelection.of(EVERY_RETURNED, "topREQUEST,single.subREQUEST", null)
                .apply(full(EVERY_RETURNED));
        assertThat(named.toString()).isEqualTo("{\"schemas\":[\"urn:test:Thing\",\"urn:test:extension:Extra\"],"
                + "\"id\":\"sample-id\",\"topALWAYS\":\"sample-topALWAYS\",\"topREQUEST\":\"sample-topREQUEST\","
                + "\"single\":{\"subALWAYS\":\"sample-subALWAYS\",\"subREQUEST\":\"sample-subREQUEST\"},"
                + "\"urn:test:extension:Extra\":{\"extraALWAYS\":\"sample-extraALWAYS\"}}");
    }

    @Test
    void aComplexAttributeWithEverySubAttributeLeftOutIsNotWanted() {
        AttributeSelection selection = AttributeSelection.of(ResourceSchemas.GROUP, null,
                "members.value,members.$ref,members.display,members.type");
        assertThat(selection.subAttributesOf("members")).isEmpty();
        assertThat(selection.wants("members")).isFalse();
    }

    @Test
    void whatTheSchemasDoNotDescribeIsNeverReturned() {
        JsonObject resource = JSON.createObjectBuilder(full(ResourceSchemas.GROUP)).add("secret", "x").build();
        assertThat(AttributeSelection.of(ResourceSchemas.GROUP, null, "externalId").apply(resource).containsKey("secret"))
                .isFalse();
    }

    @Test
    void theCostlyAttributesAreWantedOnlyWhenTheResponseCarriesThem() {
        assertThat(AttributeSelection.defaults(ResourceSchemas.GROUP).wants("members")).isTrue();
        assertThat(AttributeSelection.of(ResourceSchemas.GROUP, null, "members").wants("members")).isFalse();
        assertThat(AttributeSelection.of(ResourceSchemas.GROUP, null, "urn:ietf:params:scim:schemas:core:2.0:Group:members")
                .wants("members")).isFalse();
        assertThat(AttributeSelection.of(ResourceSchemas.GROUP, "displayName", null).wants("members")).isFalse();
        assertThat(AttributeSelection.of(ResourceSchemas.GROUP, "members.value", null).subAttributesOf("members"))
                .containsExactly("value");
        assertThat(AttributeSelection.of(ResourceSchemas.GROUP, null, "members.$ref,members.type")
                .subAttributesOf("members")).containsExactly("value", "display");
        assertThat(AttributeSelection.of(ResourceSchemas.USER, "userName", "").wants("groups")).isFalse();
    }

    /** A resource of the type with a value for every attribute and sub-attribute its schemas define. */
    private static JsonObject full(ResourceSchemas type) {
        JsonObjectBuilder resource = JSON.createObjectBuilder();
        JsonArrayBuilder schemas = JSON.createArrayBuilder();
        type.schemas().forEach(schema -> schemas.add(schema.id()));
        resource.add("schemas", schemas);
        UserSchemas.COMMON.attributes().stream().filter(attribute -> !attribute.name().equals("schemas"))
                .forEach(attribute -> resource.add(attribute.name(), sample(attribute)));
        type.core().attributes().forEach(attribute -> resource.add(attribute.name(), sample(attribute)));
        type.extensions().forEach(extension -> {
            JsonObjectBuilder values = JSON.createObjectBuilder();
            extension.attributes().forEach(attribute -> values.add(attribute.name(), sample(attribute)));
            resource.add(extension.id(), values);
        });
        return resource.build();
    }

    private static JsonValue sample(AttributeDefinition attribute) {
        JsonValue one = switch (attribute.type()) {
            case COMPLEX -> {
                JsonObjectBuilder value = JSON.createObjectBuilder();
                attribute.subAttributes().forEach(sub -> value.add(sub.name(), sample(sub)));
                yield value.build();
            }
            case BOOLEAN -> JsonValue.TRUE;
            case INTEGER, DECIMAL -> JSON.createValue(7);
            default -> JSON.createValue("sample-" + attribute.name());
        };
        return attribute.multiValued() ? JSON.createArrayBuilder().add(one).add(one).build() : one;
    }

    private static AttributeDefinition simple(String name, Returned returned) {
        return AttributeDefinition.of(name, Type.STRING, name).returned(returned).build();
    }

    private static AttributeDefinition complex(String name, boolean multiValued) {
        AttributeDefinition.Builder builder = AttributeDefinition.of(name, Type.COMPLEX, name)
                .subAttributes(Arrays.stream(Returned.values()).map(returned -> simple("sub" + returned, returned))
                        .toArray(AttributeDefinition[]::new));
        return multiValued ? builder.multiValued().build() : builder.build();
    }

    /** An attribute, or a sub-attribute of one, of a resource type: one cell of the matrix. */
    record Leaf(ResourceSchemas type, SchemaDefinition schema, AttributeDefinition attribute, AttributeDefinition sub) {

        static Stream<Leaf> of(ResourceSchemas type) {
            List<Leaf> leaves = new ArrayList<>();
            Stream.concat(Stream.of(UserSchemas.COMMON), type.schemas()).forEach(schema ->
                    schema.attributes().stream().filter(attribute -> !attribute.name().equals("schemas"))
                            .forEach(attribute -> {
                                leaves.add(new Leaf(type, schema, attribute, null));
                                attribute.subAttributes().forEach(sub -> leaves.add(new Leaf(type, schema, attribute,
                                        sub)));
                            }));
            return leaves.stream();
        }

        Returned returned() {
            return sub == null ? attribute.returned() : sub.returned();
        }

        /**
         * The oracle of {@code attributes}: an attribute is shown when always, or when it or one of
         * its sub-attributes is asked for and it is not never; a sub-attribute when its attribute is
         * shown and it is always, or not never and asked for by name, or default and its attribute
         * asked for whole (or always).
         */
        boolean shownWhenAskedFor(Leaf asked) {
            boolean attributeAsked = asked.schema == schema && asked.attribute == attribute;
            boolean attributeShown = show(attribute.returned(), attributeAsked);
            if (!attributeShown) {
                return false;
            }
            boolean wholeAsked = attribute.returned() == Returned.ALWAYS || (attributeAsked && asked.sub == null);
            return whatIsLeft(candidate -> show(candidate.returned(), attributeAsked && asked.sub == candidate)
                    || (wholeAsked && candidate.returned() == Returned.DEFAULT));
        }

        /** The oracle of {@code excludedAttributes}: what is returned by default, less what is named, unless always. */
        boolean shownWhenLeftOut(Leaf left) {
            boolean named = left.schema == schema && left.attribute == attribute;
            return byDefault(attribute.returned(), named && left.sub == null)
                    && whatIsLeft(candidate -> byDefault(candidate.returned(), named && left.sub == candidate));
        }

        /**
         * Whether this cell is shown, its attribute being shown: a sub-attribute when it is, an
         * attribute with sub-attributes when one of them is (an emptied complex value is dropped).
         */
        private boolean whatIsLeft(Predicate<AttributeDefinition> subShown) {
            return sub != null ? subShown.test(sub)
                    : attribute.subAttributes().isEmpty() || attribute.subAttributes().stream().anyMatch(subShown);
        }

        boolean returnedByDefault() {
            return byDefault(attribute.returned(), false) && (sub == null || byDefault(sub.returned(), false));
        }

        private static boolean show(Returned returned, boolean asked) {
            return returned == Returned.ALWAYS || (returned != Returned.NEVER && asked);
        }

        private static boolean byDefault(Returned returned, boolean leftOut) {
            return returned == Returned.ALWAYS || (returned == Returned.DEFAULT && !leftOut);
        }

        /** The ways a request can name it: by name, and qualified by its schema's URN. */
        List<String> names() {
            String path = sub == null ? attribute.name() : attribute.name() + "." + sub.name();
            if (schema == UserSchemas.COMMON) {
                return List.of(path);
            }
            return List.of(path, schema.id() + ":" + path);
        }

        /** Whether a selected resource shows this cell (in every element, when multi-valued). */
        boolean in(JsonObject resource) {
            JsonObject container = type.extensions().contains(schema) ? resource.getJsonObject(schema.id()) : resource;
            if (container == null || !container.containsKey(attribute.name())) {
                return false;
            }
            if (sub == null) {
                return true;
            }
            JsonValue value = container.get(attribute.name());
            List<JsonObject> elements = value instanceof JsonArray array ? array.getValuesAs(JsonObject.class)
                    : List.of(value.asJsonObject());
            return elements.stream().allMatch(element -> element.containsKey(sub.name()));
        }

        @Override
        public String toString() {
            return schema.name() + ":" + attribute.name() + (sub == null ? "" : "." + sub.name()) + " (" + returned()
                    + ")";
        }
    }
}
