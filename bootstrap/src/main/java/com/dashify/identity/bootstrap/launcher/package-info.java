/** The {@code main} of {@code dashify.jar}, outside the WAR: it starts Payara Micro with the service deployed. */
package com.dashify.identity.bootstrap.launcher;
