/** Storage of passkeys. */
package com.dashify.identity.application.passkey.port.out;
