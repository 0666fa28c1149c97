/** Personal access tokens, found by the hash of their secret. */
package com.dashify.identity.adapter.persistence.token;
