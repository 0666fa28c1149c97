package com.dashify.identity.adapter.console.faces;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import com.dashify.identity.adapter.console.security.ConsoleSession;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.token.port.in.IssueTokenUseCase;
import com.dashify.identity.application.token.port.in.IssueTokenUseCase.IssueTokenCommand;
import com.dashify.identity.application.token.port.in.ListTokensUseCase;
import com.dashify.identity.application.token.port.in.ListTokensUseCase.TokenList;
import com.dashify.identity.application.token.port.in.RevokeTokenUseCase;
import com.dashify.identity.application.token.port.in.RevokeTokenUseCase.RevokeTokenCommand;
import com.dashify.identity.application.token.port.in.TokenNotFoundException;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The token management page: lists the admin's tokens and the tenant's, creates a token (shown
 * once, in the response to the create), and revokes tokens. A create can be submitted once: a
 * reload or a replayed post of the same form creates nothing.
 */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The lifetimes offered: 30, 90 and 365 days, or none. */
    public static final List<String> EXPIRY_CHOICES = List.of("never", "30", "90", "365");

    // Client proxies of normal-scoped beans: serializable, so the view can be passivated.
    @Inject
    ConsoleSession session;
    @Inject
    ListTokensUseCase listTokens;
    @Inject
    IssueTokenUseCase issueToken;
    @Inject
    RevokeTokenUseCase revokeToken;
    @Inject
    NewToken newToken;

    private String name;
    private List<String> scopes = new ArrayList<>(List.of(Scope.SCIM.wireName()));
    private String expiry = "never";
    private String submission;
    private String expectedSubmission;
    private List<TokenRow> own = List.of();
    private List<TokenRow> tenant = List.of();

    @PostConstruct
    void load() {
        expectedSubmission = UUID.randomUUID().toString();
        submission = expectedSubmission;
        refresh();
    }

    private void refresh() {
        TokenList list = listTokens.list(session.user().actor());
        own = list.own().stream().map(summary -> TokenRow.of(summary, Instant.now())).toList();
        tenant = list.tenant().stream().map(summary -> TokenRow.of(summary, Instant.now())).toList();
    }

    /** Synchronized: two posts of one form at once (a double click) must not both pass the check. */
    public synchronized String create() {
        if (expectedSubmission == null || !expectedSubmission.equals(submission)) {
            message(FacesMessage.SEVERITY_WARN, "This form was already submitted; no new token was created.");
            return null;
        }
        expectedSubmission = null;
        try {
            Set<Scope> chosen = EnumSet.noneOf(Scope.class);
            for (String scope : scopes) {
                chosen.add(Scope.named(scope).orElseThrow(() -> new InvalidValueException("scopes", "are unknown")));
            }
            Integer days = "never".equals(expiry) ? null : Integer.valueOf(expiry);
            IssuedToken issued = issueToken.issue(new IssueTokenCommand(session.user().actor(), new TokenName(name),
                    chosen, days, session.context(JSON.createObjectBuilder().add("name", name)
                            .add("scopes", String.join(" ", scopes)).add("expiry", expiry).build().toString())));
            newToken.show(issued.secret().reveal(), issued.token().name().value());
            name = null;
        } catch (InvalidValueException | AccessDeniedException | NumberFormatException refused) {
            message(FacesMessage.SEVERITY_ERROR, "The token was not created: " + refused.getMessage() + ".");
        } finally {
            expectedSubmission = UUID.randomUUID().toString();
            submission = expectedSubmission;
            refresh();
        }
        return null;
    }

    public String revoke(String tokenId) {
        try {
            TokenId id = TokenId.parse(tokenId).orElseThrow(() -> new TokenNotFoundException(null));
            revokeToken.revoke(new RevokeTokenCommand(session.user().actor(), id, session.context(
                    JSON.createObjectBuilder().add("tokenId", tokenId).build().toString())));
            message(FacesMessage.SEVERITY_INFO, "The token was revoked. It stops working on its next use.");
        } catch (TokenNotFoundException notFound) {
            message(FacesMessage.SEVERITY_ERROR, "No such token.");
        }
        refresh();
        return null;
    }

    /** The SCIM base URL to paste into the directory, as this browser reached the service. */
    public String getScimBaseUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/scim/v2";
    }

    private void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<String> getExpiryChoices() {
        return EXPIRY_CHOICES;
    }

    public List<String> getScopeChoices() {
        return Arrays.stream(Scope.values()).map(Scope::wireName).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public String getExpiry() {
        return expiry;
    }

    public void setExpiry(String expiry) {
        this.expiry = expiry;
    }

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }

    public List<TokenRow> getOwn() {
        return own;
    }

    public List<TokenRow> getTenant() {
        return tenant;
    }
}
