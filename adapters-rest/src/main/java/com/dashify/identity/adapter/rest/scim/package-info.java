/**
 * SCIM 2.0 (RFC 7643, RFC 7644) over JAX-RS: the Users, ServiceProviderConfig, ResourceTypes and
 * Schemas endpoints, bearer-token authentication, and the SCIM error envelope for every failure.
 */
package com.dashify.identity.adapter.rest.scim;
