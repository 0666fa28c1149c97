package com.dashify.identity.application.port.in;

/**
 * What the audit trail needs to know about the request that started a use case.
 *
 * @param requestId     correlates the audit record with the server log and the client's own
 * @param clientAddress the network address the request came from
 * @param payload       what the client sent, already stripped of secrets by the adapter; may be null
 */
public record RequestContext(String requestId, String clientAddress, String payload) {

    public static RequestContext internal(String requestId) {
        return new RequestContext(requestId, null, null);
    }
}
