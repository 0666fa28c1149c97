/** In-ports: one interface per use case, with the command or query it takes and the errors it reports. */
package com.dashify.identity.application.port.in;
