/** Where audit records go and how the trail and its hash chain are read back. */
package com.dashify.identity.application.audit.port.out;
