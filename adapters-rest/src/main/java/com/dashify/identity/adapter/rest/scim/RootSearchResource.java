package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.scim.filter.Filter;
import com.dashify.identity.adapter.rest.scim.filter.FilterParser;
import com.dashify.identity.adapter.rest.scim.filter.FilterScope;
import com.dashify.identity.adapter.rest.scim.filter.FilterScope.Scoped;
import com.dashify.identity.adapter.rest.scim.filter.GroupFilterTranslator;
import com.dashify.identity.adapter.rest.scim.filter.UserFilterTranslator;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.application.user.port.in.FindUsersUseCase;
import com.dashify.identity.application.user.port.in.FindUsersUseCase.FindUsersQuery;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /.search} (RFC 7644 §3.4.3): one search across Users and Groups. The filter reads on
 * each type as {@link FilterScope} says; the results are the matching users, in the users' default
 * order, then the matching groups, in theirs, paged by {@code startIndex} and {@code count} over
 * the two as one list. Sorting across types is refused (search one type to sort), as are cursors.
 */
@Path(".search")
@RequestScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class RootSearchResource {

    private static final String MEMBERS = "members";

    @Inject
    FindUsersUseCase findUsers;
    @Inject
    ReadGroupsUseCase readGroups;
    @Inject
    ScimRequest request;
    @Context
    ResourceContext resources;
    @Context
    UriInfo uriInfo;

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @POST
    public Response search(InputStream body) {
        SearchQuery query = SearchQuery.of(body);
        if (query.sortBy != null && !query.sortBy.isBlank()) {
            throw ScimException.invalidValue("Sorting is not supported across resource types; search"
                    + " /Users/.search or /Groups/.search to sort.");
        }
        ListParameters<UserSort> parameters = ListParameters.of(query.startIndex, query.count, null, query.sortOrder);
        // Without a filter, everything; with an empty one, the parser's error, never everything.
        Filter filter = query.filter == null ? null : FilterParser.parseFilter(query.filter);
        Scoped onUsers = filter == null ? null : FilterScope.onUsers(filter);
        Scoped onGroups = filter == null ? null : FilterScope.onGroups(filter);
        TenantId tenant = request.actor().tenantId();
        PageRequest page = parameters.page();

        Page<User> users = onUsers != null && onUsers.matchesNothing() ? new Page<>(List.of(), 0)
                : findUsers.find(new FindUsersQuery(tenant, onUsers == null || onUsers.matchesAll() ? UserFilter.all()
                        : UserFilterTranslator.translate(onUsers.filter()), UserSort.DEFAULT, page));
        // The groups fill what the users leave of the page, from where the users end.
        PageRequest groupPage = new PageRequest(Math.max(0, page.offset() - users.total()),
                page.limit() - users.items().size());
        Page<Group> groups = onGroups != null && onGroups.matchesNothing() ? new Page<>(List.of(), 0)
                : readGroups.find(tenant, onGroups == null || onGroups.matchesAll() ? GroupFilter.all()
                        : GroupFilterTranslator.translate(onGroups.filter()), GroupSort.DEFAULT, groupPage);

        AttributeSelection groupSelection = query.selection(ResourceSchemas.GROUP);
        return Response.ok(GroupJson.list(users.total() + groups.total(), parameters.startIndex(),
                resources.getResource(UsersResource.class).representations(users.items(),
                        query.selection(ResourceSchemas.USER)),
                groups.items(), ScimLinks.of(uriInfo.getBaseUri()), groupSelection, groupSelection.wants(MEMBERS)
                        ? group -> (after, limit) -> readGroups.members(tenant, group.id(), after, limit) : null))
                .build();
    }
}
