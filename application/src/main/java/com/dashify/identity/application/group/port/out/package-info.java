/** Storage of groups, and of their memberships beside them. */
package com.dashify.identity.application.group.port.out;
