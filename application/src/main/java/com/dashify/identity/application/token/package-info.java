/**
 * Personal access tokens: authenticating a presented token, and issuing, listing and revoking tokens.
 */
package com.dashify.identity.application.token;
