package com.dashify.identity.adapter.console.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A token secret just issued, kept for the one response that shows it and nowhere else: not in
 * the session, not in the view state (the page writes it into plain markup, not a component).
 */
@Named
@RequestScoped
public class NewToken {

    private String secret;
    private String name;

    void show(String issuedSecret, String tokenName) {
        this.secret = issuedSecret;
        this.name = tokenName;
    }

    public boolean isPresent() {
        return secret != null;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }
}
