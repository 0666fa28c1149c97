package com.dashify.identity.application.user.lifecycle;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.passkey.port.out.PasskeyRepository;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserEvent;
import java.time.Instant;
import java.util.List;

/**
 * Closes every way into Dashify for a user who was deactivated, in the transaction of the
 * deactivation: sessions and tokens are revoked, passkeys disabled, each with its own audit record.
 * Reactivation brings none of them back.
 *
 * <p>It works in two steps around the lifecycle's own write: {@link #planFor} reads what is open
 * before the user is written, and {@link Plan#carryOut} closes it after the user's audit records.
 * So every read of the change comes before its first write, and a store can send all
 * of the writes together instead of sending pending ones before each read.
 */
final class AccessRevocation {

    static final String REASON_DEACTIVATED = "owner deactivated";

    private final TokenRepository tokens;
    private final SessionRevocation sessions;
    private final PasskeyRepository passkeys;
    private final AuditRecorder audit;

    AccessRevocation(TokenRepository tokens, SessionRepository sessions, PasskeyRepository passkeys,
                     AuditRecorder audit) {
        this.tokens = tokens;
        this.sessions = new SessionRevocation(sessions, audit);
        this.passkeys = passkeys;
        this.audit = audit;
    }

    /** What the events pulled from the user call for: nothing unless they deactivate it. */
    Plan planFor(User user, List<UserEvent> events) {
        if (events.stream().noneMatch(UserEvent.Deactivated.class::isInstance)) {
            return new Plan(List.of(), List.of(), List.of());
        }
        return new Plan(sessions.openOf(user),
                tokens.findUnrevokedOwnedBy(user.tenantId(), user.id()),
                passkeys.findOf(user.tenantId(), user.id()).stream().filter(Passkey::isEnabled).toList());
    }

    /** The sessions, tokens and passkeys a deactivation closes, as read before it was written. */
    final class Plan {

        private final List<SignInSession> openSessions;
        private final List<PersonalAccessToken> liveTokens;
        private final List<Passkey> enabledPasskeys;

        private Plan(List<SignInSession> openSessions, List<PersonalAccessToken> liveTokens,
                     List<Passkey> enabledPasskeys) {
            this.openSessions = openSessions;
            this.liveTokens = liveTokens;
            this.enabledPasskeys = enabledPasskeys;
        }

        /** Revokes, disables and audits each of them, as {@code actor}. */
        void carryOut(Actor actor, RequestContext request, Instant now) {
            sessions.end(openSessions, REASON_DEACTIVATED, actor, request, now);
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
}
