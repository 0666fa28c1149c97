/** JSON for SCIM: a tree whose attribute names compare without case, as RFC 7643 §2.1 has them. */
package com.dashify.identity.adapter.rest.scim.json;
