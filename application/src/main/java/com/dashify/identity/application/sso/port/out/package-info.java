/** Storage of each tenant's SSO configuration. */
package com.dashify.identity.application.sso.port.out;
