/**
 * Who the browser is: the session record started at sign-in (password, SSO or passkey, each
 * checked by its in-port) and checked on every request by the guard filter, which alone lets
 * browsers into the pages (so a sign-out, deactivation or demotion applies at once), the
 * same-origin check on every state-changing post, and the throttle on password guesses. The
 * container's authentication (Jakarta Security) is not used: Payara would run its mechanism on
 * every request of the WAR, SCIM and the API included.
 */
package com.dashify.identity.adapter.console.security;
