package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.scim.filter.FilterParser;
import com.dashify.identity.adapter.rest.scim.filter.FilterScope;
import com.dashify.identity.adapter.rest.scim.filter.FilterScope.Scopes;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;

/**
 * A search across Users and Groups (RFC 7644 §3.4.2, §3.4.3): {@code GET /?filter=…} and
 * {@code POST /.search}, which mean the same. The filter reads on each type as {@link FilterScope}
 * says; the results are the matching users, in the users' default order, then the matching groups,
 * in theirs, paged by {@code startIndex} and {@code count} over the two as one list, each shaped by
 * its own type's reading of {@code attributes} or {@code excludedAttributes}. Sorting and cursor
 * paging across types are refused (search one type for those).
 */
@Path("")
@ApplicationScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class RootSearchResource {

    private static final String MEMBERS = "members";

    @Inject
    FindUsersUseCase findUsers;
    @Inject
    ReadGroupsUseCase readGroups;
    @Inject
    UserRepresentations users;
    @Inject
    ScimRequest request;
    @Context
    UriInfo uriInfo;

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @POST
    @Path(".search")
    public Response searchByPost(InputStream body) {
        return search(SearchQuery.of(body));
    }

    @GET
    public Response search(@BeanParam SearchQuery query) {
        if (query.sortBy != null && !query.sortBy.isBlank()) {
            throw ScimException.invalidValue("Sorting is not supported across resource types; search"
                    + " /Users or /Groups to sort.");
        }
        if (query.cursor != null) {
            throw ScimException.invalidValue("Cursor paging is not supported across resource types; page by"
                    + " startIndex, or search /Users or /Groups by cursor.");
        }
        ListParameters<UserSort> parameters = ListParameters.of(query.startIndex, query.count, null, query.sortOrder);
        // Without a filter, everything; with an empty one, the parser's error, never everything.
        Scopes scopes = FilterScope.of(query.filter == null ? null : FilterParser.parseFilter(query.filter));
        AttributeSelection userSelection = query.selection(ResourceSchemas.USER);
        AttributeSelection groupSelection = query.selection(ResourceSchemas.GROUP);
        TenantId tenant = request.actor().tenantId();
        PageRequest page = parameters.page();

        Page<User> matchingUsers = scopes.users().matchesNothing() ? new Page<>(List.of(), 0)
                : findUsers.find(new FindUsersQuery(tenant, scopes.users().matchesAll() ? UserFilter.all()
                        : UserFilterTranslator.translate(scopes.users().filter()), UserSort.DEFAULT, page));
        // The groups fill what the users leave of the page, from where the users end.
        PageRequest groupPage = new PageRequest(Math.max(0, page.offset() - matchingUsers.total()),
                page.limit() - matchingUsers.items().size());
        Page<Group> groups = scopes.groups().matchesNothing() ? new Page<>(List.of(), 0)
                : readGroups.find(tenant, scopes.groups().matchesAll() ? GroupFilter.all()
                        : GroupFilterTranslator.translate(scopes.groups().filter()), GroupSort.DEFAULT, groupPage);

        ScimLinks links = ScimLinks.of(uriInfo.getBaseUri());
        return Response.ok(GroupJson.list(matchingUsers.total() + groups.total(), parameters.startIndex(),
                users.of(matchingUsers.items(), userSelection, links), groups.items(), links, groupSelection,
                groupSelection.wants(MEMBERS) ? GroupJson.membersOf(readGroups, tenant) : null)).build();
    }
}
