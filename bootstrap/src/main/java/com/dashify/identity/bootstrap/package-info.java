/**
 * Assembles the deployable application: wires the use-case services into CDI as transactional
 * in-ports, reads configuration from system properties and the environment, defines the
 * datasource, runs the adapters' schema migrations at startup and answers the health checks.
 * The only module that knows every other one.
 */
package com.dashify.identity.bootstrap;
