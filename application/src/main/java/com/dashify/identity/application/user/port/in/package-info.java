/**
 * The user use cases: provisioning, updates and deletion from a directory, the console's administration,
 * lookups, the caller's own account and the tenant's role mapping.
 */
package com.dashify.identity.application.user.port.in;
