package com.dashify.identity.adapter.console.passkey;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import com.dashify.identity.adapter.console.passkey.PasskeyCeremonies.CeremonyFailedException;
import com.dashify.identity.adapter.console.passkey.PasskeyCeremonies.PresentedAssertion;
import com.dashify.identity.adapter.console.security.ConsoleGuardFilter;
import com.dashify.identity.adapter.console.security.SignInSessions;
import com.dashify.identity.application.passkey.port.in.PasskeySignInUseCase;
import com.dashify.identity.application.passkey.port.in.PasskeySignInUseCase.PasskeySignInCommand;
import com.dashify.identity.application.passkey.port.in.PasskeySignInUseCase.SignedInWithPasskey;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signing in with a passkey, from the sign-in page ({@code /login}):
 * <ul>
 * <li>{@code POST /passkey/options}: request options with a fresh challenge, kept in this browser's
 * session;</li>
 * <li>{@code POST /passkey/sign-in} with {@code credential.toJSON()}: the challenge is taken out
 * (single use), the passkey the answer names is looked up (it must be enabled and its owner active),
 * the signature verified with its public key, and the browser signed in with a new session.</li>
 * </ul>
 * Both must come from a page of this service (same {@code Origin}). Every refusal says the same,
 * so a refusal does not tell whether a passkey exists or why it may not sign in.
 */
@WebServlet(name = "PasskeySignInServlet", urlPatterns = "/passkey/*")
public class PasskeySignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PasskeySignInServlet.class.getName());
    private static final String REFUSED = "This passkey cannot sign you in. It may have been removed, or your"
            + " account deactivated; sign in with single sign-on, or ask your administrator.";

    @Inject
    transient PasskeySignInUseCase passkeySignIn;
    @Inject
    transient PasskeyCeremonies ceremonies;
    @Inject
    transient SignInSessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            step(request, response);
        } catch (RuntimeException failure) {
            JsonExchange.unexpected(request, response, failure);
        }
    }

    private void step(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ConsoleGuardFilter.sameOrigin(request)) {
            JsonExchange.error(response, HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused.");
            return;
        }
        if (!ceremonies.usableAt(request, response)) {
            return;
        }
        switch (Optional.ofNullable(request.getPathInfo()).orElse("")) {
            case "/options" -> {
                PasskeyChallenge challenge = PasskeyChallenge.issue(request.getSession(true),
                        PasskeyChallenge.Purpose.SIGN_IN, null, Instant.now());
                JsonExchange.send(response, HttpServletResponse.SC_OK, ceremonies.requestOptions(challenge));
            }
            case "/sign-in" -> signIn(request, response);
            default -> JsonExchange.error(response, HttpServletResponse.SC_NOT_FOUND, "No such step.");
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<PasskeyChallenge> challenge = PasskeyChallenge.take(request.getSession(false),
                PasskeyChallenge.Purpose.SIGN_IN, Instant.now());
        Optional<JsonObject> body = JsonExchange.body(request);
        if (challenge.isEmpty()) {
            JsonExchange.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "This sign-in expired or was used already. Start again.");
            return;
        }
        if (body.isEmpty()) {
            JsonExchange.error(response, HttpServletResponse.SC_BAD_REQUEST, PasskeyCeremonies.UNREADABLE);
            return;
        }
        PresentedAssertion assertion;
        try {
            assertion = ceremonies.readAssertion(body.get().toString());
        } catch (CeremonyFailedException failed) {
            LOG.info(() -> "passkey sign-in refused: " + failed.getMessage());
            JsonExchange.error(response, failed.isUnreadable() ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_FORBIDDEN, failed.isUnreadable() ? failed.getMessage() : REFUSED);
            return;
        }
        Optional<SignedInWithPasskey> verified;
        try {
            Optional<byte[]> publicKeyRecord = passkeySignIn.publicKeyRecord(assertion.credentialId());
            verified = publicKeyRecord.isEmpty() ? Optional.empty() : passkeySignIn.signIn(new PasskeySignInCommand(
                    assertion.credentialId(), ceremonies.verifyAssertion(assertion, publicKeyRecord.get(),
                    challenge.get()), new UserId(assertion.userHandle()), SignInSessions.contextOf(request)));
        } catch (CeremonyFailedException failed) {
            LOG.info(() -> "passkey sign-in refused: " + failed.getMessage());
            verified = Optional.empty();
        }
        if (verified.isEmpty()) {
            JsonExchange.error(response, HttpServletResponse.SC_FORBIDDEN, REFUSED);
            return;
        }
        Optional<SessionId> session = sessions.signInVerified(request, verified.get().tenantId(),
                verified.get().userId(), SignInMethod.PASSKEY);
        if (session.isEmpty()) {
            JsonExchange.error(response, HttpServletResponse.SC_FORBIDDEN, REFUSED);
            return;
        }
        JsonExchange.send(response, HttpServletResponse.SC_OK,
                JSON.createObjectBuilder().add("redirect", sessions.landingPath(request, session.get())).build());
    }
}
