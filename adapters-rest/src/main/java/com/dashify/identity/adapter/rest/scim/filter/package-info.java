/**
 * SCIM filters and attribute paths (RFC 7644 §3.4.2.2, §3.5.2): an immutable syntax tree, a
 * parser with size and depth limits, and the translation into the application's user criteria.
 * Attribute names and operators compare without case.
 */
package com.dashify.identity.adapter.rest.scim.filter;
