/**
 * Groups as directories provision them over SCIM, their memberships, and the roles memberships
 * give through the tenant's role mapping.
 */
package com.dashify.identity.application.group;
