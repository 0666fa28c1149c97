/**
 * The directory's groups: the {@link com.dashify.identity.domain.group.Group} aggregate (its name
 * and external id, never its members, which can number hundreds of thousands), the
 * {@link com.dashify.identity.domain.group.MembershipChange} a request asks for, and the
 * {@link com.dashify.identity.domain.group.GroupRef} a role mapping reads.
 */
package com.dashify.identity.domain.group;
