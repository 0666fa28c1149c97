/** Storage of tenants. */
package com.dashify.identity.application.tenant.port.out;
