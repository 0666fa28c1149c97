/**
 * The REST adapters: the SCIM 2.0 provisioning API at {@code /scim/v2} ({@code scim}) and the
 * Dashify API at {@code /api/v1} ({@code api}), which share only {@code http}. Resources are thin:
 * they translate HTTP and JSON into in-port commands and domain results back into JSON.
 */
package com.dashify.identity.adapter.rest;
