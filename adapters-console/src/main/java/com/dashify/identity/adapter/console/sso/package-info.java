/**
 * Signing in through a tenant's OpenID Connect provider: the authorization code flow with PKCE,
 * state and nonce, ID token verification against the provider's keys, and the network rules for
 * reaching a provider.
 */
package com.dashify.identity.adapter.console.sso;
