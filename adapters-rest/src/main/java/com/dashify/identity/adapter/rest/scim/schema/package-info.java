/**
 * What this service supports of the SCIM User schema and the enterprise extension, as data: the
 * same definitions answer {@code /Schemas} and decide which PATCH paths and filters are valid, so
 * the discovery endpoints cannot claim more than the service does.
 */
package com.dashify.identity.adapter.rest.scim.schema;
