package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase.MappingInForce;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase.ReplaceRoleMappingCommand;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.user.MappedAttribute;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/role-mapping}: where the tenant's roles come from. Needs a token with the
 * {@code settings} scope whose owner is an Org Admin.
 * <pre>
 * {"attribute": "roles" | "userType" | "title" | "urn:…:enterprise:2.0:User:department" | … | null,
 *  "groups": true | false,        (the groups claim at SSO sign-in)
 *  "scimGroups": true | false,    (SCIM groups: a value matches a group's id, externalId or displayName)
 *  "values": [{"value": "dashify-admins", "role": "OrgAdmin"}, …],
 *  "defaultRole": "Viewer"}
 * </pre>
 */
@Path("role-mapping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoleMappingResource {

    /** The mapping names attributes as directories send them: by their SCIM paths. */
    private static final String ENTERPRISE = ScimUrns.ENTERPRISE_USER;
    private static final Map<MappedAttribute, String> PATHS = Map.of(
            MappedAttribute.ROLES, "roles",
            MappedAttribute.USER_TYPE, "userType",
            MappedAttribute.TITLE, "title",
            MappedAttribute.DEPARTMENT, ENTERPRISE + ":department",
            MappedAttribute.DIVISION, ENTERPRISE + ":division",
            MappedAttribute.ORGANIZATION, ENTERPRISE + ":organization",
            MappedAttribute.COST_CENTER, ENTERPRISE + ":costCenter");
    private static final String ROLE_NAMES = Arrays.stream(Role.values()).map(Role::displayName)
            .collect(Collectors.joining(", "));

    @Inject
    ApiAuthentication authentication;
    @Inject
    RoleMappingUseCase roleMapping;

    @GET
    public JsonObject get() {
        return json(roleMapping.get(authentication.require(Scope.SETTINGS)));
    }

    @PUT
    public JsonObject replace(InputStream body) {
        Actor actor = authentication.require(Scope.SETTINGS);
        RoleMapping mapping = read(JsonBodies.parseObject(JsonBodies.readBounded(body)));
        return json(roleMapping.replace(new ReplaceRoleMappingCommand(actor, mapping,
                authentication.context(json(new MappingInForce(mapping, true)).toString()))));
    }

    @DELETE
    public JsonObject reset() {
        Actor actor = authentication.require(Scope.SETTINGS);
        return json(roleMapping.reset(actor, authentication.context(null)));
    }

    static RoleMapping read(JsonObject body) {
        MappedAttribute attribute = attribute(body.get("attribute"));
        boolean groups = flag(body, "groups");
        boolean scimGroups = flag(body, "scimGroups");
        if (!(body.get("values") instanceof JsonArray entries)) {
            throw new ApiException(400, "'values' must be an array of {\"value\": ..., \"role\": ...}.");
        }
        Map<String, Role> values = new LinkedHashMap<>();
        for (JsonValue entry : entries) {
            if (!(entry instanceof JsonObject object) || !(object.get("value") instanceof JsonString value)) {
                throw new ApiException(400, "Each of 'values' must be {\"value\": \"...\", \"role\": \"...\"}.");
            }
            if (values.putIfAbsent(value.getString(), role(object.get("role"), "role")) != null) {
                throw new ApiException(400, "'values' maps \"" + value.getString() + "\" twice.");
            }
        }
        return new RoleMapping(attribute, groups, values, role(body.get("defaultRole"), "defaultRole"), scimGroups);
    }

    /** A true-or-false setting; absent or null is false. */
    private static boolean flag(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value != null && value != JsonValue.TRUE && value != JsonValue.FALSE && value != JsonValue.NULL) {
            throw new ApiException(400, "'" + name + "' must be true or false.");
        }
        return value == JsonValue.TRUE;
    }

    private static MappedAttribute attribute(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String wanted = value instanceof JsonString text ? text.getString() : "";
        return PATHS.entrySet().stream()
                .filter(entry -> entry.getValue().equalsIgnoreCase(wanted))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new ApiException(400, "'attribute' must be null or one of: "
                        + String.join(", ", PATHS.values().stream().sorted().toList()) + "."));
    }

    private static Role role(JsonValue value, String field) {
        return Role.named(value instanceof JsonString text ? text.getString() : null)
                .orElseThrow(() -> new ApiException(400, "'" + field + "' must be one of " + ROLE_NAMES + "."));
    }

    static JsonObject json(MappingInForce inForce) {
        RoleMapping mapping = inForce.mapping();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        mapping.values().forEach((value, role) -> values.add(JSON.createObjectBuilder()
                .add("value", value).add("role", role.displayName())));
        JsonObjectBuilder json = JSON.createObjectBuilder();
        mapping.attributeRead().ifPresentOrElse(attribute -> json.add("attribute", PATHS.get(attribute)),
                () -> json.addNull("attribute"));
        return json.add("groups", mapping.fromGroups())
                .add("scimGroups", mapping.fromScimGroups())
                .add("values", values)
                .add("defaultRole", mapping.defaultRole().displayName())
                .add("configured", inForce.configured())
                .build();
    }
}
