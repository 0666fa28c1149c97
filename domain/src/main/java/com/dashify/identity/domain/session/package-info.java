/**
 * Signed-in browser sessions as records of their own: who, since when, last seen from where, and
 * whether revoked. Checked on every request, so revoking one ends it at once, on every node.
 */
package com.dashify.identity.domain.session;
