/**
 * What the SCIM and the Dashify API share, and the only package both may use: bearer credentials,
 * bounded reading and writing of JSON bodies, and the HTTP status of each kind of refusal.
 */
package com.dashify.identity.adapter.rest.http;
