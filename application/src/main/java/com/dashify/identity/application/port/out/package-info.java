/** Out-ports: what the use cases need from storage and the audit trail, named for that need. */
package com.dashify.identity.application.port.out;
