package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's account in one tenant, and the aggregate that guards its lifecycle. Every change is an
 * explicit transition that records a {@link UserEvent}, so that callers can react to what happened
 * (a deactivation closes every way in) rather than to which fields differ.
 */
public final class User {

    /** Identity providers send up to a few hundred groups; more is misconfiguration. */
    public static final int MAX_IDP_GROUPS = 500;

    private final UserId id;
    private final TenantId tenantId;
    private UserName userName;
    private ExternalId externalId;
    private UserProfile profile;
    private Role role;
    private Set<String> idpGroups;
    private boolean active;
    private final Instant createdAt;
    private Instant lastModifiedAt;
    private Instant deletedAt;
    private final long version;
    private final List<UserEvent> events = new ArrayList<>();

    private User(UserId id, TenantId tenantId, UserName userName, ExternalId externalId, UserProfile profile,
                 Role role, Set<String> idpGroups, boolean active, Instant createdAt, Instant lastModifiedAt,
                 Instant deletedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.userName = Objects.requireNonNull(userName, "userName");
        this.externalId = externalId;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.role = Objects.requireNonNull(role, "role");
        this.idpGroups = Set.copyOf(idpGroups);
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastModifiedAt = Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        this.deletedAt = deletedAt;
        this.version = version;
    }

    /** Creates a user; a directory may create one already inactive (staged hires). */
    public static User provision(UserId id, TenantId tenantId, UserName userName, ExternalId externalId,
                                 UserProfile profile, Role role, boolean active, Instant now) {
        User user = new User(id, tenantId, userName.requireVisible(), externalId, profile, role, Set.of(), active,
                now, now, null, 0);
        user.events.add(new UserEvent.Provisioned(id, now, role, active));
        return user;
    }

    /** Rebuilds a stored user; records no event. */
    public static User restore(UserId id, TenantId tenantId, UserName userName, ExternalId externalId,
                               UserProfile profile, Role role, Set<String> idpGroups, boolean active,
                               Instant createdAt, Instant lastModifiedAt, Instant deletedAt, long version) {
        return new User(id, tenantId, userName, externalId, profile, role, idpGroups, active, createdAt,
                lastModifiedAt, deletedAt, version);
    }

    /** Replaces identity and profile attributes; does nothing when nothing differs. */
    public void updateProfile(UserName newUserName, ExternalId newExternalId, UserProfile newProfile, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newUserName, "userName");
        Objects.requireNonNull(newProfile, "profile");
        if (userName.equals(newUserName) && Objects.equals(externalId, newExternalId) && profile.equals(newProfile)) {
            return;
        }
        // A name stored before names had to be visible stays usable; only a new name is checked.
        userName = userName.equals(newUserName) ? userName : newUserName.requireVisible();
        externalId = newExternalId;
        profile = newProfile;
        touch(now);
        events.add(new UserEvent.ProfileUpdated(id, now));
    }

    /**
     * Keeps the groups the identity provider named at this SSO sign-in (at most
     * {@link #MAX_IDP_GROUPS}), so that the role mapping can use them until the next sign-in. Not a
     * directory attribute: the SCIM representation and its last-modified time are unaffected.
     */
    public void recordIdpGroups(Set<String> groups) {
        requireNotDeleted();
        if (groups.size() > MAX_IDP_GROUPS) {
            throw new InvalidValueException("groups", "must have at most " + MAX_IDP_GROUPS + " values");
        }
        Set<String> checked = groups.stream().map(group -> Values.requiredText("groups", group, 256))
                .collect(Collectors.toUnmodifiableSet());
        idpGroups = checked;
    }

    /**
     * Applies the tenant's role mapping to what is known of the user now: its profile, the groups of
     * its last SSO sign-in, and the values of the SCIM groups it is a member of.
     */
    public void applyRoleMapping(RoleMapping mapping, Set<String> scimGroupValues, Instant now) {
        changeRole(mapping.roleFor(profile, idpGroups, scimGroupValues), now);
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

    /** The groups named at the user's last SSO sign-in; empty before one. */
    public Set<String> idpGroups() {
        return idpGroups;
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
