/** The SSO use cases: the tenant's settings, and sign-in. */
package com.dashify.identity.application.sso.port.in;
