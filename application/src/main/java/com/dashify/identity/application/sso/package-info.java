/**
 * Single sign-on through a tenant's OpenID Connect provider: its settings, and matching a verified sign-in to a user.
 */
package com.dashify.identity.application.sso;
