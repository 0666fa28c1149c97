package com.dashify.identity.adapter.rest.scim.schema;

import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Mutability.IMMUTABLE;
import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Mutability.READ_ONLY;
import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Type.COMPLEX;
import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Type.REFERENCE;
import static com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.string;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Uniqueness;
import java.util.List;
import java.util.Optional;

/**
 * The Group schema as this service supports it (RFC 7643 §4.2, with the characteristics of the
 * §8.7.1 representation). Members are users only: {@code members.type} is always {@code User},
 * and a member is named by its {@code value}, which cannot change (a member is removed and another
 * added instead). {@code displayName} is unique in a tenant without regard to case.
 */
public final class GroupSchemas {

    public static final SchemaDefinition GROUP = new SchemaDefinition(ScimUrns.GROUP, "Group", "Group", List.of(
            string("displayName", "A human-readable name for the Group. Unique within the tenant without regard"
                    + " to case.").required().uniqueness(Uniqueness.SERVER).build(),
            AttributeDefinition.of("members", COMPLEX, "The users that are members of the Group.").multiValued()
                    .subAttributes(
                            string("value", "The id of a User that is a member of the Group.").caseExact()
                                    .mutability(IMMUTABLE).build(),
                            AttributeDefinition.of("$ref", REFERENCE, "The URI of the member User.")
                                    .referenceTypes("User").mutability(IMMUTABLE).build(),
                            string("display", "The member's display name, or its userName when it has none.")
                                    .mutability(READ_ONLY).build(),
                            string("type", "The type of the member: always User; groups do not nest.")
                                    .canonicalValues("User").mutability(IMMUTABLE).build())
                    .build()));

    private GroupSchemas() {
    }

    /** The Group schema when the URN names it, compared without case. */
    public static Optional<SchemaDefinition> byUrn(String urn) {
        return GROUP.id().equalsIgnoreCase(urn) ? Optional.of(GROUP) : Optional.empty();
    }

    /**
     * Finds what a path names on a Group: an attribute of the Group schema, with or without its
     * URN, or a common attribute ({@code id}, {@code externalId}, {@code meta}).
     */
    public static Optional<ResolvedPath> resolve(String schemaUrn, String attributeName, String subAttributeName) {
        if (schemaUrn != null && !GROUP.id().equalsIgnoreCase(schemaUrn)) {
            return Optional.empty();
        }
        for (SchemaDefinition candidate : schemaUrn == null ? List.of(UserSchemas.COMMON, GROUP) : List.of(GROUP)) {
            Optional<AttributeDefinition> attribute = candidate.attribute(attributeName);
            if (attribute.isPresent()) {
                if (subAttributeName == null) {
                    return Optional.of(new ResolvedPath(candidate, attribute.get(), null));
                }
                return attribute.get().subAttribute(subAttributeName)
                        .map(sub -> new ResolvedPath(candidate, attribute.get(), sub));
            }
        }
        return Optional.empty();
    }
}
