/**
 * Who the browser is: Jakarta Security's custom form sign-in with an identity store backed by the
 * in-ports, the session record started at sign-in and checked on every request (so a sign-out,
 * deactivation or demotion applies at once), the same-origin check on every state-changing post,
 * and the throttle on password guesses.
 */
package com.dashify.identity.adapter.console.security;
