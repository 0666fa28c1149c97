/** The password use cases: sign-in, and issuing and spending setup links. */
package com.dashify.identity.application.credential.port.in;
