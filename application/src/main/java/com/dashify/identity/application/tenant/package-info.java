/**
 * Tenants: created by the operator with a first Org Admin and a SCIM token, and Org Admins added later.
 */
package com.dashify.identity.application.tenant;
