package com.dashify.identity.application.user.port.out;

import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.SortField;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserNameTakenException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A user store in memory, for application tests; the contract test holds it to the JPA store's behaviour. */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new LinkedHashMap<>();

    @Override
    public synchronized User add(User user) {
        requireUniqueName(user);
        User stored = copy(user, 0);
        users.put(user.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized User update(User user) {
        User existing = users.get(user.id());
        if (existing == null || !existing.tenantId().equals(user.tenantId())) {
            throw new IllegalStateException("update of a user that was never added");
        }
        requireUniqueName(user);
        User stored = copy(user, existing.version() + 1);
        users.put(user.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Optional<User> findById(TenantId tenantId, UserId userId) {
        return Optional.ofNullable(users.get(userId))
                .filter(user -> user.tenantId().equals(tenantId))
                .map(user -> copy(user, user.version()));
    }

    @Override
    public synchronized Optional<Standing> standingOf(TenantId tenantId, UserId userId) {
        return findById(tenantId, userId)
                .map(user -> new Standing(user.userName(), user.isActive(), user.isDeleted(), user.role()));
    }

    @Override
    public synchronized Optional<User> findByUserName(TenantId tenantId, UserName userName) {
        return users.values().stream()
                .filter(user -> user.tenantId().equals(tenantId) && !user.isDeleted()
                        && user.userName().sameAs(userName))
                .findFirst()
                .map(user -> copy(user, user.version()));
    }

    @Override
    public synchronized Map<UserId, UserName> userNames(TenantId tenantId, Collection<UserId> userIds) {
        Map<UserId, UserName> names = new HashMap<>();
        userIds.forEach(id -> findById(tenantId, id).ifPresent(user -> names.put(id, user.userName())));
        return names;
    }

    @Override
    public synchronized Set<UserId> idsNamed(TenantId tenantId, UserName userName) {
        return users.values().stream()
                .filter(user -> user.tenantId().equals(tenantId) && user.userName().sameAs(userName))
                .map(User::id)
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<User> findForUpdate(TenantId tenantId, UserId userId) {
        return findById(tenantId, userId);
    }

    @Override
    public synchronized Set<UserId> lockLive(TenantId tenantId, Collection<UserId> userIds) {
        return userIds.stream()
                .filter(id -> findById(tenantId, id).filter(user -> !user.isDeleted()).isPresent())
                .collect(Collectors.toSet());
    }

    /** A user's display name, or its user name: what a group shows for its member. */
    public synchronized Optional<String> displayOf(TenantId tenantId, UserId userId) {
        return findById(tenantId, userId).filter(user -> !user.isDeleted())
                .map(user -> Optional.ofNullable(user.profile().displayName()).orElse(user.userName().value()));
    }

    @Override
    public synchronized Page<User> search(TenantId tenantId, UserFilter filter, UserSort sort, PageRequest page) {
        List<User> matching = users.values().stream()
                .filter(user -> user.tenantId().equals(tenantId) && !user.isDeleted())
                .filter(user -> InMemoryUserFilter.matches(filter, user))
                .sorted(comparator(sort))
                .toList();
        List<User> slice = matching.stream().skip(page.offset()).limit(page.limit())
                .map(user -> copy(user, user.version())).toList();
        return new Page<>(slice, matching.size());
    }

    @Override
    public synchronized List<User> searchFrom(TenantId tenantId, UserFilter filter, KeysetRequest page) {
        Comparator<Keyset> order = Comparator.comparing(Keyset::created).thenComparing(Keyset::id);
        Comparator<Keyset> direction = page.descending() ? order.reversed() : order;
        return users.values().stream()
                .filter(user -> user.tenantId().equals(tenantId) && !user.isDeleted())
                .filter(user -> InMemoryUserFilter.matches(filter, user))
                .filter(user -> page.after() == null || direction.compare(positionOf(user), page.after()) > 0)
                .sorted(Comparator.comparing(InMemoryUserRepository::positionOf, direction))
                .limit(page.limit())
                .map(user -> copy(user, user.version()))
                .toList();
    }

    private static Keyset positionOf(User user) {
        return new Keyset(user.createdAt(), user.id().toString());
    }

    private void requireUniqueName(User user) {
        if (user.isDeleted()) {
            return;
        }
        boolean taken = users.values().stream().anyMatch(other -> !other.id().equals(user.id())
                && other.tenantId().equals(user.tenantId()) && !other.isDeleted()
                && other.userName().sameAs(user.userName()));
        if (taken) {
            throw new UserNameTakenException(user.userName());
        }
    }

    private static Comparator<User> comparator(UserSort sort) {
        Comparator<User> byField = switch (sort.field()) {
            case CREATED -> Comparator.comparing(User::createdAt);
            case LAST_MODIFIED -> Comparator.comparing(User::lastModifiedAt);
            case USER_NAME -> nullsLast(user -> user.userName().key());
            case EXTERNAL_ID -> nullsLast(user -> user.externalId().map(Object::toString).orElse(null));
            case DISPLAY_NAME -> nullsLast(user -> lower(user.profile().displayName()));
            case GIVEN_NAME -> nullsLast(user -> lower(user.profile().name().givenName()));
            case FAMILY_NAME -> nullsLast(user -> lower(user.profile().name().familyName()));
        };
        if (sort.descending()) {
            byField = sort.field() == SortField.CREATED || sort.field() == SortField.LAST_MODIFIED
                    ? byField.reversed() : descendingNullsLast(sort.field());
        }
        return byField.thenComparing(user -> user.id().toString());
    }

    private static Comparator<User> descendingNullsLast(SortField field) {
        Function<User, String> key = switch (field) {
            case USER_NAME -> user -> user.userName().key();
            case EXTERNAL_ID -> user -> user.externalId().map(Object::toString).orElse(null);
            case DISPLAY_NAME -> user -> lower(user.profile().displayName());
            case GIVEN_NAME -> user -> lower(user.profile().name().givenName());
            case FAMILY_NAME -> user -> lower(user.profile().name().familyName());
            default -> throw new IllegalArgumentException(field.name());
        };
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.<String>reverseOrder()));
    }

    private static Comparator<User> nullsLast(Function<User, String> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.<String>naturalOrder()));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    private static User copy(User user, long version) {
        return User.restore(user.id(), user.tenantId(), user.userName(), user.externalId().orElse(null),
                user.profile(), user.role(), user.idpGroups(), user.isActive(), user.createdAt(), user.lastModifiedAt(),
                user.deletedAt().orElse(null), version);
    }
}
