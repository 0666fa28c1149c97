/** Storage of password hashes and setup links, and the password hash function itself. */
package com.dashify.identity.application.credential.port.out;
