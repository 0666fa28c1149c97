/**
 * The error bodies the service writes outside JAX-RS (the container's error page, and the launcher
 * while Payara starts), in plain Java: the launcher runs outside the WAR, without JSON-P.
 */
package com.dashify.identity.bootstrap.envelope;
