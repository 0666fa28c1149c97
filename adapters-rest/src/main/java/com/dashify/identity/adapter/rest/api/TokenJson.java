package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.application.token.port.in.ListTokensUseCase.TokenSummary;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;

/** The JSON of tokens in the API: metadata and usage, and the secret only in the response that issues it. */
final class TokenJson {

    private TokenJson() {
    }

    /** The answer to an issue request: the secret, shown this once. */
    static JsonObject issued(IssuedToken issued) {
        PersonalAccessToken token = issued.token();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", token.id().toString())
                .add("token", issued.secret().reveal())
                .add("name", token.name().value())
                .add("scopes", scopes(token));
        instant(json, "expiresAt", token.expiresAt());
        return json.build();
    }

    static JsonObject summary(TokenSummary summary, Instant now) {
        PersonalAccessToken token = summary.token();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", token.id().toString())
                .add("name", token.name().value())
                .add("scopes", scopes(token))
                .add("owner", JSON.createObjectBuilder().add("id", token.ownerId().toString())
                        .add("userName", summary.ownerUserName()))
                .add("createdAt", token.createdAt().toString());
        instant(json, "expiresAt", token.expiresAt());
        instant(json, "lastUsedAt", token.lastUsedAt());
        token.lastUsedFrom().ifPresentOrElse(from -> json.add("lastUsedFrom", from), () -> json.addNull("lastUsedFrom"));
        instant(json, "revokedAt", token.revokedAt());
        return json.add("status", status(token, now)).build();
    }

    /** {@code active}, {@code expired} or {@code revoked}. */
    static String status(PersonalAccessToken token, Instant now) {
        if (token.revokedAt().isPresent()) {
            return "revoked";
        }
        return token.isUsableAt(now) ? "active" : "expired";
    }

    private static JsonArrayBuilder scopes(PersonalAccessToken token) {
        JsonArrayBuilder scopes = JSON.createArrayBuilder();
        token.scopes().stream().map(Scope::wireName).sorted().forEach(scopes::add);
        return scopes;
    }

    private static void instant(JsonObjectBuilder json, String name, Optional<Instant> value) {
        value.ifPresentOrElse(instant -> json.add(name, instant.toString()), () -> json.addNull(name));
    }
}
