package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.sso.port.in.SsoSettingsUseCase;
import com.dashify.identity.application.sso.port.in.SsoSettingsUseCase.ReplaceSsoCommand;
import com.dashify.identity.application.user.port.in.CurrentUserUseCase;
import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.token.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /api/v1/sso}: the tenant's OpenID Connect provider for single sign-on. Needs a token with
 * the {@code settings} scope whose owner is an Org Admin. The client secret is write-only: it is
 * never returned, and a {@code PUT} without it keeps the stored one.
 */
@Path("sso")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SsoSettingsResource {

    static final String DEFAULT_USER_CLAIM = "preferred_username";

    @Inject
    ApiAuthentication authentication;
    @Inject
    SsoSettingsUseCase sso;
    @Inject
    CurrentUserUseCase currentUser;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject get() {
        Actor actor = authentication.require(Scope.SETTINGS);
        SsoConfiguration configuration = sso.get(actor)
                .orElseThrow(() -> new ApiException(404, "Single sign-on is not configured."));
        return json(configuration, actor);
    }

    @PUT
    public JsonObject replace(InputStream body) {
        Actor actor = authentication.require(Scope.SETTINGS);
        JsonObject json = JsonBodies.parseObject(JsonBodies.readBounded(body));
        String secret = text(json, "clientSecret", false);
        String userClaim = text(json, "userClaim", false);
        SsoConfiguration configuration = sso.replace(new ReplaceSsoCommand(actor, text(json, "issuer", true),
                text(json, "clientId", true), secret, userClaim == null ? DEFAULT_USER_CLAIM : userClaim,
                text(json, "groupsClaim", false), authentication.context(allowed(json))));
        return json(configuration, actor);
    }

    @DELETE
    public Response remove() {
        Actor actor = authentication.require(Scope.SETTINGS);
        sso.remove(actor, authentication.context(null));
        return Response.noContent().build();
    }

    private JsonObject json(SsoConfiguration configuration, Actor actor) {
        String base = (request.isSecure() ? "https" : "http") + "://" + request.getHeader("Host")
                + request.getContextPath();
        String tenantName = currentUser.describe(actor).tenantName();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("issuer", configuration.issuerId())
                .add("clientId", configuration.clientId())
                .add("clientSecretSet", true)
                .add("userClaim", configuration.userClaim())
                .add("callbackUrl", base + "/sso/callback")
                .add("signInUrl", base + "/login/" + URLEncoder.encode(tenantName, StandardCharsets.UTF_8));
        configuration.groupsClaimName().ifPresentOrElse(claim -> json.add("groupsClaim", claim),
                () -> json.addNull("groupsClaim"));
        return json.build();
    }

    private static String text(JsonObject json, String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw new ApiException(400, "'" + field + "' is required.");
            }
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new ApiException(400, "'" + field + "' must be a string.");
        }
        return text.getString();
    }

    /** The audit payload: the settings by name, and whether a client secret was sent, never the secret. */
    private static String allowed(JsonObject json) {
        JsonObjectBuilder allowed = JSON.createObjectBuilder();
        for (String name : List.of("issuer", "clientId", "userClaim", "groupsClaim")) {
            if (json.get(name) instanceof JsonString value) {
                allowed.add(name, value);
            }
        }
        if (json.containsKey("clientSecret")) {
            allowed.add("clientSecret", "(redacted)");
        }
        return allowed.build().toString();
    }
}
