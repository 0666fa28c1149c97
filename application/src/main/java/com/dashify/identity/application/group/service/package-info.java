/**
 * The group use cases: {@link com.dashify.identity.application.group.service.GroupLifecycle} is
 * the one door through which a group and its members change, and through which a membership
 * changes the roles it maps to.
 */
package com.dashify.identity.application.group.service;
