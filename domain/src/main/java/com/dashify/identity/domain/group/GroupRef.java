package com.dashify.identity.domain.group;

import com.dashify.identity.domain.user.ExternalId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A group a user belongs to, as a role mapping sees it: an entry of the mapping matches the group
 * when it equals the group's id, its external id or its display name (compared without case, as
 * every mapping value is). The id and the external id survive a rename in the directory; the
 * display name does not.
 */
public record GroupRef(GroupId id, GroupName displayName, ExternalId externalId) {

    public GroupRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The values a role mapping entry may name this group by. */
    public Set<String> mappingValues() {
        Set<String> values = new HashSet<>();
        values.add(id.toString());
        values.add(displayName.value());
        if (externalId != null) {
            values.add(externalId.value());
        }
        return values;
    }

    /** The mapping values of all these groups together. */
    public static Set<String> mappingValuesOf(Iterable<GroupRef> groups) {
        Set<String> values = new HashSet<>();
        groups.forEach(group -> values.addAll(group.mappingValues()));
        return values;
    }
}
