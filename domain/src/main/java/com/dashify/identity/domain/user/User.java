package com.dashify.identity.domain.user;

import com.dashify.identity.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's account in one tenant, and the aggregate that guards its lifecycle. Every change is an
 * explicit transition that records a {@link UserEvent}, so that callers can react to what happened
 * (a deactivation closes every way in) rather than to which fields differ.
 */
public final class User {

    private final UserId id;
    private final TenantId tenantId;
    private UserName userName;
    private ExternalId externalId;
    private UserProfile profile;
    private Role role;
    private boolean active;
    private final Instant createdAt;
    private Instant lastModifiedAt;
    private Instant deletedAt;
    private final long version;
    private final List<UserEvent> events = new ArrayList<>();

    private User(UserId id, TenantId tenantId, UserName userName, ExternalId externalId, UserProfile profile,
                 Role role, boolean active, Instant createdAt, Instant lastModifiedAt, Instant deletedAt,
                 long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.userName = Objects.requireNonNull(userName, "userName");
        this.externalId = externalId;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.role = Objects.requireNonNull(role, "role");
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastModifiedAt = Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        this.deletedAt = deletedAt;
        this.version = version;
    }

    /** Creates a user; a directory may create one already inactive (staged hires). */
    public static User provision(UserId id, TenantId tenantId, UserName userName, ExternalId externalId,
                                 UserProfile profile, Role role, boolean active, Instant now) {
        User user = new User(id, tenantId, userName, externalId, profile, role, active, now, now, null, 0);
        user.events.add(new UserEvent.Provisioned(id, now, role, active));
        return user;
    }

    /** Rebuilds a stored user; records no event. */
    public static User restore(UserId id, TenantId tenantId, UserName userName, ExternalId externalId,
                               UserProfile profile, Role role, boolean active, Instant createdAt,
                               Instant lastModifiedAt, Instant deletedAt, long version) {
        return new User(id, tenantId, userName, externalId, profile, role, active, createdAt, lastModifiedAt,
                deletedAt, version);
    }

    /** Replaces identity and profile attributes; does nothing when nothing differs. */
    public void updateProfile(UserName newUserName, ExternalId newExternalId, UserProfile newProfile, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newUserName, "userName");
        Objects.requireNonNull(newProfile, "profile");
        if (userName.equals(newUserName) && Objects.equals(externalId, newExternalId) && profile.equals(newProfile)) {
            return;
        }
        userName = newUserName;
        externalId = newExternalId;
        profile = newProfile;
        touch(now);
        events.add(new UserEvent.ProfileUpdated(id, now));
    }

    public void changeRole(Role newRole, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newRole, "role");
        if (role == newRole) {
            return;
        }
        Role previous = role;
        role = newRole;
        touch(now);
        events.add(new UserEvent.RoleChanged(id, now, previous, newRole));
    }

    public void deactivate(Instant now) {
        requireNotDeleted();
        if (!active) {
            return;
        }
        active = false;
        touch(now);
        events.add(new UserEvent.Deactivated(id, now));
    }

    public void reactivate(Instant now) {
        requireNotDeleted();
        if (active) {
            return;
        }
        active = true;
        touch(now);
        events.add(new UserEvent.Reactivated(id, now));
    }

    /** Soft delete: the user is deactivated first, so that everything a deactivation closes closes. */
    public void delete(Instant now) {
        requireNotDeleted();
        deactivate(now);
        deletedAt = now;
        touch(now);
        events.add(new UserEvent.Deleted(id, now));
    }

    /** Hands over the events recorded since the last call. */
    public List<UserEvent> pullEvents() {
        List<UserEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void requireNotDeleted() {
        if (deletedAt != null) {
            throw new UserDeletedException(id);
        }
    }

    private void touch(Instant now) {
        lastModifiedAt = Objects.requireNonNull(now, "now");
    }

    public UserId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public UserName userName() {
        return userName;
    }

    public Optional<ExternalId> externalId() {
        return Optional.ofNullable(externalId);
    }

    public UserProfile profile() {
        return profile;
    }

    public Role role() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    /** The stored revision this state was read at; the store increments it on each write. */
    public long version() {
        return version;
    }

    /** Whether this user may act as an organisation administrator right now. */
    public boolean isActiveOrgAdmin() {
        return active && deletedAt == null && role == Role.ORG_ADMIN;
    }
}
