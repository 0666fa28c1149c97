package com.dashify.identity.application.audit.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.Refusal;
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
     * @param action  what was tried, in the audit trail's words, such as {@code user.provision}
     * @param refusal why it was refused, in the application's terms
     * @param answer  what the caller was told, in the words of the adapter that answered (such as a
     *                status and a SCIM error type)
     * @param detail  the explanation the caller was given, when there was one (a SCIM error's
     *                {@code detail}): recorded as why it was refused
     */
    record RefusedRequest(Actor actor, String action, String targetType, String targetId, Refusal refusal,
                          String answer, String detail, RequestContext request) {

        public RefusedRequest {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(request, "request");
        }
    }
}
