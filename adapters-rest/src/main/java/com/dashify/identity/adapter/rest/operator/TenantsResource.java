package com.dashify.identity.adapter.rest.operator;

import com.dashify.identity.adapter.rest.scim.json.JsonBodies;
import com.dashify.identity.application.port.in.CreateTenantUseCase;
import com.dashify.identity.application.port.in.CreateTenantUseCase.CreateTenantCommand;
import com.dashify.identity.application.port.in.CreateTenantUseCase.TenantCreated;
import com.dashify.identity.application.port.in.RequestContext;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.user.UserName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;

/**
 * {@code POST /api/v1/tenants}: creates a tenant, its first Org Admin, and a SCIM token shown in
 * this response only (and never cached: {@code Cache-Control: no-store}).
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @Inject
    CreateTenantUseCase createTenant;
    @Inject
    OperatorAccess operator;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServletRequest servletRequest;

    @POST
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        requireOperator(authorization);
        JsonObject json = JsonBodies.parseObject(JsonBodies.readBounded(body));
        TenantName name = TenantName.of(requiredString(json, "name"));
        UserName adminUserName = new UserName(requiredString(json, "adminUserName"));
        RequestContext request = new RequestContext(UUID.randomUUID().toString(), servletRequest.getRemoteAddr(),
                Json.createObjectBuilder().add("name", name.value()).add("adminUserName", adminUserName.value())
                        .build().toString());

        TenantCreated created = createTenant.create(new CreateTenantCommand(name, adminUserName, request));

        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.tenant().id().toString()).build())
                .cacheControl(noStore)
                .entity(Json.createObjectBuilder()
                        .add("id", created.tenant().id().toString())
                        .add("name", created.tenant().name().value())
                        .add("admin", Json.createObjectBuilder()
                                .add("id", created.admin().id().toString())
                                .add("userName", created.admin().userName().value()))
                        .add("scimToken", created.scimToken().secret().reveal())
                        .build())
                .build();
    }

    private void requireOperator(String authorization) {
        if (!operator.enabled()) {
            throw new OperatorException(404, "Not found.");
        }
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        if (!operator.accepts(presented)) {
            throw new OperatorException(401, "A valid operator token is required.");
        }
    }

    private static String requiredString(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw new OperatorException(400, "'" + name + "' is required and must be a non-empty string.");
        }
        return text.getString();
    }
}
