/**
 * The query side's own criteria, shared by in-ports and out-ports: filters, sort order and paging
 * over users and over the audit trail, and the audit record as it is read back. No protocol syntax
 * (SCIM filters included) crosses into here; adapters translate into these types.
 */
package com.dashify.identity.application.query;
