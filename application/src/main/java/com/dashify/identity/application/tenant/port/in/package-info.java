/** The tenant use cases of the operator. */
package com.dashify.identity.application.tenant.port.in;
