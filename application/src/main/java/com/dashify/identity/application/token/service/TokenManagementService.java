package com.dashify.identity.application.token.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.application.token.port.in.IssueTokenUseCase;
import com.dashify.identity.application.token.port.in.ListTokensUseCase;
import com.dashify.identity.application.token.port.in.OperatorIssueTokenUseCase;
import com.dashify.identity.application.token.port.in.RevokeTokenUseCase;
import com.dashify.identity.application.token.port.in.TokenNotFoundException;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issues, lists and revokes personal access tokens, for signed-in administrators, for tokens with
 * the {@code tokens} scope, and for the operator. Every issue and revoke is audited with the
 * token's id, name and scopes, never its secret.
 */
public final class TokenManagementService implements IssueTokenUseCase, OperatorIssueTokenUseCase,
        ListTokensUseCase, RevokeTokenUseCase {

    /** Ten years: long enough for any automation, short enough to be a lifetime and not a typo. */
    static final int MAX_LIFETIME_DAYS = 3650;
    static final String REASON_REVOKED = "revoked by user";

    private final TenantRepository tenants;
    private final UserRepository users;
    private final TokenRepository tokens;
    private final AuditRecorder audit;
    private final Clock clock;
    private final SecureRandom random;

    public TokenManagementService(TenantRepository tenants, UserRepository users, TokenRepository tokens,
                                  AuditTrail auditTrail, Clock clock, SecureRandom random) {
        this.tenants = tenants;
        this.users = users;
        this.tokens = tokens;
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedToken issue(IssueTokenCommand command) {
        Actor actor = command.actor();
        User owner = users.findById(actor.tenantId(), actor.userId())
                .filter(user -> user.isActive() && !user.isDeleted())
                .orElseThrow(() -> new AccessDeniedException("the user is not active"));
        Instant notAfter = null;
        if (actor.token().isPresent()) {
            // A token that manages tokens mints nothing beyond itself: no scope it lacks, no longer life.
            PersonalAccessToken caller = tokens.findById(actor.tenantId(), actor.token().get())
                    .orElseThrow(() -> new AccessDeniedException("the calling token is unknown"));
            for (Scope scope : command.scopes()) {
                if (!caller.allows(scope)) {
                    throw new AccessDeniedException("a token cannot issue a token with the '" + scope.wireName()
                            + "' scope it does not have itself");
                }
            }
            notAfter = caller.expiresAt().orElse(null);
        }
        IssuedToken issued = issueTo(owner, command.name(), command.scopes(), command.expiresInDays(), notAfter);
        audit.byUser(actor, "token.issue", "token", issued.token().id().toString(), describe(issued.token()),
                command.request(), issued.token().createdAt());
        return issued;
    }

    @Override
    public IssuedToken issue(OperatorIssueTokenCommand command) {
        tenants.findById(command.tenantId()).orElseThrow(TenantNotFoundException::new);
        User owner = command.ownerUserName() == null
                ? firstAdmin(command)
                : users.findByUserName(command.tenantId(), command.ownerUserName())
                        .orElseThrow(() -> new AccessDeniedException("no such user in the tenant"));
        IssuedToken issued = issueTo(owner, command.name(), command.scopes(), command.expiresInDays(), null);
        audit.byOperator(command.tenantId(), "token.issue", "token", issued.token().id().toString(),
                describe(issued.token()), command.request(), issued.token().createdAt());
        return issued;
    }

    /** The tenant's earliest created active Org Admin: its first admin, unless that one is gone. */
    private User firstAdmin(OperatorIssueTokenCommand command) {
        int pageSize = 200;
        for (long offset = 0; ; offset += pageSize) {
            var page = users.search(command.tenantId(), new UserFilter.ActiveIs(true), UserSort.DEFAULT,
                    new PageRequest(offset, pageSize));
            var admin = page.items().stream().filter(User::isActiveOrgAdmin).findFirst();
            if (admin.isPresent()) {
                return admin.get();
            }
            if (offset + pageSize >= page.total()) {
                throw new AccessDeniedException("the tenant has no active Org Admin");
            }
        }
    }

    /**
     * @param notAfter the latest expiry allowed (the issuing token's own), or null for no bound
     */
    private IssuedToken issueTo(User owner, TokenName name, Set<Scope> scopes, Integer expiresInDays,
                                Instant notAfter) {
        if (scopes.isEmpty()) {
            throw new InvalidValueException("scopes", "must name at least one scope");
        }
        for (Scope scope : scopes) {
            if (!owner.isActive() || owner.isDeleted() || scope.requiredRole().outranks(owner.role())) {
                throw new AccessDeniedException("the owner may not hold a token with the '" + scope.wireName()
                        + "' scope (it needs an active " + scope.requiredRole().displayName() + ")");
            }
        }
        Instant now = clock.instant();
        Instant expiresAt = null;
        if (expiresInDays != null) {
            if (expiresInDays < 1 || expiresInDays > MAX_LIFETIME_DAYS) {
                throw new InvalidValueException("expiresInDays", "must be between 1 and " + MAX_LIFETIME_DAYS
                        + ", or absent for a token that does not expire");
            }
            expiresAt = now.plus(Duration.ofDays(expiresInDays));
        }
        if (notAfter != null && (expiresAt == null || expiresAt.isAfter(notAfter))) {
            throw new InvalidValueException("expiresInDays", "must not outlast the token issuing it (it expires "
                    + notAfter + ")");
        }
        IssuedToken issued = PersonalAccessToken.issue(TokenId.newId(), owner.tenantId(), owner.id(), name, scopes,
                now, expiresAt, random);
        tokens.add(issued.token());
        return issued;
    }

    @Override
    public TokenList list(Actor actor) {
        User user = users.findById(actor.tenantId(), actor.userId()).orElseThrow(
                () -> new AccessDeniedException("the user is not active"));
        List<PersonalAccessToken> all = tokens.findAllOfTenant(actor.tenantId());
        Map<UserId, String> owners = new HashMap<>();
        List<TokenSummary> own = new ArrayList<>();
        List<TokenSummary> tenant = new ArrayList<>();
        for (PersonalAccessToken token : all) {
            String owner = owners.computeIfAbsent(token.ownerId(), id -> users.findById(actor.tenantId(), id)
                    .map(found -> found.userName().value()).orElse("(unknown)"));
            TokenSummary summary = new TokenSummary(token, owner);
            if (token.ownerId().equals(user.id())) {
                own.add(summary);
            }
            if (user.isActiveOrgAdmin()) {
                tenant.add(summary);
            }
        }
        Comparator<TokenSummary> newestFirst = Comparator.comparing((TokenSummary summary) -> summary.token()
                .createdAt()).reversed();
        own.sort(newestFirst);
        tenant.sort(newestFirst);
        return new TokenList(own, tenant);
    }

    @Override
    public void revoke(RevokeTokenCommand command) {
        Actor actor = command.actor();
        PersonalAccessToken token = tokens.findById(actor.tenantId(), command.tokenId())
                .orElseThrow(() -> new TokenNotFoundException(command.tokenId()));
        boolean orgAdmin = users.findById(actor.tenantId(), actor.userId()).map(User::isActiveOrgAdmin)
                .orElse(false);
        if (!orgAdmin && !token.ownerId().equals(actor.userId())) {
            throw new TokenNotFoundException(command.tokenId());
        }
        if (token.revokedAt().isPresent()) {
            return;
        }
        Instant now = clock.instant();
        token.revoke(now, REASON_REVOKED);
        tokens.update(token);
        audit.byUser(actor, "token.revoke", "token", token.id().toString(), describe(token), command.request(), now);
    }

    /** What the audit trail keeps of a token: its name, scopes and owner, never its secret or hash. */
    private static List<String> describe(PersonalAccessToken token) {
        return List.of("name:" + token.name().value().replace(' ', '_'),
                "scopes:" + token.scopes().stream().map(Scope::wireName).sorted().collect(Collectors.joining(",")),
                "owner:" + token.ownerId());
    }

}
