package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.api.TokenRequests.IssueTokenRequest;
import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.token.port.in.IssueTokenUseCase;
import com.dashify.identity.application.token.port.in.IssueTokenUseCase.IssueTokenCommand;
import com.dashify.identity.application.token.port.in.ListTokensUseCase;
import com.dashify.identity.application.token.port.in.ListTokensUseCase.TokenList;
import com.dashify.identity.application.token.port.in.RevokeTokenUseCase;
import com.dashify.identity.application.token.port.in.RevokeTokenUseCase.RevokeTokenCommand;
import com.dashify.identity.application.token.port.in.TokenNotFoundException;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;

/**
 * {@code /api/v1/tokens}: the caller's tokens (and, for an Org Admin, every token of the tenant),
 * issuing and revoking them, for automation that rotates its own credentials. Needs a token with
 * the {@code tokens} scope; a {@code scim} token gets 403.
 */
@Path("tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    ApiAuthentication authentication;
    @Inject
    IssueTokenUseCase issueToken;
    @Inject
    ListTokensUseCase listTokens;
    @Inject
    RevokeTokenUseCase revokeToken;
    @Inject
    Clock clock;

    @GET
    public JsonObject list() {
        Actor actor = authentication.require(Scope.TOKENS);
        TokenList tokens = listTokens.list(actor);
        JsonArrayBuilder own = JSON.createArrayBuilder();
        tokens.own().forEach(summary -> own.add(TokenJson.summary(summary, clock.instant())));
        JsonArrayBuilder tenant = JSON.createArrayBuilder();
        tokens.tenant().forEach(summary -> tenant.add(TokenJson.summary(summary, clock.instant())));
        return JSON.createObjectBuilder().add("own", own).add("tenant", tenant).build();
    }

    @POST
    public Response issue(InputStream body) {
        Actor actor = authentication.require(Scope.TOKENS);
        JsonObject json = JsonBodies.parseObject(JsonBodies.readBounded(body));
        IssueTokenRequest request = TokenRequests.read(json);
        IssuedToken issued = issueToken.issue(new IssueTokenCommand(actor, request.name(), request.scopes(),
                request.expiresInDays(), authentication.context(request.auditPayload())));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED)
                .cacheControl(noStore)
                .entity(TokenJson.issued(issued))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        Actor actor = authentication.require(Scope.TOKENS);
        TokenId tokenId = TokenId.parse(id).orElseThrow(() -> new ApiException(404, "No such token."));
        try {
            revokeToken.revoke(new RevokeTokenCommand(actor, tokenId, authentication.context(null)));
        } catch (TokenNotFoundException notFound) {
            throw new ApiException(404, "No such token.");
        }
        return Response.noContent().build();
    }
}
