package com.dashify.identity.application.user.service;

import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.user.port.in.FindUsersUseCase;
import com.dashify.identity.application.user.port.in.GetUserUseCase;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Reads users of one tenant; deleted users are invisible here. */
public final class UserQueryService implements GetUserUseCase, FindUsersUseCase {

    private final UserRepository users;

    public UserQueryService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<User> get(TenantId tenantId, UserId userId) {
        return users.findById(tenantId, userId).filter(user -> !user.isDeleted());
    }

    @Override
    public Page<User> find(FindUsersQuery query) {
        return users.search(query.tenantId(), query.filter(), query.sort(), query.page());
    }

    @Override
    public List<User> findFrom(TenantId tenantId, UserFilter filter, KeysetRequest page) {
        return users.searchFrom(tenantId, filter, page);
    }
}
