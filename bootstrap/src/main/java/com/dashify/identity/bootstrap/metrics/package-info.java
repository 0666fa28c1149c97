/**
 * The service's metrics, served at {@code /metrics} in the Prometheus text format: requests by
 * endpoint group, method and status with latency histograms, provisioning per tenant (a bounded
 * number of tenant series), database transactions in progress, and how far the audit chain lags behind.
 */
package com.dashify.identity.bootstrap.metrics;
