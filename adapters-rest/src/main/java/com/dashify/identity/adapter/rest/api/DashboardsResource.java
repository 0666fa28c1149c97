package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.dashboard.port.in.DashboardsUseCase;
import com.dashify.identity.application.dashboard.port.in.DashboardsUseCase.CreateDashboardCommand;
import com.dashify.identity.domain.dashboard.Dashboard;
import com.dashify.identity.domain.token.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * {@code /api/v1/dashboards}: any role lists them; creating one needs the {@code dashboards:write}
 * permission (Editor or above), checked against the caller's role at the moment of the request.
 * Needs a token with the {@code api} scope.
 */
@Path("dashboards")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardsResource {

    @Inject
    ApiAuthentication authentication;
    @Inject
    DashboardsUseCase dashboards;

    @GET
    public JsonObject list() {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        dashboards.list(authentication.require(Scope.API)).forEach(dashboard -> items.add(json(dashboard)));
        return JSON.createObjectBuilder().add("dashboards", items).build();
    }

    @POST
    public Response create(InputStream body) {
        Actor actor = authentication.require(Scope.API);
        JsonObject json = JsonBodies.parseObject(JsonBodies.readBounded(body));
        if (!(json.get("name") instanceof JsonString name) || name.getString().isBlank()) {
            throw new ApiException(400, "'name' is required and must be a non-empty string.");
        }
        Dashboard created = dashboards.create(new CreateDashboardCommand(actor, name.getString(),
                authentication.context(JSON.createObjectBuilder().add("name", name.getString()).build().toString())));
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    private static JsonObject json(Dashboard dashboard) {
        return JSON.createObjectBuilder()
                .add("id", dashboard.id().toString())
                .add("name", dashboard.name())
                .add("createdBy", dashboard.createdBy().toString())
                .add("created", dashboard.createdAt().toString())
                .build();
    }
}
