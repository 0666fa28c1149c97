/**
 * SCIM groups, without their members, and memberships one row each, so that changing one member
 * of a group costs the same whatever the group's size; the group search as JPQL.
 */
package com.dashify.identity.adapter.persistence.group;
