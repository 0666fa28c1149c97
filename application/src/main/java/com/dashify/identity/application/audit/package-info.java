/**
 * The tamper-evident audit trail: recording refusals, reading, chaining, verifying and pruning.
 */
package com.dashify.identity.application.audit;
