/**
 * The benchmark's bare-framework ceiling: one JAX-RS resource with no security, persistence or
 * CDI work, so that its CPU per request is what Payara Micro and Jersey cost before any service code.
 */
package com.dashify.identity.bench.ceiling;
