/**
 * The {@link com.dashify.identity.domain.user.User} aggregate, its lifecycle transitions and events,
 * and the value objects of a user's profile.
 */
package com.dashify.identity.domain.user;
