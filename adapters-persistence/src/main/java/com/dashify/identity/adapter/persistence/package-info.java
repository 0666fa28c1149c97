/**
 * The JPA (EclipseLink) stores behind the application's out-ports, one package per capability:
 * entities of their own, mappers beside them, the tenant on every query, and database constraint
 * violations turned into domain exceptions. This package holds what they share (timestamps, the
 * constraint check, the persistence unit's name, EclipseLink's session settings). The schema is
 * owned by the migrations under {@code db/migration/identity}.
 */
package com.dashify.identity.adapter.persistence;
