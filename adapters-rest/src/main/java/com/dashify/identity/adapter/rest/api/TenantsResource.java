package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.Bearer;
import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase.Initiator;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase.PruneCommand;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.credential.port.in.IssuePasswordSetupUseCase;
import com.dashify.identity.application.credential.port.in.IssuePasswordSetupUseCase.IssuePasswordSetupCommand;
import com.dashify.identity.application.tenant.port.in.AddOrgAdminUseCase;
import com.dashify.identity.application.tenant.port.in.AddOrgAdminUseCase.AddOrgAdminCommand;
import com.dashify.identity.application.tenant.port.in.AddOrgAdminUseCase.OrgAdminAdded;
import com.dashify.identity.application.tenant.port.in.CreateTenantUseCase;
import com.dashify.identity.application.tenant.port.in.CreateTenantUseCase.CreateTenantCommand;
import com.dashify.identity.application.tenant.port.in.CreateTenantUseCase.TenantCreated;
import com.dashify.identity.application.token.port.in.OperatorIssueTokenUseCase;
import com.dashify.identity.application.token.port.in.OperatorIssueTokenUseCase.OperatorIssueTokenCommand;
import com.dashify.identity.domain.credential.Password;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.UserName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/**
 * The operator's endpoints: {@code POST /api/v1/tenants} creates a tenant, its first Org Admin
 * (with a password, or a one-time setup link) and a SCIM token; {@code POST
 * /api/v1/tenants/{id}/tokens} issues a token to an Org Admin of a tenant; {@code POST
 * /api/v1/tenants/{id}/setup-links} issues a new password setup link to one; {@code POST
 * /api/v1/tenants/{id}/admins} adds an Org Admin outside the directory, the way back in for a tenant
 * whose directory deactivated or demoted every admin. Secrets are in these responses only, which are
 * never cached.
 */
