package com.dashify.identity.domain.sso;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import com.dashify.identity.domain.tenant.TenantId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a tenant's users sign in through its identity provider (OpenID Connect, authorization code
 * flow). Only ID tokens from {@code issuer}, for {@code clientId}, are accepted for this tenant,
 * and the user is the tenant's user whose {@code userName} equals the {@code userClaim}.
 *
 * @param issuer      the provider's issuer identifier; https, except on a loopback host for testing
 * @param userClaim   the ID token claim matched against {@code userName}, such as
 *                    {@code preferred_username}
 * @param groupsClaim the claim carrying the user's groups, or null when the provider sends none
 */
public record SsoConfiguration(TenantId tenantId, URI issuer, String clientId, String clientSecret,
                               String userClaim, String groupsClaim) {

    /** Loopback hosts, where a test or development provider may run without TLS. */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    public SsoConfiguration {
        Objects.requireNonNull(tenantId, "tenantId");
        issuer = checkedIssuer(issuer);
        clientId = Values.requiredText("clientId", clientId, 256);
        clientSecret = Values.requiredText("clientSecret", clientSecret, 512);
        userClaim = Values.requiredText("userClaim", userClaim, 64);
        groupsClaim = Values.optionalText("groupsClaim", groupsClaim, 64);
    }

    public Optional<String> groupsClaimName() {
        return Optional.ofNullable(groupsClaim);
    }

    /** The issuer as it must appear, character for character, in discovery and in ID tokens. */
    public String issuerId() {
        return issuer.toString();
    }

    private static URI checkedIssuer(URI issuer) {
        if (issuer == null) {
            throw new InvalidValueException("issuer", "is required");
        }
        String scheme = issuer.getScheme() == null ? "" : issuer.getScheme().toLowerCase(Locale.ROOT);
        String host = issuer.getHost() == null ? "" : issuer.getHost().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https") || scheme.equals("http") && LOOPBACK.contains(host);
        if (!secure || host.isEmpty() || issuer.getRawQuery() != null || issuer.getRawFragment() != null
                || issuer.getRawUserInfo() != null) {
            throw new InvalidValueException("issuer", "must be an https URL without query or fragment");
        }
        if (issuer.toString().length() > 512) {
            throw new InvalidValueException("issuer", "must be at most 512 characters");
        }
        return issuer;
    }

    /** Parses an issuer URL as typed by an admin. */
    public static URI issuerOf(String value) {
        try {
            return new URI(Values.requiredText("issuer", value, 512));
        } catch (URISyntaxException notAUrl) {
            throw new InvalidValueException("issuer", "must be an https URL without query or fragment");
        }
    }

    /** Never prints the client secret. */
    @Override
    public String toString() {
        return "SsoConfiguration[tenantId=" + tenantId + ", issuer=" + issuer + ", clientId=" + clientId
                + ", clientSecret=(redacted), userClaim=" + userClaim + ", groupsClaim=" + groupsClaim + "]";
    }
}
