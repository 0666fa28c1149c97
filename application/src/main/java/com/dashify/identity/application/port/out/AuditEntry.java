package com.dashify.identity.application.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One audit record: who did what to which target, when, from which request, with which outcome,
 * and what they sent (secrets removed before it gets here).
 *
 * @param actorType    {@code user} (through a token), {@code operator}, or {@code system}
 * @param actorUserId  the acting user, when a user acted
 * @param actorTokenId the token the user acted through, when one was used (never its secret)
 * @param action       what was done, such as {@code user.update}
 * @param targetType   {@code user}, {@code token} or {@code tenant}
 * @param changes      what the action changed, in the order it happened, such as {@code deactivated}
 */
public record AuditEntry(TenantId tenantId, Instant occurredAt, String actorType, UserId actorUserId,
                         TokenId actorTokenId, String action, String targetType, String targetId,
                         String requestId, String clientAddress, String outcome, List<String> changes,
                         String payload) {

    public static final String SUCCESS = "success";

    public AuditEntry {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorType, "actorType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
