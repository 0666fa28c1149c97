/** Storage of personal access tokens, by the hash of their secret. */
package com.dashify.identity.application.token.port.out;
