package com.dashify.identity.adapter.console.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Arrays;

/** What the sign-in form collects: organisation, user name and password. */
public final class ConsoleCredential implements Credential {

    private final String tenantName;
    private final String userName;
    private final char[] password;

    public ConsoleCredential(String tenantName, String userName, char[] password) {
        this.tenantName = tenantName;
        this.userName = userName;
        this.password = password.clone();
    }

    public String tenantName() {
        return tenantName;
    }

    public String userName() {
        return userName;
    }

    public char[] password() {
        return password;
    }

    @Override
    public void clear() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "ConsoleCredential[" + tenantName + "/" + userName + "]";
    }
}
