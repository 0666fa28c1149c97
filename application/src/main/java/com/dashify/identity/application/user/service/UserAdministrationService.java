package com.dashify.identity.application.user.service;

import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.SortField;
import com.dashify.identity.application.query.TextField;
import com.dashify.identity.application.query.TextMatch;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.in.AdministrationRefusedException;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.User;

/** Finding users from the admin console, and deactivating or reactivating one through the {@link UserLifecycle}. */
public final class UserAdministrationService implements UserAdministrationUseCase {

    private final UserRepository users;
    private final Authorization authorization;
    private final UserLifecycle lifecycle;

    public UserAdministrationService(UserRepository users, UserLifecycle lifecycle) {
        this.users = users;
        this.authorization = new Authorization(users);
        this.lifecycle = lifecycle;
    }

    @Override
    public Page<User> find(FindUsersQuery query) {
        authorization.require(query.actor(), Permission.MANAGE_ORGANISATION);
        String text = query.userNameContains() == null ? "" : query.userNameContains().strip();
        UserFilter filter = text.isEmpty() ? UserFilter.all()
                : UserFilter.text(TextField.USER_NAME, TextMatch.CONTAINS, text);
        return users.search(query.actor().tenantId(), filter, new UserSort(SortField.USER_NAME, false),
                new PageRequest(query.offset(), query.limit()));
    }

    @Override
    public User deactivate(UserStatusCommand command) {
        if (command.userId().equals(command.actor().userId())) {
            throw new AdministrationRefusedException("You cannot deactivate yourself: another Org Admin can, or"
                    + " your directory.");
        }
        User user = lockForChange(command);
        return lifecycle.deactivate(command.actor(), user, command.request());
    }

    @Override
    public User reactivate(UserStatusCommand command) {
        User user = lockForChange(command);
        return lifecycle.reactivate(command.actor(), user, command.request());
    }

    /**
     * Locks the acting admin's row and the target's, always in the same order, then checks the admin
     * again: two admins deactivating each other at once cannot both succeed, so the organisation
     * keeps an active Org Admin.
     */
    private User lockForChange(UserStatusCommand command) {
        TenantId tenant = command.actor().tenantId();
        boolean actorFirst = command.actor().userId().value().compareTo(command.userId().value()) < 0;
        if (actorFirst) {
            users.findForUpdate(tenant, command.actor().userId());
        }
        User user = users.findForUpdate(tenant, command.userId())
                .filter(found -> !found.isDeleted())
                .orElse(null);
        if (!actorFirst) {
            users.findForUpdate(tenant, command.actor().userId());
        }
        authorization.require(command.actor(), Permission.MANAGE_ORGANISATION);
        if (user == null) {
            throw new UserNotFoundException(command.userId());
        }
        return user;
    }
}
