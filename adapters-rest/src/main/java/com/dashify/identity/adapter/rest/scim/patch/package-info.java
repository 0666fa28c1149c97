/**
 * SCIM PATCH (RFC 7644 §3.5.2): reading a PatchOp request and applying its operations, all or
 * none, to a copy of the user's writable attributes. The result then goes through the user's
 * lifecycle transitions like any replace, so a PATCH that sets {@code active} to false runs the
 * deactivation with everything it closes.
 */
package com.dashify.identity.adapter.rest.scim.patch;
