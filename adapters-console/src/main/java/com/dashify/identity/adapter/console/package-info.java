/**
 * The admin console at {@code /admin} and the browser's ways in, talking to the application only
 * through its in-ports: {@code security} (sign-in, the session guard that is the pages' only gate,
 * the sign-in throttle), {@code faces} (the Jakarta Faces pages' beans), {@code sso}
 * (the OpenID Connect client) and {@code passkey} (the WebAuthn ceremonies). This package holds
 * what they share: the JSON provider, the layout of the pages written without Faces, the service's
 * own error page, and the answer for every one of them when the database does not answer.
 */
package com.dashify.identity.adapter.console;
