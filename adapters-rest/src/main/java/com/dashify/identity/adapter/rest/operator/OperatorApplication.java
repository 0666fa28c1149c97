package com.dashify.identity.adapter.rest.operator;

import com.dashify.identity.adapter.rest.scim.json.ScimJsonWriter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The Dashify API at {@code /api/v1}; for now the operator's tenant endpoint. */
@ApplicationPath("api/v1")
public class OperatorApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TenantsResource.class, OperatorErrorMapper.class, ScimJsonWriter.class);
    }
}
