package com.dashify.identity.application.audit.port.in;

import com.dashify.identity.application.query.ChainBacklog;

/**
 * How far chaining is behind, over every tenant: what the operator's monitoring watches. It names
 * no tenant and asks for no actor, so only the service's own metrics call it, never a driving adapter.
 */
public interface AuditChainBacklogUseCase {

    ChainBacklog backlog();
}
