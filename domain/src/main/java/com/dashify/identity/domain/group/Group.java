package com.dashify.identity.domain.group;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.ExternalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group the directory provisions, as Dashify keeps it: its name and external id. Its members are
 * not held here: a group can have hundreds of thousands, and adding one must not read the others,
 * so memberships are stored and changed one by one beside it. A change of membership still
 * {@linkplain #membersChanged touches} the group, whose version (its ETag) then moves on.
 */
public final class Group {

    private final GroupId id;
    private final TenantId tenantId;
    private GroupName displayName;
    private ExternalId externalId;
    private final Instant createdAt;
    private Instant lastModifiedAt;
    private final long version;
    private final List<GroupEvent> events = new ArrayList<>();

    private Group(GroupId id, TenantId tenantId, GroupName displayName, ExternalId externalId, Instant createdAt,
                  Instant lastModifiedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.externalId = externalId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastModifiedAt = Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        this.version = version;
    }

    /** Creates a group; its name must be visible. */
    public static Group create(GroupId id, TenantId tenantId, GroupName displayName, ExternalId externalId,
                               Instant now) {
        Group group = new Group(id, tenantId, displayName.requireVisible(), externalId, now, now, 0);
        group.events.add(new GroupEvent.Created(id, now));
        return group;
    }

    /** Rebuilds a stored group; records no event. */
    public static Group restore(GroupId id, TenantId tenantId, GroupName displayName, ExternalId externalId,
                                Instant createdAt, Instant lastModifiedAt, long version) {
        return new Group(id, tenantId, displayName, externalId, createdAt, lastModifiedAt, version);
    }

    /** Gives the group another name; the same name, in any case, changes nothing. */
    public void rename(GroupName newName, Instant now) {
        Objects.requireNonNull(newName, "displayName");
        if (displayName.value().equals(newName.value())) {
            return;
        }
        GroupName previous = displayName;
        // A change of case only is the same group name, and allowed; any other must be visible.
        displayName = previous.sameAs(newName) ? newName : newName.requireVisible();
        lastModifiedAt = now;
        events.add(new GroupEvent.Renamed(id, now, previous, displayName));
    }

    /** Sets or clears the identifier the directory gives the group. */
    public void changeExternalId(ExternalId newExternalId, Instant now) {
        if (Objects.equals(externalId, newExternalId)) {
            return;
        }
        externalId = newExternalId;
        lastModifiedAt = now;
        events.add(new GroupEvent.ExternalIdChanged(id, now));
    }

    /** Members joined or left: the group's representation changed, so does its last-modified time. */
    public void membersChanged(Instant now) {
        lastModifiedAt = Objects.requireNonNull(now, "now");
    }

    /** The group is about to be deleted, with every membership it has. */
    public void delete(Instant now) {
        events.add(new GroupEvent.Deleted(id, now));
    }

    /** Hands over the events recorded since the last call. */
    public List<GroupEvent> pullEvents() {
        List<GroupEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** What a role mapping can match this group by. */
    public GroupRef ref() {
        return new GroupRef(id, displayName, externalId);
    }

    public GroupId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public GroupName displayName() {
        return displayName;
    }

    public Optional<ExternalId> externalId() {
        return Optional.ofNullable(externalId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }

    /** The stored revision this state was read at; the store increments it on each write. */
    public long version() {
        return version;
    }
}
