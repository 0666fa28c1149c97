/** Tenants, unique by name. */
package com.dashify.identity.adapter.persistence.tenant;
