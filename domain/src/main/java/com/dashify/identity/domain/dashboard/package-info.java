/**
 * Dashboards, the organisation's shared work: here only as much of them as makes the roles'
 * permissions observable (Viewers read them, Editors and above create them).
 */
package com.dashify.identity.domain.dashboard;
