package com.dashify.identity.bootstrap.metrics;

import com.dashify.identity.adapter.rest.api.OperatorAccess;
import com.dashify.identity.adapter.rest.http.Bearer;
import java.util.List;

/**
 * Who may scrape {@code /metrics}: a caller presenting one of the configured bearer credentials
 * (the scraper's own, the operator's), each checked as the operator API checks its token. With
 * none configured the endpoint is closed, as the operator API is without its token: the metrics
 * name tenants and show their activity.
 */
public final class MetricsAccess {

    private final List<OperatorAccess> credentials;

    /** The credentials that are configured; those that are not (no token) are left out. */
    public MetricsAccess(List<OperatorAccess> credentials) {
        this.credentials = credentials.stream().filter(OperatorAccess::enabled).toList();
    }

    public boolean open() {
        return !credentials.isEmpty();
    }

    /** Whether an {@code Authorization} header carries one of the credentials (each compared in constant time). */
    public boolean admits(String authorization) {
        String presented = Bearer.token(authorization);
        boolean admitted = false;
        for (OperatorAccess credential : credentials) {
            admitted |= credential.accepts(presented);
        }
        return admitted;
    }
}
