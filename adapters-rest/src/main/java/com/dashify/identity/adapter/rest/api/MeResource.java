package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.application.user.port.in.CurrentUserUseCase;
import com.dashify.identity.application.user.port.in.CurrentUserUseCase.CurrentUser;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.user.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/me}: the token's owner as they are right now, with their current role and its
 * permissions. Needs a token with the {@code api} scope.
 */
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ApiAuthentication authentication;
    @Inject
    CurrentUserUseCase currentUser;

    @GET
    public JsonObject me() {
        CurrentUser me = currentUser.describe(authentication.require(Scope.API));
        JsonArrayBuilder permissions = JSON.createArrayBuilder();
        me.permissions().stream().map(Permission::wireName).sorted().forEach(permissions::add);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", me.userId().toString())
                .add("userName", me.userName())
                .add("tenant", JSON.createObjectBuilder().add("id", me.tenantId().toString()).add("name", me.tenantName()))
                .add("role", me.role().displayName())
                .add("permissions", permissions);
        if (me.displayName() != null) {
            json.add("displayName", me.displayName());
        }
        return json.build();
    }
}
