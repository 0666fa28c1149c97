package com.dashify.identity.adapter.rest.api;

import com.dashify.identity.adapter.rest.http.Refusals;
import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase;
import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase.RefusedRequest;
import com.dashify.identity.application.common.port.in.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Records each refused API request (a 4xx answer) of an authenticated caller in their tenant's
 * audit trail, as the action it tried. A refused token that belongs to a tenant was recorded by
 * the authentication use case; a request that names no tenant's token gets a server log line.
 */
@Provider
@ApplicationScoped
public class ApiRefusalFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ApiRefusalFilter.class.getName());
    private static final int MAX_TARGET_LENGTH = 64;
    private static final Map<String, String> TARGET_TYPES = Map.of("tokens", "token", "dashboards", "dashboard");
    private static final Set<String> KNOWN_RESOURCES = Set.of("tokens", "sso", "role-mapping", "dashboards", "me",
            "audit");

    @Inject
    ApiAuthentication authentication;
    @Inject
    RecordRefusalUseCase refusals;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500) {
            return;
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        Optional<Actor> actor = authentication.authenticatedActor();
        if (actor.isEmpty()) {
            String address = authentication.refusalContext().clientAddress();
            LOG.info(() -> "Refused unauthenticated API request (" + method + " " + path + ") from " + address + ": "
                    + status);
            return;
        }
        List<String> segments = List.of(path.replaceFirst("^/+", "").split("/+"));
        String resource = segments.get(0);
        // Only the API's own resources name a target type; a path the client made up names nothing.
        String targetType = segments.size() > 1 ? TARGET_TYPES.get(resource) : null;
        String targetId = targetType == null ? null : cut(segments.get(1));
        refusals.refused(new RefusedRequest(actor.get(), action(method, resource), targetType, targetId,
                Refusals.of(status), Refusals.answer(status, null), null, authentication.refusalContext()));
    }

    private static String cut(String id) {
        return id.length() <= MAX_TARGET_LENGTH ? id : id.substring(0, MAX_TARGET_LENGTH);
    }

    /** The audit trail's name for what the request tried, such as {@code token.issue}. */
    static String action(String method, String resource) {
        String verb = method.toUpperCase(Locale.ROOT);
        return switch (resource + " " + verb) {
            case "tokens POST" -> "token.issue";
            case "tokens DELETE" -> "token.revoke";
            case "sso PUT" -> "sso.configure";
            case "sso DELETE" -> "sso.remove";
            case "role-mapping PUT" -> "role_mapping.replace";
            case "role-mapping DELETE" -> "role_mapping.reset";
            case "dashboards POST" -> "dashboard.create";
            default -> KNOWN_RESOURCES.contains(resource)
                    ? "api." + resource.replace('-', '_') + ".read" : "api.request";
        };
    }
}
