/** The audit use cases. */
package com.dashify.identity.application.audit.service;
