package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.User;
import java.util.List;
import java.util.Objects;

/** Searches the users of a tenant, deleted ones excluded, one page at a time. */
public interface FindUsersUseCase {

    Page<User> find(FindUsersQuery query);

    /** The users that match, read from a position in creation order (cursor paging), not counted. */
    List<User> findFrom(TenantId tenantId, UserFilter filter, KeysetRequest page);

    /** The tenant searched, what must match, in which order, and which page. */
    record FindUsersQuery(TenantId tenantId, UserFilter filter, UserSort sort, PageRequest page) {

        public FindUsersQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(sort, "sort");
            Objects.requireNonNull(page, "page");
        }
    }
}
