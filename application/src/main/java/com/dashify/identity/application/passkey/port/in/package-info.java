/** The passkey use cases: listing, registering and removing one's passkeys, and signing in. */
package com.dashify.identity.application.passkey.port.in;
