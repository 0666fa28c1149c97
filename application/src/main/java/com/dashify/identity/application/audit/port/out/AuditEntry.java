package com.dashify.identity.application.audit.port.out;

import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One audit record: who did what to which target, when, from which request, with which outcome,
 * and what they sent (through the adapter's allowlist, so no secret gets here).
 *
 * @param actorType      {@code user}, {@code operator}, {@code system} (the service on its own,
 *                       such as pruning), or {@code anonymous} (a refused attempt by someone the
 *                       service could not identify)
 * @param actorUserId    the acting user, when a user acted
 * @param actorTokenId   the token the user acted through, when one was used (never its secret)
 * @param actorSessionId the browser session the user acted through, when one was used
 * @param action         what was done or tried, such as {@code user.update}
 * @param targetType     {@code user}, {@code token}, {@code session}, {@code passkey} or {@code tenant}
 * @param outcome        {@link Outcome#SUCCESS}, or the refusal: why, and what the caller was told
 * @param changes        what the action changed, in the order it happened, such as {@code deactivated};
 *                       for a refusal, why it was refused
 */
public record AuditEntry(TenantId tenantId, Instant occurredAt, String actorType, UserId actorUserId,
                         TokenId actorTokenId, SessionId actorSessionId, String action, String targetType,
                         String targetId, String requestId, String clientAddress, String userAgent, Outcome outcome,
                         List<String> changes, String payload) {

    public AuditEntry {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorType, "actorType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
