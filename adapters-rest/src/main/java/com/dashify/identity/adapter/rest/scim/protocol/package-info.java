/** The vocabulary of the SCIM protocol shared by the other packages: URNs, media type, the error. */
package com.dashify.identity.adapter.rest.scim.protocol;
