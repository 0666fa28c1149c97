package com.dashify.identity.domain.credential;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A one-time link that lets an administrator choose a console password. Like a token, its
 * secret exists only at issuance; it expires, works once, and is superseded by a newer link for
 * the same user.
 */
public final class PasswordSetup {

    /** Long enough to reach someone over a weekend, short enough not to linger. */
    public static final Duration VALIDITY = Duration.ofHours(72);

    private final UUID id;
    private final TenantId tenantId;
    private final UserId userId;
    private final TokenHash secretHash;
    private final Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    private PasswordSetup(UUID id, TenantId tenantId, UserId userId, TokenHash secretHash, Instant createdAt,
                          Instant expiresAt, Instant usedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.usedAt = usedAt;
    }

    /** Issues a setup link secret for a user; the returned secret is the only copy. */
    public static Issued issue(TenantId tenantId, UserId userId, Instant now, SecureRandom random) {
        TokenSecret secret = TokenSecret.generate(TokenSecret.SETUP_PREFIX, random);
        return new Issued(new PasswordSetup(UUID.randomUUID(), tenantId, userId, secret.hash(), now,
                now.plus(VALIDITY), null), secret);
    }

    public static PasswordSetup restore(UUID id, TenantId tenantId, UserId userId, TokenHash secretHash,
                                        Instant createdAt, Instant expiresAt, Instant usedAt) {
        return new PasswordSetup(id, tenantId, userId, secretHash, createdAt, expiresAt, usedAt);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link; a spent or expired link cannot be used. */
    public void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("the setup link is used or expired");
        }
        usedAt = now;
    }

    /**
     * Ends a link that was not used, because a newer one was issued to its user: from now on it
     * is as expired. A used or expired link stays as it is.
     */
    public void supersede(Instant now) {
        if (isUsableAt(now)) {
            expiresAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public UserId userId() {
        return userId;
    }

    public TokenHash secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }

    /** A setup link just issued, with the secret that exists in this object only. */
    public record Issued(PasswordSetup setup, TokenSecret secret) {
    }
}
