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
        if (events.stream().noneMatch(UserEvent.Deactivated.class::isInstance)) {
            return;
        }
        // Every read before the first write, so that a store can send the writes together.
        List<SignInSession> openSessions = sessions.findUnrevokedOf(user.tenantId(), user.id());
        List<PersonalAccessToken> liveTokens = tokens.findUnrevokedOwnedBy(user.tenantId(), user.id());
        List<Passkey> enabledPasskeys = passkeys.findOf(user.tenantId(), user.id()).stream()
                .filter(Passkey::isEnabled).toList();
        for (SignInSession session : openSessions) {
            session.revoke(now, REASON_DEACTIVATED);
            sessions.update(session);
            audit.byUser(actor, "session.revoke", "session", session.id().toString(),
                    List.of("revoked:" + REASON_DEACTIVATED), request.withPayload(null), now);
        }
        for (PersonalAccessToken token : liveTokens) {
            token.revoke(now, REASON_DEACTIVATED);
            tokens.update(token);
            audit.byUser(actor, "token.revoke", "token", token.id().toString(),
                    List.of("revoked:" + REASON_DEACTIVATED), request.withPayload(null), now);
        }
        for (Passkey passkey : enabledPasskeys) {
            passkey.disable(now, REASON_DEACTIVATED);
            passkeys.update(passkey);
            audit.byUser(actor, "passkey.disable", "passkey", passkey.id().toString(),
                    List.of("disabled:" + REASON_DEACTIVATED), request.withPayload(null), now);
        }
    }
}
