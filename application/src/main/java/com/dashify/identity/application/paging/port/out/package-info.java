/** Storage of the secrets that every node of a deployment shares. */
package com.dashify.identity.application.paging.port.out;
