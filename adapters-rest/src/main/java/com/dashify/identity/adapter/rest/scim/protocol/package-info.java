/**
 * The SCIM error every package of the SCIM adapter throws (RFC 7644 §3.12); the SCIM URNs and
 * media type are in {@code http}, since the Dashify API uses them too.
 */
package com.dashify.identity.adapter.rest.scim.protocol;
