package com.dashify.identity.application.user.port.out;

import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores users. Every method is scoped to one tenant; nothing here can reach another tenant's users. */
public interface UserRepository {

    /**
     * Stores a new user and returns it as stored.
     *
     * @throws com.dashify.identity.domain.user.UserNameTakenException when a live user of the tenant
     *         has the same user name, compared without case, even when two adds race
     */
    User add(User user);

    /**
     * Stores the new state of a user read through {@link #findForUpdate} in the same transaction,
     * and returns it as stored, with its next version.
     *
     * @throws com.dashify.identity.domain.user.UserNameTakenException as for {@link #add}
     */
    User update(User user);

    /** A user of the tenant, deleted ones included. */
    Optional<User> findById(TenantId tenantId, UserId userId);

    /**
     * Whether a user of the tenant may act now, and in which role: what every authenticated
     * request reads, so it reads no more than that (no profile, no multi-valued attributes).
     */
    Optional<Standing> standingOf(TenantId tenantId, UserId userId);

    /** The live (not deleted) user of the tenant with this user name, compared without case. */
    Optional<User> findByUserName(TenantId tenantId, UserName userName);

    /**
     * The user names of those of these ids that are users of the tenant, deleted ones included:
     * what the audit trail shows beside the ids it holds. Ids of other tenants are left out.
     */
    Map<UserId, UserName> userNames(TenantId tenantId, Collection<UserId> userIds);

    /**
     * Every user of the tenant, deleted ones included, whose user name is this one, compared without
     * case: one live user at most, and any number of deleted ones that had the name before.
     */
    Set<UserId> idsNamed(TenantId tenantId, UserName userName);

    /** As {@link #findById}, and no other transaction can change the user until this one ends. */
    Optional<User> findForUpdate(TenantId tenantId, UserId userId);

    /**
     * Which of these are live (not deleted) users of the tenant, each locked until the transaction
     * ends, in the order of their ids so that two transactions locking overlapping sets cannot
     * deadlock: what a group locks before it makes users its members, so that a user deleted at the
     * same moment is either found deleted or loses the membership with its deletion.
     */
    Set<UserId> lockLive(TenantId tenantId, Collection<UserId> userIds);

    /** The live (not deleted) users of the tenant that match, counted before paging. */
    Page<User> search(TenantId tenantId, UserFilter filter, UserSort sort, PageRequest page);

    /**
     * The live (not deleted) users of the tenant that match, strictly past a position in creation
     * order (then id), not counted: what cursor paging reads, at the same cost wherever it starts.
     */
    List<User> searchFrom(TenantId tenantId, UserFilter filter, KeysetRequest page);

    /** A user's name, state and role as stored now. */
    record Standing(UserName userName, boolean active, boolean deleted, Role role) {

        /** Active and not deleted: the user may sign in and act. */
        public boolean mayAct() {
            return active && !deleted;
        }
    }
}
