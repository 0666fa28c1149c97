/** The tenant use cases. */
package com.dashify.identity.application.tenant.service;
