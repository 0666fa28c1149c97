package com.dashify.identity.application.service;

import com.dashify.identity.application.port.in.Actor;
import com.dashify.identity.application.port.in.RequestContext;
import com.dashify.identity.application.port.out.PasskeyRepository;
import com.dashify.identity.application.port.out.SessionRepository;
import com.dashify.identity.application.port.out.TokenRepository;
import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserEvent;
import java.time.Instant;
import java.util.List;

/**
 * Closes every way into Dashify for a user who was deactivated, in the transaction of the
 * deactivation, whichever use case caused it: sessions and tokens are revoked, passkeys disabled.
 * Reactivation brings none of them back.
 */
final class AccessRevocation {

    static final String REASON_DEACTIVATED = "owner deactivated";

    private final TokenRepository tokens;
    private final SessionRepository sessions;
    private final PasskeyRepository passkeys;
    private final AuditRecorder audit;

    AccessRevocation(TokenRepository tokens, SessionRepository sessions, PasskeyRepository passkeys,
                     AuditRecorder audit) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.passkeys = passkeys;
        this.audit = audit;
    }

    /** Acts on the events a use case pulled from the user. */
    void onEvents(User user, List<UserEvent> events, Actor actor, RequestContext request, Instant now) {
        if (events.stream().anyMatch(UserEvent.Deactivated.class::isInstance)) {
            revokeSessions(user, actor, request, now);
            revokeTokens(user, actor, request, now);
            disablePasskeys(user, actor, request, now);
        }
    }

    private void revokeSessions(User user, Actor actor, RequestContext request, Instant now) {
        for (SignInSession session : sessions.findUnrevokedOf(user.tenantId(), user.id())) {
            session.revoke(now, REASON_DEACTIVATED);
            sessions.update(session);
            audit.byUser(actor, "session.revoke", "session", session.id().toString(),
                    List.of("revoked:" + REASON_DEACTIVATED), request.withPayload(null), now);
        }
    }

    private void revokeTokens(User user, Actor actor, RequestContext request, Instant now) {
        for (PersonalAccessToken token : tokens.findUnrevokedOwnedBy(user.tenantId(), user.id())) {
            token.revoke(now, REASON_DEACTIVATED);
            tokens.update(token);
            audit.byUser(actor, "token.revoke", "token", token.id().toString(),
                    List.of("revoked:" + REASON_DEACTIVATED), request.withPayload(null), now);
        }
    }

    private void disablePasskeys(User user, Actor actor, RequestContext request, Instant now) {
        for (Passkey passkey : passkeys.findOf(user.tenantId(), user.id())) {
            if (passkey.isEnabled()) {
                passkey.disable(now, REASON_DEACTIVATED);
                passkeys.update(passkey);
                audit.byUser(actor, "passkey.disable", "passkey", passkey.id().toString(),
                        List.of("disabled:" + REASON_DEACTIVATED), request.withPayload(null), now);
            }
        }
    }
}
