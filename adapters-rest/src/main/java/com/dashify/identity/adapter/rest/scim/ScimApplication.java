package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.JaxRsProperties;
import com.dashify.identity.adapter.rest.http.JsonStructureWriter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The SCIM 2.0 API at {@code /scim/v2}: its resources and providers, listed so no other API's leak in. */
@ApplicationPath("scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(UsersResource.class, GroupsResource.class, RootSearchResource.class, BulkResource.class,
                MeResource.class, DiscoveryResource.class, ScimRequestFilter.class, ScimErrorMapper.class,
                JsonStructureWriter.class);
    }

    /** No self-description: Jersey would otherwise serve a WADL of every resource (see {@link JaxRsProperties}). */
    @Override
    public Map<String, Object> getProperties() {
        return JaxRsProperties.NO_DESCRIPTION;
    }
}
