package com.dashify.identity.domain.session;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One signed-in browser session of a user. It lives until revoked (sign-out, the user's
 * deactivation) or idle for longer than {@link #IDLE_TIMEOUT}; a revoked session never comes back.
 */
public final class SignInSession {

    /** Matches the HTTP session's timeout: idle this long, a session is over. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** "Last seen" is written at most this often, so that checking a session rarely writes. */
    public static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final SessionId id;
    private final TenantId tenantId;
    private final UserId userId;
    private final SignInMethod method;
    private final Instant createdAt;
    private final String clientAddress;
    private final String userAgent;
    private Instant lastSeenAt;
    private Instant revokedAt;
    private String revocationReason;

    private SignInSession(SessionId id, TenantId tenantId, UserId userId, SignInMethod method, Instant createdAt,
                          String clientAddress, String userAgent, Instant lastSeenAt, Instant revokedAt,
                          String revocationReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.method = Objects.requireNonNull(method, "method");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.clientAddress = truncate(clientAddress, 64);
        this.userAgent = truncate(userAgent, 256);
        this.lastSeenAt = Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        this.revokedAt = revokedAt;
        this.revocationReason = revocationReason;
    }

    public static SignInSession start(TenantId tenantId, UserId userId, SignInMethod method, Instant now,
                                      String clientAddress, String userAgent) {
        return new SignInSession(SessionId.newId(), tenantId, userId, method, now, clientAddress, userAgent, now,
                null, null);
    }

    public static SignInSession restore(SessionId id, TenantId tenantId, UserId userId, SignInMethod method,
                                        Instant createdAt, String clientAddress, String userAgent, Instant lastSeenAt,
                                        Instant revokedAt, String revocationReason) {
        return new SignInSession(id, tenantId, userId, method, createdAt, clientAddress, userAgent, lastSeenAt,
                revokedAt, revocationReason);
    }

    /** Whether the session may still be used at this instant. */
    public boolean isLiveAt(Instant now) {
        return revokedAt == null && now.isBefore(lastSeenAt.plus(IDLE_TIMEOUT));
    }

    /**
     * Records activity; returns whether anything changed (at most once per {@link #LAST_SEEN_RESOLUTION}).
     */
    public boolean seen(Instant now) {
        if (!now.isBefore(lastSeenAt.plus(LAST_SEEN_RESOLUTION))) {
            lastSeenAt = now;
            return true;
        }
        return false;
    }

    /** Ends the session for good; revoking twice keeps the first time and reason. */
    public void revoke(Instant now, String reason) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(now, "now");
            revocationReason = Objects.requireNonNull(reason, "reason");
        }
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public SessionId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public UserId userId() {
        return userId;
    }

    public SignInMethod method() {
        return method;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> clientAddress() {
        return Optional.ofNullable(clientAddress);
    }

    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }
}
