/**
 * Personal access tokens: bearer credentials an admin hands to a directory or a script. The
 * secret exists only at issuance; afterwards only its SHA-256 hash is kept.
 */
package com.dashify.identity.domain.token;
