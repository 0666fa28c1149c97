/**
 * Signed-in browser sessions: started at sign-in, checked on every console request, ended at sign-out.
 */
package com.dashify.identity.application.session;
