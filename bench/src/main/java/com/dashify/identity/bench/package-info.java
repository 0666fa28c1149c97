/**
 * The provisioning benchmark's load generator: SCIM workloads run against a live server, with
 * warm-up, throughput, latency percentiles, errors and the server's CPU and memory per operation,
 * reported as text, JSON and an SVG chart beside the ceilings they are measured against.
 */
package com.dashify.identity.bench;
