/**
 * The beans behind the console's Jakarta Faces pages: sign-in, tokens, users, passkeys, audit and
 * the user's home page. They call in-ports and show rows of their own, never entities.
 */
package com.dashify.identity.adapter.console.faces;
