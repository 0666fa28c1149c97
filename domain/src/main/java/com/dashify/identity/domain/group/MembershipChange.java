package com.dashify.identity.domain.group;

import com.dashify.identity.domain.user.UserId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one request does to a group's members, its operations taken in order and folded into one
 * net change: either a replacement of the whole list (a PUT, a PATCH {@code replace} or a path-less
 * {@code remove} of {@code members}) or members to add and members to remove. Adding a member twice,
 * or removing one that is not there, is no error; the store tells which changes actually happened.
 * Later operations win: "remove X, then add X" adds X. The change never reads the current members,
 * so that adding one member to a group of a hundred thousand costs what adding it to a group of ten does.
 */
public final class MembershipChange {

    private Set<UserId> replacement;
    private final Set<UserId> added = new LinkedHashSet<>();
    private final Set<UserId> removed = new LinkedHashSet<>();

    /** No change yet. */
    public static MembershipChange none() {
        return new MembershipChange();
    }

    /** A change that makes these the group's only members. */
    public static MembershipChange replacingWith(Collection<UserId> members) {
        return none().replaceWith(members);
    }

    public MembershipChange add(Collection<UserId> members) {
        for (UserId member : members) {
            if (replacement != null) {
                replacement.add(member);
            } else {
                removed.remove(member);
                added.add(member);
            }
        }
        return this;
    }

    public MembershipChange remove(Collection<UserId> members) {
        for (UserId member : members) {
            if (replacement != null) {
                replacement.remove(member);
            } else {
                added.remove(member);
                removed.add(member);
            }
        }
        return this;
    }

    /** Every member goes, and these become the members. */
    public MembershipChange replaceWith(Collection<UserId> members) {
        replacement = new LinkedHashSet<>(members);
        added.clear();
        removed.clear();
        return this;
    }

    /** The whole new list of members, when the change replaces it. */
    public Optional<Set<UserId>> replacement() {
        return Optional.ofNullable(replacement).map(Collections::unmodifiableSet);
    }

    /** Members to add, when the change does not replace the list. */
    public Set<UserId> added() {
        return Collections.unmodifiableSet(added);
    }

    /** Members to remove, when the change does not replace the list. */
    public Set<UserId> removed() {
        return Collections.unmodifiableSet(removed);
    }

    /** Every user the change names as a member to be: those that must be users of the tenant. */
    public Set<UserId> joining() {
        return Collections.unmodifiableSet(replacement != null ? replacement : added);
    }

    public boolean isEmpty() {
        return replacement == null && added.isEmpty() && removed.isEmpty();
    }
}
