package com.dashify.identity.adapter.rest.api;

import com.dashify.identity.adapter.rest.http.JaxRsProperties;
import com.dashify.identity.adapter.rest.http.JsonStructureWriter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The Dashify API at {@code /api/v1}: the caller and their dashboards, token management, the
 * tenant's settings, and the operator's tenant endpoints.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TenantsResource.class, TokensResource.class, MeResource.class, DashboardsResource.class,
                RoleMappingResource.class, SsoSettingsResource.class, AuditResource.class, ApiErrorMapper.class,
                ApiRefusalFilter.class, JsonStructureWriter.class);
    }

    /** No self-description: Jersey would otherwise serve a WADL of every resource (see {@link JaxRsProperties}). */
    @Override
    public Map<String, Object> getProperties() {
        return JaxRsProperties.NO_DESCRIPTION;
    }
}
