/**
 * The Dashify API at {@code /api/v1}: token management for automation (a personal access token
 * with the {@code tokens} scope), and the operator's endpoints for creating tenants and their first
 * tokens, which exist only when an operator token is configured. Errors are RFC 9457 problem details.
 */
package com.dashify.identity.adapter.rest.api;
