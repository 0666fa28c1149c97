/**
 * What this service supports of the SCIM User schema, the enterprise extension and the Group
 * schema, as data: the same definitions answer {@code /Schemas}, decide which PATCH paths and
 * filters are valid, and decide which attributes a response carries ({@code returned},
 * {@code attributes}, {@code excludedAttributes}), so the discovery endpoints cannot claim more or
 * less than the service does.
 */
package com.dashify.identity.adapter.rest.scim.schema;
