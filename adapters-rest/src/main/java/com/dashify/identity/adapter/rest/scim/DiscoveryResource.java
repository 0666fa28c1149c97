package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.bulk.BulkRequest;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.GroupSchemas;
import com.dashify.identity.adapter.rest.scim.schema.SchemaDefinition;
import com.dashify.identity.adapter.rest.scim.schema.SchemaJson;
import com.dashify.identity.adapter.rest.scim.schema.UserSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Stream;

/**
 * The discovery endpoints (RFC 7644 §4): what this service supports, stated truthfully, since
 * IdPs read them to decide what to send. They cannot be filtered: a request with a {@code filter}
 * gets 403, as §4 asks, so that no client takes the full list for the filtered one.
 */
@Path("")
@ApplicationScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class DiscoveryResource {

    /** Every schema served: User, its enterprise extension, and Group. */
    private static final List<SchemaDefinition> SCHEMAS = Stream.concat(UserSchemas.ALL.stream(),
            Stream.of(GroupSchemas.GROUP)).toList();

    @Context
    UriInfo uriInfo;

    @GET
    @Path("ServiceProviderConfig")
    public JsonObject serviceProviderConfig(@QueryParam("filter") String filter) {
        refuseFilter(filter);
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimUrns.SERVICE_PROVIDER_CONFIG))
                .add("documentationUri", "https://docs.dashify.example/identity/scim")
                .add("patch", supported(true))
                .add("bulk", JSON.createObjectBuilder().add("supported", true)
                        .add("maxOperations", BulkRequest.MAX_OPERATIONS)
                        .add("maxPayloadSize", BulkRequest.MAX_PAYLOAD_SIZE))
                .add("filter", JSON.createObjectBuilder().add("supported", true)
                        .add("maxResults", ListParameters.MAX_COUNT))
                .add("changePassword", supported(false))
                .add("sort", supported(true))
                .add("etag", supported(true))
                // RFC 9865 §5: cursors beside startIndex, which stays the default. Cursor pages
                // follow meta.created only (another sortBy with a cursor is 400 invalidValue).
                .add("pagination", JSON.createObjectBuilder()
                        .add("cursor", true)
                        .add("index", true)
                        .add("defaultPaginationMethod", "index")
                        .add("defaultPageSize", ListParameters.DEFAULT_COUNT)
                        .add("maxPageSize", ListParameters.MAX_COUNT)
                        .add("cursorTimeout", CursorCodec.TIMEOUT.toSeconds()))
                .add("authenticationSchemes", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "OAuth Bearer Token")
                        .add("description", "A Dashify personal access token with the scim scope, owned by an Org"
                                + " Admin, sent as Authorization: Bearer <token>.")
                        .add("primary", true)))
                .add("meta", meta("ServiceProviderConfig", "ServiceProviderConfig"))
                .build();
    }

    @GET
    @Path("ResourceTypes")
    public JsonObject resourceTypes(@QueryParam("filter") String filter) {
        refuseFilter(filter);
        return listResponse(List.of(userResourceType(), groupResourceType()));
    }

    @GET
    @Path("ResourceTypes/{id}")
    public JsonObject resourceType(@PathParam("id") String id, @QueryParam("filter") String filter) {
        refuseFilter(filter);
        return switch (id) {
            case "User" -> userResourceType();
            case "Group" -> groupResourceType();
            default -> throw new ScimException(404, null, "No such resource type.");
        };
    }

    @GET
    @Path("Schemas")
    public JsonObject schemas(@QueryParam("filter") String filter) {
        refuseFilter(filter);
        return listResponse(SCHEMAS.stream().map(this::schemaJson).toList());
    }

    @GET
    @Path("Schemas/{id}")
    public JsonObject schema(@PathParam("id") String id, @QueryParam("filter") String filter) {
        refuseFilter(filter);
        SchemaDefinition schema = SCHEMAS.stream().filter(candidate -> candidate.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new ScimException(404, null, "No such schema."));
        return schemaJson(schema);
    }

    /** RFC 7644 §4: "If a 'filter' is provided, the service provider SHOULD respond with HTTP status code 403". */
    private static void refuseFilter(String filter) {
        if (filter != null) {
            throw new ScimException(403, null, "Filtering is not supported on the discovery endpoints"
                    + " (RFC 7644 §4); ask without 'filter'.");
        }
    }

    private JsonObject schemaJson(SchemaDefinition schema) {
        return SchemaJson.of(schema, links().at("Schemas/" + schema.id()).toString());
    }

    private JsonObject userResourceType() {
        return resourceType("User", "User Account", ScimUrns.USER, JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("schema", ScimUrns.ENTERPRISE_USER).add("required", false)));
    }

    private JsonObject groupResourceType() {
        return resourceType("Group", "Group", ScimUrns.GROUP, null);
    }

    /** A ResourceType (RFC 7643 §6) served at {@code /<name>s}; {@code extensions} null when it has none. */
    private JsonObject resourceType(String name, String description, String schema, JsonArrayBuilder extensions) {
        JsonObjectBuilder type = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimUrns.RESOURCE_TYPE))
                .add("id", name)
                .add("name", name)
                .add("endpoint", "/" + name + "s")
                .add("description", description)
                .add("schema", schema);
        if (extensions != null) {
            type.add("schemaExtensions", extensions);
        }
        return type.add("meta", meta("ResourceType", "ResourceTypes/" + name)).build();
    }

    private static JsonObject listResponse(List<JsonObject> resources) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        resources.forEach(array::add);
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimUrns.LIST_RESPONSE))
                .add("totalResults", resources.size())
                .add("startIndex", 1)
                .add("itemsPerPage", resources.size())
                .add("Resources", array)
                .build();
    }

    private JsonObject meta(String resourceType, String path) {
        return JSON.createObjectBuilder().add("resourceType", resourceType)
                .add("location", links().at(path).toString()).build();
    }

    private ScimLinks links() {
        return ScimLinks.of(uriInfo.getBaseUri());
    }

    private static JsonObject supported(boolean supported) {
        return JSON.createObjectBuilder().add("supported", supported).build();
    }
}
