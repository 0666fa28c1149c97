package com.dashify.identity.adapter.console.sso;

import com.dashify.identity.adapter.console.PlainPages;
import com.dashify.identity.adapter.console.security.SignInPages;
import com.dashify.identity.adapter.console.security.SignInSessions;
import com.dashify.identity.adapter.console.sso.OidcClient.ProviderException;
import com.dashify.identity.application.sso.port.in.SsoSignInRefusedException;
import com.dashify.identity.application.sso.port.in.SsoSignInUseCase;
import com.dashify.identity.application.sso.port.in.SsoSignInUseCase.SsoSignInCommand;
import com.dashify.identity.application.sso.port.in.SsoSignInUseCase.SsoSignedIn;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.tenant.TenantId;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Single sign-on through the tenant's OpenID Connect provider:
 * <ul>
 * <li>{@code GET /login}: asks for the organisation; {@code POST /login} goes on to its URL;</li>
 * <li>{@code GET /login/<organisation>}: the tenant's sign-in URL, which sends the browser to its
 * provider with a fresh state, nonce and PKCE challenge, kept for this browser only;</li>
 * <li>{@code GET /sso/callback}: the provider's answer; the state must be this browser's, the code
 * is exchanged and the ID token validated against the same tenant's provider, and the user it names
 * is matched within that tenant only. The browser is then signed in with a new session.</li>
 * </ul>
 * Every refusal is a page that says why, with no details of tokens.
 */
@WebServlet(name = "SsoServlet", urlPatterns = {SsoServlet.LOGIN_PATH, SsoServlet.LOGIN_PATH + "/*",
    SsoServlet.CALLBACK_PATH})
public class SsoServlet extends HttpServlet {

