package com.dashify.identity.application.audit.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import java.util.Objects;

/**
 * Records a request that an authenticated user made and that was refused (a 4xx answer: a
 * duplicate, an id of another tenant, bad input, a missing permission). The record is written in
 * a transaction of its own, since the request's own transaction rolled back.
 */
public interface RecordRefusalUseCase {

    void refused(RefusedRequest refused);

    /**
     * @param action   what was tried, in the audit trail's words, such as {@code user.provision}
     * @param status   the HTTP status the caller got
     * @param scimType the SCIM error type the caller got, when there was one
     */
    record RefusedRequest(Actor actor, String action, String targetType, String targetId, int status,
                          String scimType, RequestContext request) {

        public RefusedRequest {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(request, "request");
        }
    }
}
