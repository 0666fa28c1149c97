/**
 * Passkeys (WebAuthn): the registration and sign-in ceremonies as JSON endpoints the console's
 * scripts call, verified with webauthn4j against the relying party's id and origins.
 */
package com.dashify.identity.adapter.console.passkey;
