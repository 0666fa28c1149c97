package com.dashify.identity.application.token.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.token.port.out.TokenRepository.TokenAndOwner;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Authenticates personal access tokens. The token is found by the SHA-256 of what was
 * presented: the lookup's timing can reveal at most a prefix of a hash, which says nothing
 * about any secret, and the final comparison is constant-time. The owner's state and role are
 * read on every call, so a deactivation or demotion applies to the very next request.
 */
public final class TokenAuthenticationService implements AuthenticateTokenUseCase {

    /**
     * Usage is written at most this often per token, so that authentication does not turn every
     * API call into a write; "last used" is then accurate to this much.
     */
    static final Duration USAGE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    private final TokenRepository tokens;
    private final TokenCallCounter calls;
    private final AuditRecorder audit;
    private final Clock clock;

    public TokenAuthenticationService(TokenRepository tokens, TokenCallCounter calls, AuditTrail auditTrail,
                                      Clock clock) {
        this.tokens = tokens;
        this.calls = calls;
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public Actor authenticate(AuthenticateTokenCommand command) {
        String presented = command.presentedToken();
        if (!TokenSecret.isWellFormed(presented)) {
            throw new AuthenticationFailedException();
        }
        TokenHash hash = TokenHash.of(presented);
        Instant now = clock.instant();
        // A token no tenant knows is refused without a record: there is no tenant to record it for.
        // Nor is one whose owner is not a user of its tenant, which the service never creates.
        TokenAndOwner found = tokens.findByHashWithOwner(hash)
                .filter(candidate -> candidate.token().secretHash().matches(hash))
                .orElseThrow(AuthenticationFailedException::new);
        PersonalAccessToken token = found.token();
        UserRepository.Standing owner = found.owner();
        Actor actor = Actor.viaToken(token.tenantId(), token.ownerId(), token.id());
        if (!token.isUsableAt(now)) {
            refused(actor, command, Refusal.UNAUTHENTICATED, token.revokedAt().isPresent() ? "revoked" : "expired",
                    now);
            throw new AuthenticationFailedException();
        }
        if (!owner.mayAct()) {
            refused(actor, command, Refusal.UNAUTHENTICATED, "owner_inactive", now);
            throw new AuthenticationFailedException();
        }
        if (!token.allows(command.requiredScope())) {
            refused(actor, command, Refusal.FORBIDDEN, "scope_missing:" + command.requiredScope().wireName(), now);
            throw new AccessDeniedException("the token lacks the '" + command.requiredScope().wireName() + "' scope");
        }
        Role required = command.requiredScope().requiredRole();
        if (required.outranks(owner.role())) {
            refused(actor, command, Refusal.FORBIDDEN, "role_insufficient:" + owner.role().displayName(), now);
            throw new AccessDeniedException("the token's owner is not an " + required.displayName());
        }
        recordUse(token, now, command.request().clientAddress());
        return actor;
    }

    /** Records, in the token's tenant, why it was refused; the refusal commits on its own. */
    private void refused(Actor actor, AuthenticateTokenCommand command, Refusal refusal, String reason,
                         Instant now) {
        audit.refused(actor, "token.authenticate", "token", actor.tokenId().toString(),
                Outcome.refused(refusal), List.of(reason), command.request(), now);
    }

    /** Counts the call (written every few seconds by {@link TokenCallCounter}) and records the use. */
    private void recordUse(PersonalAccessToken token, Instant now, String clientAddress) {
        calls.called(token.tenantId(), token.id(), now);
        // Not on every change of address either: directories call from pools of addresses.
        boolean stale = token.lastUsedAt().map(last -> !last.plus(USAGE_RECORDING_INTERVAL).isAfter(now))
                .orElse(true);
        if (stale) {
            token.recordUse(now, clientAddress);
            tokens.update(token);
        }
    }
}
