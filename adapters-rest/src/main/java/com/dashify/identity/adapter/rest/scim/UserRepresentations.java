package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Users as a SCIM answer carries them: each with its groups (read for a whole page at once, never
 * once per user, and not at all when the selection leaves them out), shaped by the request's
 * {@code attributes} or {@code excludedAttributes}. Shared by {@code /Users} and {@code /.search}.
 */
@ApplicationScoped
public class UserRepresentations {

    private static final String GROUPS = "groups";

    @Inject
    ReadGroupsUseCase readGroups;

    /** One user, as answered by a GET, POST, PUT or PATCH. */
    JsonObject of(User user, AttributeSelection selection, ScimLinks links) {
        return of(List.of(user), selection, links).get(0);
    }

    /**
     * A user the request has just created: no group can hold it yet (its id was unknown until now),
     * so its groups are known to be none without a read.
     */
    JsonObject ofCreated(User user, AttributeSelection selection, ScimLinks links) {
        return shaped(List.of(user), selection, links, Map.of()).get(0);
    }

    /** The users of a page, in its order. */
    List<JsonObject> of(List<User> users, AttributeSelection selection, ScimLinks links) {
        // Asked once for the page: the answer resolves names against the schemas.
        Map<UserId, List<GroupRef>> groups = !selection.wants(GROUPS) || users.isEmpty() ? Map.of()
                : readGroups.groupsOf(users.get(0).tenantId(), users.stream().map(User::id).toList());
        return shaped(users, selection, links, groups);
    }

    /** The users with the groups already known of them (a user missing from {@code groups} is in none). */
    private static List<JsonObject> shaped(List<User> users, AttributeSelection selection, ScimLinks links,
                                           Map<UserId, List<GroupRef>> groups) {
        boolean withGroups = selection.wants(GROUPS);
        return users.stream().map(user -> selected(selection, ScimUserMapper.toResource(user, links.user(user.id()),
                withGroups ? groups.getOrDefault(user.id(), List.of()) : null, links).toJson())).toList();
    }

    /** The mapper writes every attribute returned by default, and only those: the default selection changes nothing. */
    private static JsonObject selected(AttributeSelection selection, JsonObject resource) {
        return selection.isDefault() ? resource : selection.apply(resource);
    }
}
