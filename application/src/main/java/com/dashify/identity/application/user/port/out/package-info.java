/** Storage of users and of each tenant's role mapping. */
package com.dashify.identity.application.user.port.out;
