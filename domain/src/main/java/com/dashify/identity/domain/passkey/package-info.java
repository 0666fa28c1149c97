/**
 * Passkeys (WebAuthn credentials) a user registered to sign in with: what is kept of each, its
 * signature counter, and its disabling when the user is deactivated.
 */
package com.dashify.identity.domain.passkey;
