/**
 * SCIM Bulk (RFC 7644 §3.7) without HTTP: reading a BulkRequest into operations, checking their
 * {@code bulkId}s, ordering them so that each runs after the operations it refers to, and putting
 * the ids those created in place of {@code bulkId:} references. Performing them is the scim
 * package's {@code BulkResource}, through the same code as a single request.
 */
package com.dashify.identity.adapter.rest.scim.bulk;
