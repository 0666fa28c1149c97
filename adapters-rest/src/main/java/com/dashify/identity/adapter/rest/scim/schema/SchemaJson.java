package com.dashify.identity.adapter.rest.scim.schema;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Renders schema definitions as RFC 7643 §7 Schema resources. */
public final class SchemaJson {

    private SchemaJson() {
    }

    public static JsonObject of(SchemaDefinition schema, String location) {
        JsonArrayBuilder attributes = JSON.createArrayBuilder();
        schema.attributes().forEach(attribute -> attributes.add(attribute(attribute)));
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimUrns.SCHEMA))
                .add("id", schema.id())
                .add("name", schema.name())
                .add("description", schema.description())
                .add("attributes", attributes)
                .add("meta", JSON.createObjectBuilder().add("resourceType", "Schema").add("location", location))
                .build();
    }

    private static JsonObject attribute(AttributeDefinition attribute) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", attribute.name())
                .add("type", attribute.type().wireName())
                .add("multiValued", attribute.multiValued())
                .add("description", attribute.description())
                .add("required", attribute.required());
        if (attribute.type() == AttributeDefinition.Type.STRING || attribute.type() == AttributeDefinition.Type.REFERENCE) {
            json.add("caseExact", attribute.caseExact());
        }
        if (!attribute.canonicalValues().isEmpty()) {
            json.add("canonicalValues", array(attribute.canonicalValues()));
        }
        if (!attribute.referenceTypes().isEmpty()) {
            json.add("referenceTypes", array(attribute.referenceTypes()));
        }
        json.add("mutability", attribute.mutability().wireName())
                .add("returned", attribute.returned().wireName());
        if (attribute.type() != AttributeDefinition.Type.COMPLEX && attribute.type() != AttributeDefinition.Type.BOOLEAN) {
            json.add("uniqueness", attribute.uniqueness().wireName());
        }
        if (!attribute.subAttributes().isEmpty()) {
            JsonArrayBuilder subs = JSON.createArrayBuilder();
            attribute.subAttributes().forEach(sub -> subs.add(attribute(sub)));
            json.add("subAttributes", subs);
        }
        return json.build();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
