package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.filter.FilterParser;
import com.dashify.identity.adapter.rest.scim.filter.UserFilterTranslator;
import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.application.user.port.in.FindUsersUseCase;
import com.dashify.identity.application.user.port.in.FindUsersUseCase.FindUsersQuery;
import com.dashify.identity.application.user.port.in.GetUserUseCase;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * The SCIM Users endpoint (RFC 7644 §3.3 to §3.6): create, read, search, replace, patch and
 * delete. Every write goes through an in-port; a user of another tenant, a deleted user and a
 * malformed id are all the same 404. Each answer shows the user's groups (read-only, RFC 7643
 * §4.1.2), read for a whole page at once, unless {@code excludedAttributes} or {@code attributes}
 * leaves them out. {@code attributes} and {@code excludedAttributes} shape every body answered,
 * those of writes included.
 */
@Path("Users")
@ApplicationScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class UsersResource {

    @Inject
    UserWrites writes;
    @Inject
    GetUserUseCase getUser;
    @Inject
    FindUsersUseCase findUsers;
    @Inject
    UserRepresentations representations;
    @Inject
    CursorPaging cursorPaging;
    @Inject
    ScimRequest request;
    @Context
    UriInfo uriInfo;

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @POST
    public Response create(@BeanParam ProjectionQuery projection, InputStream body) {
        User user = writes.create(read(body), request::context);
        URI location = location(user);
        return Response.created(location).tag(entityTag(user))
                .entity(representations.ofCreated(user, projection.selection(ResourceSchemas.USER), links())).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch,
                        @BeanParam ProjectionQuery projection) {
        UserId userId = UserWrites.parseId(id);
        User user = getUser.get(request.actor().tenantId(), userId)
                .orElseThrow(() -> new UserNotFoundException(userId));
        return ETags.read(ifNoneMatch, user.version(), location(user),
                () -> representation(user, projection.selection(ResourceSchemas.USER)));
    }

    /** {@code POST .search} (RFC 7644 §3.4.3): the same search as the GET, its parameters in the body. */
    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @POST
    @Path(".search")
    public Response searchByPost(InputStream body) {
        return search(SearchQuery.of(body));
    }

    @GET
    public Response search(@BeanParam SearchQuery query) {
        ListParameters<UserSort> parameters = ListParameters.of(query.startIndex, query.count, query.sortBy,
                query.sortOrder);
        // Without a filter, every user; with an empty one, an error (the parser's), never every user.
        UserFilter criteria = query.filter == null ? UserFilter.all()
                : UserFilterTranslator.translate(FilterParser.parseFilter(query.filter));
        if (query.cursor != null) {
            return searchByCursor(query, criteria);
        }
        Page<User> page = findUsers.find(new FindUsersQuery(request.actor().tenantId(), criteria,
                parameters.sort(), parameters.page()));
        return Response.ok(JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimUrns.LIST_RESPONSE))
                .add("totalResults", page.total())
                .add("startIndex", parameters.startIndex())
                .add("itemsPerPage", page.items().size())
                .add("Resources", resources(page.items(), query.selection(ResourceSchemas.USER)))
                .build()).build();
    }

    /** A search paged by cursor (RFC 9865); see {@link CursorPaging}. */
    private Response searchByCursor(SearchQuery query, UserFilter criteria) {
        ListParameters<UserSort> parameters = ListParameters.of(null, query.count, query.sortBy, query.sortOrder);
        CursorPaging.requireCursorCompatible(query, CursorPaging.byCreation(query.sortBy, ScimUrns.USER),
                parameters.count());
        TenantId tenant = request.actor().tenantId();
        CursorPaging.CursorPage<User> page = cursorPaging.page(tenant,
                "Users\n" + (query.filter == null ? "" : "filter " + query.filter), query.cursor,
                parameters.sort().descending(), parameters.count(),
                keyset -> findUsers.findFrom(tenant, criteria, keyset),
                user -> new Keyset(user.createdAt(), user.id().toString()),
                () -> findUsers.find(new FindUsersQuery(tenant, criteria, UserSort.DEFAULT, new PageRequest(0, 0)))
                        .total());
        return Response.ok(CursorPaging.listResponse(page, resources(page.items(),
                query.selection(ResourceSchemas.USER)))).build();
    }

    /** The users of a page as resources. */
    private JsonArrayBuilder resources(List<User> users, AttributeSelection selection) {
        JsonArrayBuilder resources = JSON.createArrayBuilder();
        representations.of(users, selection, links()).forEach(resources::add);
        return resources;
    }

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @BeanParam ProjectionQuery projection, InputStream body) {
        UserId userId = UserWrites.parseId(id);
        User user = writes.replace(userId, id, ifMatch, read(body), request::context);
        return ETags.tagged(user.version(), location(user), representation(user,
                projection.selection(ResourceSchemas.USER)));
    }

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                          @BeanParam ProjectionQuery projection, InputStream body) {
        UserId userId = UserWrites.parseId(id);
        User user = writes.patch(userId, ifMatch, read(body), request::context);
        return ETags.tagged(user.version(), location(user), representation(user,
                projection.selection(ResourceSchemas.USER)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        writes.delete(UserWrites.parseId(id), ifMatch, request::context);
        return Response.noContent().build();
    }

    /** One user as a body, with its groups unless the request leaves them out. */
    private JsonObject representation(User user, AttributeSelection selection) {
        return representations.of(user, selection, links());
    }

    private ScimLinks links() {
        return ScimLinks.of(uriInfo.getBaseUri());
    }

    private static JsonObject read(InputStream body) {
        return JsonBodies.parseObject(JsonBodies.readBounded(body));
    }

    private URI location(User user) {
        return uriInfo.getBaseUriBuilder().path("Users").path(user.id().toString()).build();
    }

    private static EntityTag entityTag(User user) {
        return ETags.entityTag(user.version());
    }
}
