package com.dashify.identity.adapter.console.faces;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import com.dashify.identity.adapter.console.passkey.PasskeyRegistrationServlet;
import com.dashify.identity.adapter.console.security.ConsoleSession;
import com.dashify.identity.application.passkey.port.in.PasskeyNotFoundException;
import com.dashify.identity.application.passkey.port.in.PasskeysUseCase;
import com.dashify.identity.domain.passkey.PasskeyId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The signed-in user's passkeys page, {@code /app/passkeys.xhtml}: their passkeys, and removing one.
 * Adding one is the page's script and {@link PasskeyRegistrationServlet}, since the browser's
 * authenticator has to answer in between.
 */
@Named
@RequestScoped
public class PasskeysBean {

    @Inject
    ConsoleSession session;
    @Inject
    PasskeysUseCase passkeys;
    @Inject
    FacesContext faces;

    private List<PasskeyRow> rows;

    public List<PasskeyRow> getPasskeys() {
        if (rows == null) {
            rows = passkeys.list(session.user().actor()).stream().map(PasskeyRow::new).toList();
        }
        return rows;
    }

    public String remove(String passkeyId) {
        try {
            PasskeyId id = PasskeyId.parse(passkeyId).orElseThrow(PasskeyNotFoundException::new);
            passkeys.remove(session.user().actor(), id, session.context(
                    JSON.createObjectBuilder().add("passkeyId", passkeyId).build().toString()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "The passkey was removed. It cannot sign you in any more.", null));
        } catch (PasskeyNotFoundException notFound) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "No such passkey.", null));
        }
        NextPageMessages.keep(faces);
        return "/app/passkeys.xhtml?faces-redirect=true";
    }
}
