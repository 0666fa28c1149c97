/** The dashboard use cases. */
package com.dashify.identity.application.dashboard.service;
