package com.dashify.identity.domain.passkey;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A passkey its owner registered. Dashify keeps the authenticator's credential id, the verified
 * public-key record (opaque here: the WebAuthn library's serialisation), the signature counter and
 * when it was used. A disabled passkey never signs anyone in again; only a new registration does.
 */
public final class Passkey {

    /** The WebAuthn limit for a credential id is 1023 bytes, 1364 characters in base64url. */
    public static final int MAX_CREDENTIAL_ID_LENGTH = 1364;

    private final PasskeyId id;
    private final TenantId tenantId;
    private final UserId userId;
    private final String credentialId;
    private final byte[] publicKeyRecord;
    private final String name;
    private final Instant createdAt;
    private long signCount;
    private Instant lastUsedAt;
    private Instant disabledAt;
    private String disabledReason;

    private Passkey(PasskeyId id, TenantId tenantId, UserId userId, String credentialId, byte[] publicKeyRecord,
                    String name, Instant createdAt, long signCount, Instant lastUsedAt, Instant disabledAt,
                    String disabledReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.credentialId = checkedCredentialId(credentialId);
        this.publicKeyRecord = Objects.requireNonNull(publicKeyRecord, "publicKeyRecord").clone();
        this.name = Values.requiredText("name", name, 100);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.signCount = signCount;
        this.lastUsedAt = lastUsedAt;
        this.disabledAt = disabledAt;
        this.disabledReason = disabledReason;
    }

    /**
     * A passkey whose registration the WebAuthn library has verified.
     *
     * @param credentialId the authenticator's credential id, base64url without padding
     */
    public static Passkey register(TenantId tenantId, UserId userId, String credentialId, byte[] publicKeyRecord,
                                   long signCount, String name, Instant now) {
        return new Passkey(PasskeyId.newId(), tenantId, userId, credentialId, publicKeyRecord, name, now, signCount,
                null, null, null);
    }

    /** Rebuilds a stored passkey. */
    public static Passkey restore(PasskeyId id, TenantId tenantId, UserId userId, String credentialId,
                                  byte[] publicKeyRecord, String name, Instant createdAt, long signCount,
                                  Instant lastUsedAt, Instant disabledAt, String disabledReason) {
        return new Passkey(id, tenantId, userId, credentialId, publicKeyRecord, name, createdAt, signCount,
                lastUsedAt, disabledAt, disabledReason);
    }

    /**
     * Records a verified sign-in with the counter the authenticator reported. Authenticators that
     * keep no counter report 0 every time; any other counter must increase.
     *
     * @throws PasskeyCloneSuspectedException if the counter did not increase
     */
    public void used(long newSignCount, Instant now) {
        if (disabledAt != null) {
            throw new IllegalStateException("a disabled passkey cannot be used");
        }
        if ((newSignCount != 0 || signCount != 0) && newSignCount <= signCount) {
            throw new PasskeyCloneSuspectedException();
        }
        signCount = newSignCount;
        lastUsedAt = Objects.requireNonNull(now, "now");
    }

    /** Stops the passkey for good; does nothing when it is already disabled. */
    public void disable(Instant now, String reason) {
        if (disabledAt != null) {
            return;
        }
        disabledAt = Objects.requireNonNull(now, "now");
        disabledReason = Values.requiredText("reason", reason, 200);
    }

    private static String checkedCredentialId(String credentialId) {
        if (credentialId == null || credentialId.isEmpty() || credentialId.length() > MAX_CREDENTIAL_ID_LENGTH
                || !credentialId.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
            throw new InvalidValueException("credentialId", "must be base64url of at most 1023 bytes");
        }
        return credentialId;
    }

    public boolean isEnabled() {
        return disabledAt == null;
    }

    public PasskeyId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public UserId userId() {
        return userId;
    }

    public String credentialId() {
        return credentialId;
    }

    public byte[] publicKeyRecord() {
        return publicKeyRecord.clone();
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long signCount() {
        return signCount;
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> disabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    public Optional<String> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }
}
