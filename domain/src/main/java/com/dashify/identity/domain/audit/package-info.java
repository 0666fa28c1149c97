/** The audit trail's tamper evidence: the hash chain of a tenant's records and its verification. */
package com.dashify.identity.domain.audit;
