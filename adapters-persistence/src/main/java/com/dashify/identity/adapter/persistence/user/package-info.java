/**
 * Users (with their multi-valued attributes in child tables, and the SCIM search as JPQL) and each
 * tenant's role mapping.
 */
package com.dashify.identity.adapter.persistence.user;
