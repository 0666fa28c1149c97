/**
 * The user use cases. Every state change they make goes through the lifecycle in {@code user.lifecycle}.
 */
package com.dashify.identity.application.user.service;
