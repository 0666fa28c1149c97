/** The token use cases: authentication of every API and SCIM call, and token management. */
package com.dashify.identity.application.token.port.in;
