/** The group use cases: what a directory does to its groups over SCIM, and what readers see of them. */
package com.dashify.identity.application.group.port.in;
