/** Storage of session records. */
package com.dashify.identity.application.session.port.out;
