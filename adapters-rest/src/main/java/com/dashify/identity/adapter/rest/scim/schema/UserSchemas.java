package com.dashify.identity.adapter.rest.scim.schema;

import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Mutability.READ_ONLY;
import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Type.BOOLEAN;
import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Type.COMPLEX;
import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Type.REFERENCE;
import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.string;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Returned;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Uniqueness;
import java.util.List;
import java.util.Optional;

/**
 * The User schema and the enterprise extension as this service supports them (RFC 7643 §4.1,
 * §4.3). Attributes left out (photos, ims, entitlements, x509Certificates) are not stored, and a
 * PATCH naming them is an {@code invalidPath}. {@code groups} is read-only: membership changes
 * through {@code /Groups} (RFC 7643 §4.1.2).
 */
public final class UserSchemas {

    public static final SchemaDefinition USER = new SchemaDefinition(ScimUrns.USER, "User", "User Account", List.of(
            string("userName", "Unique identifier for the User, used to sign in. Unique within the tenant without"
                    + " regard to case.").required().uniqueness(Uniqueness.SERVER).build(),
            AttributeDefinition.of("name", COMPLEX, "The components of the user's real name.").subAttributes(
                    string("formatted", "The full name, formatted for display.").build(),
                    string("familyName", "The family name.").build(),
                    string("givenName", "The given name.").build(),
                    string("middleName", "The middle name(s).").build(),
                    string("honorificPrefix", "The honorific prefix(es), such as 'Ms.'.").build(),
                    string("honorificSuffix", "The honorific suffix(es), such as 'III'.").build()).build(),
            string("displayName", "The name of the User, suitable for display.").build(),
            string("nickName", "The casual way to address the user.").build(),
            AttributeDefinition.of("profileUrl", REFERENCE, "A URI to the user's online profile.")
                    .referenceTypes("external").build(),
            string("title", "The user's title, such as 'Vice President'.").build(),
            string("userType", "The relationship between the organization and the user, such as 'Employee'.").build(),
            string("preferredLanguage", "The preferred written or spoken language (RFC 7231 Accept-Language).")
                    .build(),
            string("locale", "The default location for localizing, such as 'en-US'.").build(),
            string("timezone", "The time zone in IANA format, such as 'America/Los_Angeles'.").build(),
            AttributeDefinition.of("active", BOOLEAN, "Whether the user may sign in. Setting it to false closes"
                    + " every session and revokes every personal access token of the user.").build(),
            AttributeDefinition.of("emails", COMPLEX, "Email addresses for the user.").multiValued().subAttributes(
                    string("value", "The email address.").build(),
                    string("display", "A human-readable name.").build(),
                    string("type", "A label indicating the function.").canonicalValues("work", "home", "other")
                            .build(),
                    AttributeDefinition.of("primary", BOOLEAN, "Whether this is the primary address.").build())
                    .build(),
            AttributeDefinition.of("phoneNumbers", COMPLEX, "Phone numbers for the user.").multiValued()
                    .subAttributes(
                            string("value", "The phone number.").build(),
                            string("display", "A human-readable name.").build(),
                            string("type", "A label indicating the function.")
                                    .canonicalValues("work", "home", "mobile", "fax", "pager", "other").build(),
                            AttributeDefinition.of("primary", BOOLEAN, "Whether this is the primary number.").build())
                    .build(),
            AttributeDefinition.of("addresses", COMPLEX, "Physical mailing addresses for the user.").multiValued()
                    .subAttributes(
                            string("formatted", "The full mailing address, formatted for display.").build(),
                            string("streetAddress", "The street address.").build(),
                            string("locality", "The city or locality.").build(),
                            string("region", "The state or region.").build(),
                            string("postalCode", "The zip code or postal code.").build(),
                            string("country", "The country (ISO 3166-1 alpha-2).").build(),
                            string("type", "A label indicating the function.").canonicalValues("work", "home", "other")
                                    .build(),
                            AttributeDefinition.of("primary", BOOLEAN, "Whether this is the primary address.").build())
                    .build(),
            AttributeDefinition.of("roles", COMPLEX, "Roles as the directory states them; the tenant's role mapping"
                    + " decides the Dashify role from the primary value.").multiValued().subAttributes(
                    string("value", "The value of a role.").build(),
                    string("display", "A human-readable name.").build(),
                    string("type", "A label indicating the role's function.").build(),
                    AttributeDefinition.of("primary", BOOLEAN, "Whether this is the primary role.").build()).build(),
            AttributeDefinition.of("groups", COMPLEX, "The groups the user is a direct member of; read-only,"
                    + " changed through the Groups endpoint.").multiValued().mutability(READ_ONLY).subAttributes(
                    string("value", "The identifier of the group.").mutability(READ_ONLY).build(),
                    AttributeDefinition.of("$ref", REFERENCE, "The URI of the group.").mutability(READ_ONLY)
                            .referenceTypes("Group").build(),
                    string("display", "A human-readable name.").mutability(READ_ONLY).build(),
                    string("type", "direct or indirect.").mutability(READ_ONLY).canonicalValues("direct", "indirect")
                            .build()).build()));

