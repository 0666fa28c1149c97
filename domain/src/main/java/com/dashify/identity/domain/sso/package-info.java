/**
 * A tenant's single sign-on through its own OpenID Connect provider: which issuer it trusts, as
 * which client, and which claims name the user and their groups.
 */
package com.dashify.identity.domain.sso;
