package com.dashify.identity.adapter.rest.http;

import java.util.Map;

/** Settings of the JAX-RS runtime that the SCIM and the Dashify API applications share. */
public final class JaxRsProperties {

    /**
     * Jersey's WADL off ({@code ServerProperties.WADL_FEATURE_DISABLE}, named here as text so that
     * the adapter does not depend on Jersey). With it on, {@code GET application.wadl} and every
     * {@code OPTIONS} answer described the whole API, the operator's endpoints included, to anyone;
     * without it, {@code OPTIONS} answers with the resource's {@code Allow} header only.
     */
    public static final Map<String, Object> NO_DESCRIPTION = Map.of("jersey.config.server.wadl.disableWadl", true);

    private JaxRsProperties() {
    }
}
