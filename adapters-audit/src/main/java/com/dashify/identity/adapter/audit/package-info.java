/**
 * The audit trail store behind the application's {@code AuditTrail} out-port. Records are
 * written with the entity manager of the change's own transaction, so that a change and its
 * record commit or roll back together. The schema is owned by {@code db/migration/audit}.
 */
package com.dashify.identity.adapter.audit;
