/** Tenants: the customer organisations whose users Dashify keeps apart from each other. */
package com.dashify.identity.domain.tenant;
