package com.dashify.identity.adapter.console.passkey;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import com.dashify.identity.adapter.console.passkey.PasskeyCeremonies.CeremonyFailedException;
import com.dashify.identity.adapter.console.passkey.PasskeyCeremonies.VerifiedRegistration;
import com.dashify.identity.adapter.console.security.ConsoleGuardFilter;
import com.dashify.identity.adapter.console.security.SignInSessions;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.passkey.port.in.PasskeysUseCase;
import com.dashify.identity.application.passkey.port.in.PasskeysUseCase.RegisterPasskeyCommand;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase.SignedInUser;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.passkey.PasskeyAlreadyRegisteredException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Registering a passkey, for the signed-in user of the passkeys page ({@code /app/passkeys.xhtml}):
 * <ul>
 * <li>{@code POST /app/passkeys/options}: creation options with a fresh challenge, kept in this
 * browser's session for this user;</li>
 * <li>{@code POST /app/passkeys/register} with {@code {"name": ..., "credential": credential.toJSON()}}:
 * the challenge is taken out (single use), the answer verified, and the passkey stored.</li>
 * </ul>
 * Under {@code /app}, so {@link ConsoleGuardFilter} has checked the session record and the origin of
 * the post before either runs.
 */
@WebServlet(name = "PasskeyRegistrationServlet", urlPatterns = "/app/passkeys/*")
public class PasskeyRegistrationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasskeysUseCase passkeys;
    @Inject
    transient PasskeyCeremonies ceremonies;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            step(request, response);
        } catch (RuntimeException failure) {
            JsonExchange.unexpected(request, response, failure);
        }
    }

    private void step(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(ConsoleGuardFilter.USER_ATTRIBUTE) instanceof SignedInUser user)) {
            JsonExchange.error(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in again.");
            return;
        }
        if (!ceremonies.usableAt(request, response)) {
            return;
        }
        String step = Optional.ofNullable(request.getPathInfo()).orElse("");
        try {
            switch (step) {
                case "/options" -> options(user, request, response);
                case "/register" -> register(user, request, response);
                default -> JsonExchange.error(response, HttpServletResponse.SC_NOT_FOUND, "No such step.");
            }
        } catch (AuthenticationFailedException deactivatedMeanwhile) {
            JsonExchange.error(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in again.");
        }
    }

    private void options(SignedInUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var existing = passkeys.list(user.actor()).stream().map(Passkey::credentialId).toList();
        PasskeyChallenge challenge = PasskeyChallenge.issue(request.getSession(), PasskeyChallenge.Purpose.REGISTER,
                user.userId().toString(), Instant.now());
        JsonExchange.send(response, HttpServletResponse.SC_OK,
                ceremonies.creationOptions(challenge, user.userId().value(), user.userName(), existing));
    }

    private void register(SignedInUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<PasskeyChallenge> challenge = PasskeyChallenge.take(request.getSession(false),
                PasskeyChallenge.Purpose.REGISTER, Instant.now())
                .filter(issued -> user.userId().toString().equals(issued.userId()));
        Optional<JsonObject> body = JsonExchange.body(request);
        if (challenge.isEmpty()) {
            JsonExchange.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "This registration expired or was used already. Start again.");
            return;
        }
        if (body.isEmpty() || body.get().get("credential") == null
                || body.get().get("credential").getValueType() != JsonValue.ValueType.OBJECT) {
            JsonExchange.error(response, HttpServletResponse.SC_BAD_REQUEST, PasskeyCeremonies.UNREADABLE);
            return;
        }
        String name = body.get().getString("name", "").strip();
        VerifiedRegistration verified;
        try {
            verified = ceremonies.verifyRegistration(body.get().getJsonObject("credential").toString(),
                    challenge.get());
        } catch (CeremonyFailedException failed) {
            JsonExchange.error(response, HttpServletResponse.SC_BAD_REQUEST, failed.getMessage());
            return;
        }
        Passkey passkey;
        try {
            passkey = passkeys.register(new RegisterPasskeyCommand(user.actor(), name.isEmpty() ? "Passkey" : name,
                    verified.credentialId(), verified.publicKeyRecord(), verified.signCount(),
                    SignInSessions.contextOf(request)));
        } catch (PasskeyAlreadyRegisteredException registered) {
            JsonExchange.error(response, HttpServletResponse.SC_CONFLICT, "This passkey is registered already.");
            return;
        } catch (InvalidValueException badName) {
            JsonExchange.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "A passkey's name has at most 100 characters.");
            return;
        }
        JsonExchange.send(response, HttpServletResponse.SC_CREATED, JSON.createObjectBuilder()
                .add("id", passkey.id().toString()).add("name", passkey.name()).build());
    }
}
