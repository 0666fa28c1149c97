/**
 * The JPA (EclipseLink) store of tenants, users and tokens: entities of its own, mappers beside
 * them, the tenant on every query, and database constraint violations turned into domain
 * exceptions. The schema is owned by the migrations under {@code db/migration/identity}.
 */
package com.dashify.identity.adapter.persistence;
