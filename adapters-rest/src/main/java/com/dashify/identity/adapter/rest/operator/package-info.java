/**
 * The operator API at {@code /api/v1}: how a deployer, a script or a test creates a tenant with
 * its first admin and SCIM token. It exists only when an operator token is configured.
 */
package com.dashify.identity.adapter.rest.operator;
