package com.dashify.identity.adapter.console.security;

import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase.SignInCommand;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Validates console passwords through the sign-in in-port, and accepts a
 * {@link VerifiedSignInCredential}, which only exists once an SSO or passkey sign-in has been
 * verified and matched. A right password signs its owner in whatever their role, so that someone
 * who may not use the console gets a clear "not allowed" page rather than "wrong password": what
 * anyone may do is decided on every request, by {@link ConsoleGuardFilter} and the use cases, from
 * their role at that moment.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    /**
     * The request attribute that holds a failure of the password check itself (the database gone,
     * a bug). The container swallows what an identity store throws and reports only that the
     * authentication failed; the sign-in form reads the cause here, so that it neither counts the
     * attempt as a wrong password nor answers "wrong password".
     */
    public static final String CHECK_FAILED = ConsoleIdentityStore.class.getName() + ".checkFailed";

    @Inject
    SignInAdminUseCase signIn;
    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof VerifiedSignInCredential verified) {
            // Verified (ID token or passkey assertion) and matched by a use case already.
            return new CredentialValidationResult(new CallerPrincipal(
                    new ConsolePrincipal(verified.tenantId(), verified.userId()).name()));
        }
        if (!(credential instanceof ConsoleCredential console)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            // No payload: what was typed in the user name field is sometimes a password.
            SignedIn signedIn = signIn.signIn(new SignInCommand(console.tenantName(), console.userName(),
                    console.password(), SignInSessions.contextOf(request)));
            String name = new ConsolePrincipal(signedIn.tenantId(), signedIn.userId()).name();
            return new CredentialValidationResult(new CallerPrincipal(name));
        } catch (AuthenticationFailedException wrongCredentials) {
            return CredentialValidationResult.INVALID_RESULT;
        } catch (RuntimeException checkFailed) {
            request.setAttribute(CHECK_FAILED, checkFailed);
            throw checkFailed;
        } finally {
            console.clear();
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
