/**
 * The query side's own criteria: filters, sort order and paging over users. No protocol syntax
 * (SCIM filters included) crosses into here; adapters translate into these types.
 */
package com.dashify.identity.application.query;