    static final String LOGIN_PATH = "/login";
    static final String CALLBACK_PATH = "/sso/callback";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());

    @Inject
    transient SsoSignInUseCase ssoSignIn;
    @Inject
    transient OidcClient oidc;
    @Inject
    transient SignInSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PlainPages.secureHeaders(response);
        if (CALLBACK_PATH.equals(request.getServletPath())) {
            complete(request, response);
            return;
        }
        String organisation = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (organisation.isEmpty()) {
            SignInPages.organisationForm(request, response);
        } else {
            start(organisation, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PlainPages.secureHeaders(response);
        String organisation = Optional.ofNullable(request.getParameter("organisation")).map(String::strip).orElse("");
        if (!LOGIN_PATH.equals(request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse(""))
                || organisation.isEmpty()) {
            SignInPages.organisationForm(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + LOGIN_PATH + "/"
                + URLEncoder.encode(organisation, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private void start(String organisation, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<SsoConfiguration> provider = ssoSignIn.providerFor(organisation);
        if (provider.isEmpty()) {
            SignInPages.refusal(request, response, HttpServletResponse.SC_NOT_FOUND, "Single sign-on is not set up",
                    "No organisation named \u201c" + organisation + "\u201d has single sign-on set up in Dashify."
                            + " Check the name, or ask your administrator for your organisation's sign-in link.");
            return;
        }
        SsoConfiguration configuration = provider.get();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI redirect;
        try {
            redirect = oidc.authorizationRequest(configuration, callbackUri(request), state, nonce, verifier);
        } catch (ProviderException unavailable) {
            LOG.log(Level.WARNING, "SSO start for tenant " + configuration.tenantId() + ": " + unavailable.getMessage());
            SignInPages.refusal(request, response, HttpServletResponse.SC_BAD_GATEWAY, "Identity provider unavailable",
                    "Your organisation's identity provider could not be reached. Try again in a moment; if it"
                            + " persists, ask your administrator to check the single sign-on settings.");
            return;
        }
        request.getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(
                configuration.tenantId().toString(), configuration.issuerId(), state.getValue(), nonce.getValue(),
                verifier.getValue(), Instant.now().toEpochMilli()));
        response.sendRedirect(redirect.toString());
    }

    private void complete(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        if (!(stored instanceof PendingSignIn pending) || pending.isExpiredAt(Instant.now())) {
            SignInPages.refusal(request, response, HttpServletResponse.SC_BAD_REQUEST, "Sign-in expired",
                    "This sign-in was not started here, was already used, or took longer than ten minutes."
                            + " Start again.");
            return;
        }
        AuthenticationResponse answer;
        try {
            answer = AuthenticationResponseParser.parse(callbackUri(request), parameters(request));
        } catch (ParseException malformed) {
            SignInPages.refusal(request, response, HttpServletResponse.SC_BAD_REQUEST, "Sign-in failed",
                    "The identity provider's answer could not be read. Start again.");
            return;
        }
        if (answer.getState() == null || !pending.state().equals(answer.getState().getValue())
                || answer.getIssuer() != null && !pending.issuer().equals(answer.getIssuer().getValue())) {
            SignInPages.refusal(request, response, HttpServletResponse.SC_BAD_REQUEST, "Sign-in failed",
                    "The identity provider's answer does not belong to the sign-in started in this browser."
                            + " Start again.");
            return;
        }
        if (!answer.indicatesSuccess()) {
            AuthenticationErrorResponse error = answer.toErrorResponse();
            SignInPages.refusal(request, response, HttpServletResponse.SC_FORBIDDEN, "Sign-in failed",
                    "Your identity provider did not sign you in (" + error.getErrorObject().getCode() + ").");
            return;
        }
        TenantId tenantId = TenantId.of(pending.tenantId());
        Optional<SsoConfiguration> provider = ssoSignIn.providerOf(tenantId)
                .filter(configuration -> configuration.issuerId().equals(pending.issuer()));
        if (provider.isEmpty()) {
            SignInPages.refusal(request, response, HttpServletResponse.SC_CONFLICT, "Sign-in failed",
                    "Your organisation's single sign-on settings changed during the sign-in. Start again.");
            return;
        }
        SsoConfiguration configuration = provider.get();
        AuthenticationSuccessResponse success = answer.toSuccessResponse();
        if (success.getAuthorizationCode() == null) {
            SignInPages.refusal(request, response, HttpServletResponse.SC_BAD_REQUEST, "Sign-in failed",
                    "The identity provider's answer holds no authorization code. Start again.");
            return;
        }
        IDTokenClaimsSet claims;
        try {
            claims = oidc.redeem(configuration, callbackUri(request), success.getAuthorizationCode(),
                    new CodeVerifier(pending.codeVerifier()), new Nonce(pending.nonce()));
        } catch (ProviderException failed) {
            LOG.log(Level.WARNING, "SSO sign-in for tenant " + tenantId + " failed: " + failed.getMessage());
            SignInPages.refusal(request, response, HttpServletResponse.SC_BAD_GATEWAY, "Sign-in failed",
                    "The sign-in could not be verified with your organisation's identity provider. Start again;"
                            + " if it persists, ask your administrator to check the single sign-on settings.");
            return;
        }
        signIn(configuration, claims, request, response);
    }

    private void signIn(SsoConfiguration configuration, IDTokenClaimsSet claims, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        SsoSignedIn signedIn;
        try {
            signedIn = ssoSignIn.signIn(new SsoSignInCommand(configuration.tenantId(), claims.getIssuer().getValue(),
                    claims.getStringClaim(configuration.userClaim()), groups(configuration, claims),
                    SignInSessions.contextOf(request)));
        } catch (SsoSignInRefusedException refused) {
            LOG.info("SSO sign-in for tenant " + configuration.tenantId() + " refused: " + refused.reason());
            refuse(refused.reason(), request, response);
            return;
        } catch (InvalidValueException unusableGroups) {
            SignInPages.refusal(request, response, HttpServletResponse.SC_BAD_REQUEST, "Sign-in refused",
                    "Your identity provider sent groups Dashify cannot use (too many, blank, or names longer than"
                            + " it accepts). Ask your administrator to send only the groups that matter to Dashify.");
            return;
        }
        Optional<SessionId> session = sessions.signInVerified(request, signedIn.tenantId(),
                signedIn.userId(), SignInMethod.SSO);
        if (session.isEmpty()) {
            refuse(SsoSignInRefusedException.Reason.INACTIVE_USER, request, response);
            return;
        }
        response.sendRedirect(sessions.landingPath(request, session.get()));
    }

    private static void refuse(SsoSignInRefusedException.Reason reason, HttpServletRequest request,
                               HttpServletResponse response) throws IOException {
        String message = switch (reason) {
            case UNKNOWN_USER -> "Your identity provider signed you in, but your organisation has no Dashify"
                    + " account for you. Ask your administrator to give you access to Dashify.";
            case INACTIVE_USER -> "Your Dashify account is deactivated. Ask your administrator if this is a"
                    + " mistake.";
            case NOT_CONFIGURED -> "Your organisation's single sign-on settings changed during the sign-in."
                    + " Start again.";
        };
        SignInPages.refusal(request, response, HttpServletResponse.SC_FORBIDDEN, "Sign-in refused", message);
    }

    /** The groups claim's values: a JSON array of strings, or one string; none when not configured. */
    private static Set<String> groups(SsoConfiguration configuration, IDTokenClaimsSet claims) {
        Optional<String> claim = configuration.groupsClaimName();
        if (claim.isEmpty() || claims.getClaim(claim.get()) == null) {
            return Set.of();
        }
        List<String> values = claims.getStringListClaim(claim.get());
        if (values != null) {
            return new LinkedHashSet<>(values);
        }
        String single = claims.getStringClaim(claim.get());
        return single == null ? Set.of() : Set.of(single);
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> Arrays.asList(entry.getValue())));
    }

    /** This service's callback, as the browser addresses it (scheme and {@code Host} of the request). */
    static URI callbackUri(HttpServletRequest request) {
        return URI.create((request.isSecure() ? "https" : "http") + "://" + request.getHeader("Host")
                + request.getContextPath() + CALLBACK_PATH);
    }
}
