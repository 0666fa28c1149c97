/**
 * Helpers every capability's services use: checking the actor's current standing and role, and
 * writing audit records the same way for all. Not reachable from adapters.
 */
package com.dashify.identity.application.common.service;
