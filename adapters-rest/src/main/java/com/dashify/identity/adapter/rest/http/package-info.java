/**
 * What the SCIM and the Dashify API share, and the only package both may use: bearer credentials,
 * bounded reading and writing of JSON bodies, the HTTP status of each kind of refusal, the SCIM
 * URNs and media type (the API names directory attributes as SCIM does), and the JAX-RS settings
 * both applications run with.
 */
package com.dashify.identity.adapter.rest.http;
