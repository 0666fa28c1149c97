package com.dashify.identity.application.common.port.in;

/**
 * What the audit trail needs to know about the request that started a use case.
 *
 * @param requestId     correlates the audit record with the server log and the client's own
 * @param clientAddress the network address the request came from
 * @param userAgent     what the client said it is, cut to {@link #MAX_USER_AGENT_LENGTH}; may be null
 * @param payload       what the client sent, already passed through the adapter's allowlist; may be null
 */
public record RequestContext(String requestId, String clientAddress, String userAgent, String payload) {

    public static final int MAX_USER_AGENT_LENGTH = 256;

    public RequestContext {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT_LENGTH) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT_LENGTH);
        }
    }

    /** The same request, with another payload. */
    public RequestContext withPayload(String otherPayload) {
        return new RequestContext(requestId, clientAddress, userAgent, otherPayload);
    }
}
