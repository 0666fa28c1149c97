/**
 * The {@code main} of {@code dashify.jar}, outside the WAR: it starts Payara Micro with the service
 * deployed, and answers 503 on the service's port until Payara's own listener takes over.
 */
package com.dashify.identity.bootstrap.launcher;