@Path("tenants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    /** Where an administrator chooses a password; the secret travels in the fragment, never to a server log. */
    static final String SETUP_PAGE = "admin/setup.xhtml";

    @Inject
    CreateTenantUseCase createTenant;
    @Inject
    OperatorIssueTokenUseCase issueToken;
    @Inject
    IssuePasswordSetupUseCase issueSetup;
    @Inject
    AddOrgAdminUseCase addOrgAdmin;
    @Inject
    AuditRetentionUseCase auditRetention;
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
        Password adminPassword = adminPassword(json);
        RequestContext request = context(JSON.createObjectBuilder().add("name", name.value())
                .add("adminUserName", adminUserName.value()).add("adminPassword", redacted(adminPassword)).build());

        TenantCreated created = createTenant.create(new CreateTenantCommand(name, adminUserName, adminPassword,
                request));

        JsonObjectBuilder answer = JSON.createObjectBuilder()
                .add("id", created.tenant().id().toString())
                .add("name", created.tenant().name().value())
                .add("admin", JSON.createObjectBuilder()
                        .add("id", created.admin().id().toString())
                        .add("userName", created.admin().userName().value()))
                .add("scimToken", created.scimToken().secret().reveal());
        created.passwordSetup().ifPresent(secret -> answer.add("setupLink", setupLink(secret)));
        return Response.status(Response.Status.CREATED)
                .cacheControl(noStore())
                .entity(answer.build())
                .build();
    }

    @POST
    @Path("{tenantId}/tokens")
    public Response issueToken(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @PathParam("tenantId") String tenantId, InputStream body) {
        requireOperator(authorization);
        TenantId tenant = parseTenantId(tenantId);
        JsonObject json = JsonBodies.parseObject(JsonBodies.readBounded(body));
        String owner = optionalString(json, "ownerUserName");
        TokenRequests.IssueTokenRequest request = TokenRequests.read(json);
        IssuedToken issued = issueToken.issue(new OperatorIssueTokenCommand(tenant, owner == null ? null : new UserName(owner),
                request.name(), request.scopes(), request.expiresInDays(), context(request.auditPayload())));
        return Response.status(Response.Status.CREATED)
                .cacheControl(noStore())
                .entity(TokenJson.issued(issued))
                .build();
    }

    /** A new Org Admin: {@code {"adminUserName": "...", "adminPassword": "..."}}, the password optional. */
    @POST
    @Path("{tenantId}/admins")
    public Response addOrgAdmin(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                @PathParam("tenantId") String tenantId, InputStream body) {
        requireOperator(authorization);
        TenantId tenant = parseTenantId(tenantId);
        JsonObject json = JsonBodies.parseObject(JsonBodies.readBounded(body));
        UserName userName = new UserName(requiredString(json, "adminUserName"));
        Password password = adminPassword(json);
        OrgAdminAdded added = addOrgAdmin.add(new AddOrgAdminCommand(tenant, userName, password,
                context(JSON.createObjectBuilder().add("adminUserName", userName.value())
                        .add("adminPassword", redacted(password)).build())));
        JsonObjectBuilder answer = JSON.createObjectBuilder()
                .add("id", added.admin().id().toString())
                .add("userName", added.admin().userName().value())
                .add("role", added.admin().role().displayName());
        added.passwordSetup().ifPresent(secret -> answer.add("setupLink", setupLink(secret)));
        return Response.status(Response.Status.CREATED).cacheControl(noStore()).entity(answer.build()).build();
    }

    /** A new one-time setup link for an Org Admin of the tenant: {@code {"userName": "..."}}. */
    @POST
    @Path("{tenantId}/setup-links")
    public Response issueSetupLink(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   @PathParam("tenantId") String tenantId, InputStream body) {
        requireOperator(authorization);
        TenantId tenant = parseTenantId(tenantId);
        JsonObject json = JsonBodies.parseObject(JsonBodies.readBounded(body));
        UserName userName = new UserName(requiredString(json, "userName"));
        TokenSecret secret = issueSetup.issue(new IssuePasswordSetupCommand(tenant, userName,
                context(JSON.createObjectBuilder().add("userName", userName.value()).build())));
        return Response.status(Response.Status.CREATED).cacheControl(noStore())
                .entity(JSON.createObjectBuilder().add("setupLink", setupLink(secret)).build()).build();
    }

    /**
     * Prunes the tenant's audit records older than the configured retention now, rather than at
     * the next hourly run: {@code {"pruned": n, "retentionDays": d}}. Without a retention, 409.
     */
    @POST
    @Path("{tenantId}/audit/prune")
    public Response pruneAudit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @PathParam("tenantId") String tenantId) {
        requireOperator(authorization);
        TenantId tenant = parseTenantId(tenantId);
        Duration retention = auditRetention.retention().orElseThrow(() -> new ApiException(409,
                "No audit retention is configured (DASHIFY_AUDIT_RETENTION_DAYS): records are kept forever."));
        RequestContext request = context(JSON.createObjectBuilder().build());
        long pruned = 0;
        long batch;
        do {
            batch = auditRetention.prune(new PruneCommand(tenant, Initiator.OPERATOR, request));
            pruned += batch;
        } while (batch == AuditRetentionUseCase.PRUNE_BATCH);
        return Response.ok(JSON.createObjectBuilder().add("pruned", pruned)
                .add("retentionDays", retention.toDays()).build()).build();
    }

    /** The admin's console password, if the operator gives one; otherwise the admin gets a setup link. */
    private static Password adminPassword(JsonObject json) {
        String password = optionalString(json, "adminPassword");
        return password == null ? null : new Password(password);
    }

    /** What the audit records of a password: never the password. */
    private static String redacted(Password password) {
        return password == null ? "(none: setup link)" : "[redacted]";
    }

    private String setupLink(TokenSecret secret) {
        return root().resolve(SETUP_PAGE + "#" + secret.reveal()).toString();
    }

    private static TenantId parseTenantId(String id) {
        try {
            return TenantId.of(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ApiException(404, "No such tenant.");
        }
    }

    /** The service's root URL as the operator reached it, such as {@code https://id.example.com/}. */
    private URI root() {
        return uriInfo.getBaseUri().resolve("../..");
    }

    private RequestContext context(JsonObject payload) {
        return context(payload.toString());
    }

    private RequestContext context(String payload) {
        return new RequestContext(UUID.randomUUID().toString(), servletRequest.getRemoteAddr(),
                servletRequest.getHeader(HttpHeaders.USER_AGENT), payload);
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }

    private void requireOperator(String authorization) {
        if (!operator.enabled()) {
            throw new ApiException(404, "Not found.");
        }
        if (!operator.accepts(Bearer.token(authorization))) {
            throw new ApiException(401, "A valid operator token is required.");
        }
    }

    private static String requiredString(JsonObject json, String name) {
        String value = optionalString(json, name);
        if (value == null) {
            throw new ApiException(400, "'" + name + "' is required and must be a non-empty string.");
        }
        return value;
    }

    private static String optionalString(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new ApiException(400, "'" + name + "' must be a string.");
        }
        return text.getString().isBlank() ? null : text.getString();
    }
}
