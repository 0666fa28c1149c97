/** JSON for SCIM: bounded, depth-checked reading of request bodies, a case-insensitive tree, the writer. */
package com.dashify.identity.adapter.rest.scim.json;
