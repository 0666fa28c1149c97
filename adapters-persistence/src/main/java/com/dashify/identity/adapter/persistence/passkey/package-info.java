/** Passkeys, unique by credential id across tenants. */
package com.dashify.identity.adapter.persistence.passkey;
