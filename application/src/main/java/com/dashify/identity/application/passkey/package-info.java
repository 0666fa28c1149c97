/** Passkeys (WebAuthn): a user's own, and signing in with one. */
package com.dashify.identity.application.passkey;
