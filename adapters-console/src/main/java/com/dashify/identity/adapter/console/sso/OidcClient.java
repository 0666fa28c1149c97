package com.dashify.identity.adapter.console.sso;

import com.dashify.identity.domain.sso.SsoConfiguration;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relying-party side of OpenID Connect's authorization code flow, on the Nimbus OAuth 2.0 /
 * OpenID Connect SDK: provider discovery (cached per issuer), the authorization request with PKCE
 * (S256), state and nonce, the code exchange with the tenant's client secret, and the ID token's
 * validation (signature against the provider's JWKS, issuer, audience, expiry, nonce).
 */
@ApplicationScoped
public class OidcClient {

    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 10_000;
    private static final int JWKS_SIZE_LIMIT = 512 * 1024;
    private static final Duration METADATA_TTL = Duration.ofMinutes(10);
    private static final Scope SCOPE = new Scope("openid", "profile", "email");

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Discovered> metadata = new ConcurrentHashMap<>();
    private final Map<String, IDTokenValidator> validators = new ConcurrentHashMap<>();

    @Inject
    ProviderNetwork network;

    /** The provider failed or answered something that cannot be trusted; the message is safe to log. */
    static final class ProviderException extends Exception {

        private static final long serialVersionUID = 1L;

        ProviderException(String message, Throwable cause) {
            super(message, cause);
        }

        ProviderException(String message) {
            super(message);
        }
    }

    private record Discovered(OIDCProviderMetadata metadata, Instant fetchedAt) {
    }

    /** Where to send the browser to sign in at the tenant's provider. */
    URI authorizationRequest(SsoConfiguration configuration, URI redirectUri, State state, Nonce nonce,
                             CodeVerifier verifier) throws ProviderException {
        OIDCProviderMetadata provider = discover(configuration);
        return new AuthenticationRequest.Builder(ResponseType.CODE, SCOPE, new ClientID(configuration.clientId()),
                redirectUri)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Exchanges the code for tokens and returns the claims of the validated ID token. */
    IDTokenClaimsSet redeem(SsoConfiguration configuration, URI redirectUri, AuthorizationCode code,
                            CodeVerifier verifier, Nonce nonce) throws ProviderException {
        OIDCProviderMetadata provider = discover(configuration);
        TokenRequest request = new TokenRequest.Builder(provider.getTokenEndpointURI(),
                clientAuthentication(configuration, provider), new AuthorizationCodeGrant(code, redirectUri, verifier))
                .build();
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException unreadable) {
            throw new ProviderException("the token endpoint did not answer usably", unreadable);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new ProviderException("the token endpoint refused the code: " + error.getCode());
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new ProviderException("the token response holds no ID token");
        }
        try {
            return validator(configuration, provider).validate(idToken, nonce);
        } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException invalid) {
            throw new ProviderException("the ID token is not valid: " + invalid.getMessage(), invalid);
        }
    }

    /** The provider's metadata, fetched at most every ten minutes; its issuer must be the configured one. */
    private OIDCProviderMetadata discover(SsoConfiguration configuration) throws ProviderException {
        Discovered cached = metadata.get(configuration.issuerId());
        Instant now = clock.instant();
        if (cached != null && cached.fetchedAt().plus(METADATA_TTL).isAfter(now)) {
            return cached.metadata();
        }
        network.check(configuration.issuer(), "issuer");
        try {
            // Nimbus checks that the document's issuer is exactly the one asked for.
            OIDCProviderMetadata found = OIDCProviderMetadata.resolve(new Issuer(configuration.issuerId()),
                    CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
            if (found.getTokenEndpointURI() == null || found.getJWKSetURI() == null) {
                throw new ProviderException("the provider's discovery document has no token endpoint or JWKS URI");
            }
            network.check(found.getTokenEndpointURI(), "token endpoint");
            network.check(found.getJWKSetURI(), "JWKS URI");
            metadata.put(configuration.issuerId(), new Discovered(found, now));
            return found;
        } catch (GeneralException | IOException unavailable) {
            throw new ProviderException("discovery at " + configuration.issuerId() + " failed", unavailable);
        }
    }

    private IDTokenValidator validator(SsoConfiguration configuration, OIDCProviderMetadata provider)
            throws ProviderException {
        JWSAlgorithm algorithm = signingAlgorithm(provider);
        String key = configuration.issuerId() + " " + configuration.clientId() + " " + provider.getJWKSetURI()
                + " " + algorithm;
        try {
            var jwks = provider.getJWKSetURI().toURL();
            return validators.computeIfAbsent(key, ignored -> new IDTokenValidator(provider.getIssuer(),
                    new ClientID(configuration.clientId()), algorithm, jwks,
                    new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, JWKS_SIZE_LIMIT)));
        } catch (MalformedURLException | IllegalArgumentException badJwksUri) {
            throw new ProviderException("the provider's JWKS URI is not usable", badJwksUri);
        }
    }

    /** RS256, which every provider must support, unless the provider signs ID tokens otherwise only. */
    private static JWSAlgorithm signingAlgorithm(OIDCProviderMetadata provider) {
        List<JWSAlgorithm> supported = provider.getIDTokenJWSAlgs();
        if (supported == null || supported.isEmpty() || supported.contains(JWSAlgorithm.RS256)) {
            return JWSAlgorithm.RS256;
        }
        return supported.stream().filter(alg -> JWSAlgorithm.Family.SIGNATURE.contains(alg)).findFirst()
                .orElse(JWSAlgorithm.RS256);
    }

    private static ClientAuthentication clientAuthentication(SsoConfiguration configuration,
                                                             OIDCProviderMetadata provider) {
        ClientID client = new ClientID(configuration.clientId());
        Secret secret = new Secret(configuration.clientSecret());
        List<ClientAuthenticationMethod> methods = provider.getTokenEndpointAuthMethods();
        boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
    }
}
