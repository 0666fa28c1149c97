package com.dashify.identity.adapter.console;

import com.dashify.identity.application.port.in.AuthenticationFailedException;
import com.dashify.identity.application.port.in.SignInAdminUseCase;
import com.dashify.identity.application.port.in.SignInAdminUseCase.SignInCommand;
import com.dashify.identity.application.port.in.SignInAdminUseCase.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Validates console credentials through the sign-in in-port. A right password of someone who may
 * not use the console still signs them in, so that they get a clear "not allowed" page rather
 * than "wrong password"; {@link ConsoleGuardFilter} turns them away on that very request.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    static final String ADMIN_GROUP = "console-admin";

    @Inject
    SignInAdminUseCase signIn;
    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ConsoleCredential console)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            SignedIn signedIn = signIn.signIn(new SignInCommand(console.tenantName(), console.userName(),
                    console.password(), request.getRemoteAddr()));
            String name = new ConsolePrincipal(signedIn.tenantId(), signedIn.userId()).name();
            return new CredentialValidationResult(new CallerPrincipal(name),
                    signedIn.allowed() ? Set.of(ADMIN_GROUP) : Set.of());
        } catch (AuthenticationFailedException wrongCredentials) {
            return CredentialValidationResult.INVALID_RESULT;
        } finally {
            console.clear();
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