    public static final SchemaDefinition ENTERPRISE_USER = new SchemaDefinition(ScimUrns.ENTERPRISE_USER,
            "EnterpriseUser", "Enterprise User", List.of(
            string("employeeNumber", "Identifier of the user within the organization.").build(),
            string("costCenter", "The cost center.").build(),
            string("organization", "The organization.").build(),
            string("division", "The division.").build(),
            string("department", "The department.").build(),
            AttributeDefinition.of("manager", COMPLEX, "The user's manager.").subAttributes(
                    string("value", "The id of the manager.").build(),
                    AttributeDefinition.of("$ref", REFERENCE, "The URI of the manager.").referenceTypes("User")
                            .build(),
                    string("displayName", "The manager's display name.").mutability(READ_ONLY).build()).build()));

    /**
     * The common attributes every resource has (RFC 7643 §3.1). Not a schema of its own on the
     * wire; here so that paths and filters naming them resolve like any other attribute.
     */
    public static final SchemaDefinition COMMON = new SchemaDefinition("common", "Common", "Common attributes",
            List.of(string("id", "The service's identifier of the resource.").caseExact().mutability(READ_ONLY)
                            .returned(Returned.ALWAYS).uniqueness(Uniqueness.SERVER).build(),
                    string("externalId", "The client's identifier of the resource.").caseExact().build(),
                    string("schemas", "The schemas of the resource.").multiValued().caseExact()
                            .mutability(READ_ONLY).build(),
                    AttributeDefinition.of("meta", COMPLEX, "Resource metadata.").mutability(READ_ONLY).subAttributes(
                            string("resourceType", "The resource type.").mutability(READ_ONLY).build(),
                            AttributeDefinition.of("created", AttributeDefinition.Type.DATE_TIME, "Created.")
                                    .mutability(READ_ONLY).build(),
                            AttributeDefinition.of("lastModified", AttributeDefinition.Type.DATE_TIME,
                                    "Last modified.").mutability(READ_ONLY).build(),
                            AttributeDefinition.of("location", REFERENCE, "The resource's URI.")
                                    .mutability(READ_ONLY).build(),
                            string("version", "The entity tag.").caseExact().mutability(READ_ONLY).build())
                            .build()));

    public static final List<SchemaDefinition> ALL = List.of(USER, ENTERPRISE_USER);

    private UserSchemas() {
    }

    /** The schema with this URN, compared without case. */
    public static Optional<SchemaDefinition> byUrn(String urn) {
        return ALL.stream().filter(schema -> schema.id().equalsIgnoreCase(urn)).findFirst();
    }

    /**
     * Finds what a path names: an attribute of the User schema, of the enterprise extension (with
     * or without its URN: names do not overlap), or a common attribute. A path that is exactly the
     * enterprise URN names the extension as a whole.
     */
    public static Optional<ResolvedPath> resolve(String schemaUrn, String attributeName, String subAttributeName) {
        if (schemaUrn == null) {
            for (SchemaDefinition candidate : List.of(COMMON, USER, ENTERPRISE_USER)) {
                Optional<ResolvedPath> found = resolveIn(candidate, attributeName, subAttributeName);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        Optional<SchemaDefinition> schema = byUrn(schemaUrn);
        if (schema.isPresent()) {
            return resolveIn(schema.get(), attributeName, subAttributeName);
        }
        Optional<SchemaDefinition> whole = byUrn(schemaUrn + ":" + attributeName);
        if (whole.isPresent() && subAttributeName == null && whole.get() != USER) {
            return Optional.of(new ResolvedPath(whole.get(), null, null));
        }
        return Optional.empty();
    }

    private static Optional<ResolvedPath> resolveIn(SchemaDefinition schema, String attributeName,
                                                    String subAttributeName) {
        Optional<AttributeDefinition> attribute = schema.attribute(attributeName);
        if (attribute.isEmpty()) {
            return Optional.empty();
        }
        if (subAttributeName == null) {
            return Optional.of(new ResolvedPath(schema, attribute.get(), null));
        }
        return attribute.get().subAttribute(subAttributeName)
                .map(sub -> new ResolvedPath(schema, attribute.get(), sub));
    }
}
