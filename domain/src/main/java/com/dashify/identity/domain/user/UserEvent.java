package com.dashify.identity.domain.user;

import java.time.Instant;

/** Something that happened to a user, recorded by the aggregate as it happens. */
public sealed interface UserEvent {

    UserId userId();

    Instant occurredAt();

    /** A short name for the audit trail, such as {@code deactivated}. */
    String name();

    /** The user was created. */
    record Provisioned(UserId userId, Instant occurredAt, Role role, boolean active) implements UserEvent {
        public String name() {
            return "provisioned";
        }
    }

    /** Identity or profile attributes changed. */
    record ProfileUpdated(UserId userId, Instant occurredAt) implements UserEvent {
        public String name() {
            return "profile_updated";
        }
    }

    /** The Dashify role changed. */
    record RoleChanged(UserId userId, Instant occurredAt, Role from, Role to) implements UserEvent {
        public String name() {
            return "role_changed";
        }
    }

    /** The user lost access; everything that lets them in must close. */
    record Deactivated(UserId userId, Instant occurredAt) implements UserEvent {
        public String name() {
            return "deactivated";
        }
    }

    /** The user may sign in again; old sessions and tokens stay closed. */
    record Reactivated(UserId userId, Instant occurredAt) implements UserEvent {
        public String name() {
            return "reactivated";
        }
    }

    /** The user was soft-deleted: invisible to clients, kept for the audit trail. */
    record Deleted(UserId userId, Instant occurredAt) implements UserEvent {
        public String name() {
            return "deleted";
        }
    }
}
