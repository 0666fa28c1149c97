package com.dashify.identity.application.user.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.passkey.port.out.PasskeyRepository;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.SortField;
import com.dashify.identity.application.query.TextField;
import com.dashify.identity.application.query.TextMatch;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.lifecycle.AccessRevocation;
import com.dashify.identity.application.user.port.in.AdministrationRefusedException;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/** Finding, deactivating and reactivating users from the admin console. */
public final class UserAdministrationService implements UserAdministrationUseCase {

    private final UserRepository users;
    private final Authorization authorization;
    private final AuditRecorder audit;
    private final AccessRevocation revocation;
    private final Clock clock;

    public UserAdministrationService(UserRepository users, TokenRepository tokens, SessionRepository sessions,
                                     PasskeyRepository passkeys, AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.authorization = new Authorization(users);
        this.audit = new AuditRecorder(auditTrail);
        this.revocation = new AccessRevocation(tokens, sessions, passkeys, audit);
        this.clock = clock;
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
        return change(command, "user.deactivate", User::deactivate);
    }

    @Override
    public User reactivate(UserStatusCommand command) {
        return change(command, "user.reactivate", User::reactivate);
    }

    /**
     * Locks the acting admin's row and the target's, always in the same order, then checks the admin
     * again: two admins deactivating each other at once cannot both succeed, so the organisation
     * keeps an active Org Admin.
     */
    private User change(UserStatusCommand command, String action, BiConsumer<User, Instant> transition) {
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
        Instant now = clock.instant();
        transition.accept(user, now);
        List<UserEvent> events = user.pullEvents();
        if (events.isEmpty()) {
            return user;
        }
        AccessRevocation.Plan closing = revocation.planFor(user, events);
        User stored = users.update(user);
        audit.byUser(command.actor(), action, "user", user.id().toString(), AuditRecorder.changesOf(events),
                command.request(), now);
        closing.carryOut(command.actor(), command.request(), now);
        return stored;
    }
}
