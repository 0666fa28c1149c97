/**
 * The use cases of Dashify Identity. Primary adapters call in-ports ({@code port.in}); use cases
 * reach storage and other systems through out-ports ({@code port.out}). Plain Java: bootstrap makes
 * each use-case call one transaction.
 */
package com.dashify.identity.application;
