/**
 * Local sign-in credentials of console administrators: passwords (kept only as a slow hash by
 * an adapter) and the one-time links that let a new administrator choose one. Users provisioned
 * from a directory have none: they sign in through SSO.
 */
package com.dashify.identity.domain.credential;
