package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.filter.FilterParser;
import com.dashify.identity.adapter.rest.scim.filter.GroupFilterTranslator;
import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
import com.dashify.identity.application.group.port.in.GroupNotFoundException;
import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * The SCIM Groups endpoint (RFC 7644 §3.3 to §3.6). Members are written as they are read, a
 * slice at a time, and not read at all when {@code excludedAttributes=members} (Entra asks so on
 * every read); a PATCH answers 204 with the new ETag, so that adding one member to a group of a
 * hundred thousand reads none of the others. A group of another tenant and a malformed id are the
 * same 404.
 */
@Path("Groups")
@ApplicationScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class GroupsResource {

    private static final String MEMBERS = "members";

    @Inject
    GroupWrites writes;
    @Inject
    ReadGroupsUseCase readGroups;
    @Inject
    CursorPaging cursorPaging;
    @Inject
    ScimRequest request;
    @Context
    UriInfo uriInfo;

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @POST
    public Response create(@BeanParam ProjectionQuery projection, InputStream body) {
        Group group = writes.create(read(body), request::context);
        return Response.created(links().group(group.id())).tag(ETags.entityTag(group.version()))
                .entity(resource(group, projection.selection(ResourceSchemas.GROUP))).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch,
                        @BeanParam ProjectionQuery projection) {
        GroupId groupId = GroupWrites.parseId(id);
        Group group = readGroups.get(tenant(), groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
        return ETags.read(ifNoneMatch, group.version(), links().group(group.id()),
                () -> resource(group, projection.selection(ResourceSchemas.GROUP)));
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
        ListParameters<GroupSort> parameters = ListParameters.ofGroups(query.startIndex, query.count,
                query.sortBy, query.sortOrder);
        // Without a filter, every group; with an empty one, an error (the parser's), never every group.
        GroupFilter criteria = query.filter == null ? GroupFilter.all()
                : GroupFilterTranslator.translate(FilterParser.parseFilter(query.filter));
        TenantId tenant = tenant();
        AttributeSelection selection = query.selection(ResourceSchemas.GROUP);
        if (query.cursor != null) {
            return searchByCursor(query, criteria, selection);
        }
        Page<Group> page = readGroups.find(tenant, criteria, parameters.sort(), parameters.page());
        return Response.ok(GroupJson.list(page, parameters.startIndex(), links(), selection, selection.wants(MEMBERS)
                ? GroupJson.membersOf(readGroups, tenant) : null)).build();
    }

    /** A search paged by cursor (RFC 9865); see {@link CursorPaging}. */
    private Response searchByCursor(SearchQuery query, GroupFilter criteria, AttributeSelection selection) {
        ListParameters<GroupSort> parameters = ListParameters.ofGroups(null, query.count, query.sortBy,
                query.sortOrder);
        CursorPaging.requireCursorCompatible(query, CursorPaging.byCreation(query.sortBy, ScimUrns.GROUP),
                parameters.count());
        TenantId tenant = tenant();
        CursorPaging.CursorPage<Group> page = cursorPaging.page(tenant,
                "Groups\n" + (query.filter == null ? "" : "filter " + query.filter), query.cursor,
                parameters.sort().descending(), parameters.count(),
                keyset -> readGroups.findFrom(tenant, criteria, keyset),
                group -> new Keyset(group.createdAt(), group.id().toString()),
                () -> readGroups.find(tenant, criteria, GroupSort.DEFAULT, new PageRequest(0, 0)).total());
        return Response.ok(GroupJson.cursorList(page, links(), selection, selection.wants(MEMBERS)
                ? GroupJson.membersOf(readGroups, tenant) : null)).build();
    }

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @BeanParam ProjectionQuery projection, InputStream body) {
        GroupId groupId = GroupWrites.parseId(id);
        Group group = writes.replace(groupId, id, ifMatch, read(body), request::context);
        return ETags.tagged(group.version(), links().group(group.id()),
                resource(group, projection.selection(ResourceSchemas.GROUP)));
    }

    /**
     * 204 and the new ETag: the same answer every time, and no member read to give it; 200 with the
     * group, as selected, when the request names {@code attributes} (RFC 7644 §3.5.2: "The server
     * MUST return a 200 OK if the 'attributes' parameter is specified in the request").
     */
    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                          @BeanParam ProjectionQuery projection, InputStream body) {
        GroupId groupId = GroupWrites.parseId(id);
        Group group = writes.patch(groupId, ifMatch, read(body), request::context);
        if (projection.namesAttributes()) {
            return ETags.tagged(group.version(), links().group(group.id()),
                    resource(group, projection.selection(ResourceSchemas.GROUP)));
        }
        return Response.noContent().tag(ETags.entityTag(group.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        writes.delete(GroupWrites.parseId(id), ifMatch, request::context);
        return Response.noContent().build();
    }

    /** The group as a body; its members only when asked for, their first slice read before the status is sent. */
    private Object resource(Group group, AttributeSelection selection) {
        TenantId tenant = tenant();
        return GroupJson.resource(group, links(), selection, selection.wants(MEMBERS)
                ? GroupJson.firstSliceRead(GroupJson.membersOf(readGroups, tenant).apply(group)) : null);
    }

    private static JsonObject read(InputStream body) {
        return JsonBodies.parseObject(JsonBodies.readBounded(body));
    }

    private TenantId tenant() {
        return request.actor().tenantId();
    }

    private ScimLinks links() {
        return ScimLinks.of(uriInfo.getBaseUri());
    }
}
