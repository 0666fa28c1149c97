package com.dashify.identity.domain.user;

import java.time.Instant;

/** Something that happened to a user, recorded by the aggregate as it happens. */
public sealed interface UserEvent {

    UserId userId();

    Instant occurredAt();

    /** A short name for the audit trail, such as {@code deactivated}. */
    String name();

    /**
     * What happened, named as the action that did it, such as {@code deactivate}: the audit trail's
     * action is {@code user.} followed by it, so that each kind of change can be found by its name.
     */
    String action();

    /** The user was created. */
    record Provisioned(UserId userId, Instant occurredAt, Role role, boolean active) implements UserEvent {
        public String name() {
            return "provisioned";
        }

        public String action() {
            return "provision";
        }
    }

    /** Identity or profile attributes changed. */
    record ProfileUpdated(UserId userId, Instant occurredAt) implements UserEvent {
        public String name() {
            return "profile_updated";
        }

        public String action() {
            return "update";
        }
    }

    /** The Dashify role changed. */
    record RoleChanged(UserId userId, Instant occurredAt, Role from, Role to) implements UserEvent {
        public String name() {
            return "role_changed";
        }

        public String action() {
            return "role_change";
        }
    }

    /** The user lost access; everything that lets them in must close. */
    record Deactivated(UserId userId, Instant occurredAt) implements UserEvent {
        public String name() {
            return "deactivated";
        }

        public String action() {
            return "deactivate";
        }
    }

    /** The user may sign in again; old sessions and tokens stay closed. */
    record Reactivated(UserId userId, Instant occurredAt) implements UserEvent {
        public String name() {
            return "reactivated";
        }

        public String action() {
            return "reactivate";
        }
    }

    /** The user was soft-deleted: invisible to clients, kept for the audit trail. */
    record Deleted(UserId userId, Instant occurredAt) implements UserEvent {
        public String name() {
            return "deleted";
        }

        public String action() {
            return "delete";
        }
    }
}
