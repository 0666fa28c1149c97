package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.scim.ScimValues.string;

import com.dashify.identity.adapter.rest.scim.filter.AttributePath;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.group.port.in.GroupChange;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase.GroupDraft;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the writable attributes of a SCIM Group resource: {@code displayName}, {@code externalId}
 * and the {@code value} of each member. Read-only and unknown attributes are ignored (RFC 7644
 * §3.3, §3.5.1): {@code id}, {@code meta}, and a member's {@code display}, {@code type} and
 * {@code $ref}, which Okta sends beside its {@code value}.
 */
final class ScimGroupMapper {

    private ScimGroupMapper() {
    }

    /** The group a POST or PUT describes. */
    static GroupDraft toDraft(ScimObject resource) {
        return new GroupDraft(displayName(resource.get("displayName")),
                ExternalId.ofNullable(string(resource, "externalId", "externalId")),
                new LinkedHashSet<>(memberIds(resource.get("members"), true)));
    }

    /** A new {@code displayName}: required, so absent or blank is an {@code invalidValue}. */
    static GroupName displayName(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw ScimException.invalidValue("'displayName' is required and must not be blank.");
        }
        if (!(value instanceof String text)) {
            throw ScimException.invalidValue("'displayName' must be a string.");
        }
        return new GroupName(text);
    }

    /**
     * The user ids a {@code members} value names: an array of members (or one member alone), each
     * with its {@code value}. A value that is no id of ours can name no user of the tenant: a member
     * to be ({@code joining}) is refused as the use case refuses an unknown id, naming it; a member
     * to remove is skipped, as removing a non-member is no error.
     */
    static List<UserId> memberIds(Object value, boolean joining) {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<UserId> ids = new ArrayList<>(items.size());
        Set<String> unknown = new LinkedHashSet<>();
        for (Object item : items) {
            if (!(item instanceof ScimObject member)) {
                throw ScimException.invalidValue("Each of 'members' must be an object with a 'value'.");
            }
            String id = string(member, "value", "members.value");
            if (id == null) {
                throw ScimException.invalidValue("Each of 'members' needs a 'value': the id of a user.");
            }
            UserId.parse(id).ifPresentOrElse(ids::add, () -> {
                if (joining) {
                    unknown.add(AttributePath.abbreviate(id));
                }
            });
        }
        if (!unknown.isEmpty()) {
            throw ScimException.invalidValue("members " + GroupChange.unknownMembers(List.copyOf(unknown)));
        }
        return ids;
    }
}
