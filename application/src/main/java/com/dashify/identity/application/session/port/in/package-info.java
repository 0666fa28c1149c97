/** The session use cases: start, check on every request, end. */
package com.dashify.identity.application.session.port.in;
