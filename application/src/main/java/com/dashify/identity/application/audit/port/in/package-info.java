/**
 * The audit use cases: reading the trail, recording refused requests, chaining, verifying and retention.
 */
package com.dashify.identity.application.audit.port.in;
