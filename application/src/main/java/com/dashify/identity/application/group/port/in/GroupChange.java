package com.dashify.identity.application.group.port.in;

import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.group.MembershipChange;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client asks to change in a group: its name, its external id, its members, or any of
 * them. A PUT names all three ({@link #replacing}); a PATCH only what its operations touch.
 */
public final class GroupChange {

    /** How many unknown members a refusal names; the rest are counted. */
    private static final int NAMED_UNKNOWN = 5;

    private GroupName displayName;
    private boolean externalIdNamed;
    private ExternalId externalId;
    private final MembershipChange members = MembershipChange.none();

    /** A change that names nothing yet. */
    public static GroupChange none() {
        return new GroupChange();
    }

    /** What a PUT asks: this name, this external id (null: none), and exactly these members. */
    public static GroupChange replacing(GroupName displayName, ExternalId externalId,
                                        Collection<UserId> members) {
        GroupChange change = new GroupChange().rename(displayName).changeExternalId(externalId);
        change.members.replaceWith(members);
        return change;
    }

    /**
     * What a refusal of members that are no users of the tenant says, naming the first few: the
     * same words whether the adapter sees that a value is no id at all, or the use case that it is
     * nobody's in the tenant.
     */
    public static String unknownMembers(List<String> unknown) {
        return "names no user of this tenant: " + String.join(", ", unknown.subList(0, Math.min(NAMED_UNKNOWN,
                unknown.size()))) + (unknown.size() > NAMED_UNKNOWN ? " and " + (unknown.size() - NAMED_UNKNOWN)
                + " more" : "");
    }

    public GroupChange rename(GroupName newName) {
        displayName = Objects.requireNonNull(newName, "displayName");
        return this;
    }

    /** Sets the external id, or clears it with null. */
    public GroupChange changeExternalId(ExternalId newExternalId) {
        externalIdNamed = true;
        externalId = newExternalId;
        return this;
    }

    /** The members' change, for the caller to add operations to in order. */
    public MembershipChange members() {
        return members;
    }

    public Optional<GroupName> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** Whether the change names the external id: then {@link #externalId()} is what it becomes. */
    public boolean namesExternalId() {
        return externalIdNamed;
    }

    public Optional<ExternalId> externalId() {
        return Optional.ofNullable(externalId);
    }
}
