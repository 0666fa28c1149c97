package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.application.token.port.in.ListTokensUseCase.TokenSummary;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * One line of a token table, as the page shows it; never the secret or its hash. A class with
 * getters, not a record: Expression Language 5 (Jakarta EE 10) does not read record components.
 */
public final class TokenRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String id;
    private final String name;
    private final String scopes;
    private final String owner;
    private final String created;
    private final String expires;
    private final String lastUsed;
    private final String lastUsedFrom;
    private final String status;

    private TokenRow(TokenSummary summary, Instant now) {
        PersonalAccessToken token = summary.token();
        this.id = token.id().toString();
        this.name = token.name().value();
        this.scopes = token.scopes().stream().map(Scope::wireName).sorted().collect(Collectors.joining(", "));
        this.owner = summary.ownerUserName();
        this.created = FORMAT.format(token.createdAt());
        this.expires = token.expiresAt().map(FORMAT::format).orElse("never");
        this.lastUsed = token.lastUsedAt().map(FORMAT::format).orElse("never");
        this.lastUsedFrom = token.lastUsedFrom().orElse("");
        this.status = token.revokedAt().isPresent() ? "revoked" : token.isUsableAt(now) ? "active" : "expired";
    }

    static TokenRow of(TokenSummary summary, Instant now) {
        return new TokenRow(summary, now);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getScopes() {
        return scopes;
    }

    public String getOwner() {
        return owner;
    }

    public String getCreated() {
        return created;
    }

    public String getExpires() {
        return expires;
    }

    public String getLastUsed() {
        return lastUsed;
    }

    public String getLastUsedFrom() {
        return lastUsedFrom;
    }

    public String getStatus() {
        return status;
    }

    public boolean isActive() {
        return status.equals("active");
    }
}
