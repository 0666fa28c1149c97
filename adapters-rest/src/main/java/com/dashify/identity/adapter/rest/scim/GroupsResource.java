package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.filter.FilterParser;
import com.dashify.identity.adapter.rest.scim.filter.GroupFilterTranslator;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.patch.PatchOperation;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.group.port.in.ChangeGroupUseCase;
import com.dashify.identity.application.group.port.in.ChangeGroupUseCase.ChangeGroupCommand;
import com.dashify.identity.application.group.port.in.DeleteGroupUseCase;
import com.dashify.identity.application.group.port.in.GroupChange;
import com.dashify.identity.application.group.port.in.GroupNotFoundException;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase.GroupDraft;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase.ProvisionGroupCommand;
import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.List;
import java.util.Set;

/**
 * The SCIM Groups endpoint (RFC 7644 §3.3 to §3.6). Members are written as they are read, a
 * slice at a time, and not read at all when {@code excludedAttributes=members} (Entra asks so on
 * every read); a PATCH answers 204 with the new ETag, so that adding one member to a group of a
 * hundred thousand reads none of the others. A group of another tenant and a malformed id are the
 * same 404.
 */
@Path("Groups")
@RequestScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class GroupsResource {

    private static final String MEMBERS = "members";

    @Inject
    ProvisionGroupUseCase provisionGroup;
    @Inject
    ChangeGroupUseCase changeGroup;
    @Inject
    DeleteGroupUseCase deleteGroup;
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
        JsonObject json = groupBody(body);
        GroupDraft draft = ScimGroupMapper.toDraft(ScimObject.fromJson(json));
        Group group = provisionGroup.provision(new ProvisionGroupCommand(request.actor(), draft,
                request.context(AuditPayloads.allowedForGroup(json))));
        return Response.created(links().group(group.id())).tag(ETags.entityTag(group.version()))
                .entity(resource(group, projection.projection())).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch,
                        @BeanParam ProjectionQuery projection) {
        GroupId groupId = parseId(id);
        Group group = readGroups.get(tenant(), groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
        return ETags.read(ifNoneMatch, group.version(), links().group(group.id()),
                () -> resource(group, projection.projection()));
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
        boolean members = query.projection().includes(MEMBERS);
        if (query.cursor != null) {
            return searchByCursor(query, criteria, members);
        }
        Page<Group> page = readGroups.find(tenant, criteria, parameters.sort(), parameters.page());
        return Response.ok(GroupJson.list(page, parameters.startIndex(), links(), members
                ? group -> (after, limit) -> readGroups.members(tenant, group.id(), after, limit) : null)).build();
    }

    /** A search paged by cursor (RFC 9865); see {@link CursorPaging}. */
    private Response searchByCursor(SearchQuery query, GroupFilter criteria, boolean members) {
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
        return Response.ok(GroupJson.cursorList(page, links(), members
                ? group -> (after, limit) -> readGroups.members(tenant, group.id(), after, limit) : null)).build();
    }

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @BeanParam ProjectionQuery projection, InputStream body) {
        GroupId groupId = parseId(id);
        JsonObject json = groupBody(body);
        ScimBodies.requireSameId(json, id);
        ScimObject resource = ScimObject.fromJson(json);
        GroupDraft wanted = ScimGroupMapper.toDraft(resource);
        // A PUT without members leaves them as they are (RFC 7644 §3.5.1 lets a server keep what is
        // omitted): a rename must not empty a group, and demote everyone in it, by leaving them out.
        GroupChange change = GroupChange.none().rename(wanted.displayName()).changeExternalId(wanted.externalId());
        if (resource.get("members") != null) {
            change.members().replaceWith(wanted.members());
        }
        Group group = change(groupId, ifMatch, change, json);
        return ETags.tagged(group.version(), links().group(group.id()), resource(group, projection.projection()));
    }

    /** 204 and the new ETag, every time: the same answer, and no member read to give it. */
    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, InputStream body) {
        GroupId groupId = parseId(id);
        JsonObject json = JsonBodies.parseObject(JsonBodies.readBounded(body));
        List<PatchOperation> operations = PatchOperation.readRequest(json);
        Group group = change(groupId, ifMatch, GroupPatch.translate(groupId, operations), json);
        return Response.noContent().tag(ETags.entityTag(group.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        deleteGroup.delete(request.actor(), parseId(id), ETags.expectedVersion(ifMatch), request.context(null));
        return Response.noContent().build();
    }

    private Group change(GroupId groupId, String ifMatch, GroupChange change, JsonObject json) {
        return changeGroup.change(new ChangeGroupCommand(request.actor(), groupId, ETags.expectedVersion(ifMatch),
                change, request.context(AuditPayloads.allowedForGroup(json))));
    }

    /** The group as a body; its members only when asked for, their first slice read before the status is sent. */
    private Object resource(Group group, Projection projection) {
        TenantId tenant = tenant();
        return GroupJson.resource(group, links(), projection.includes(MEMBERS) ? GroupJson.firstSliceRead(
                (after, limit) -> readGroups.members(tenant, group.id(), after, limit)) : null);
    }

    /**
     * Reads a body that must be a Group resource. Entra lists its own group schema beside the core
     * one; it declares nothing this service keeps, so it is accepted, and any other is refused, as
     * on Users.
     */
    private static JsonObject groupBody(InputStream body) {
        return ScimBodies.resource(body, ScimUrns.GROUP, Set.of(ScimUrns.ENTRA_GROUP));
    }

    /** Anything that is not one of our ids names no group: the same 404 as an unknown id. */
    private static GroupId parseId(String id) {
        return GroupId.parse(id).orElseThrow(() -> new ScimException(404, null, "The group does not exist."));
    }

    private TenantId tenant() {
        return request.actor().tenantId();
    }

    private ScimLinks links() {
        return ScimLinks.of(uriInfo.getBaseUri());
    }
}
