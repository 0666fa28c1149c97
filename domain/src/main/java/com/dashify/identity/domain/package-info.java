/**
 * The user-lifecycle model of Dashify Identity in plain Java: tenants, users and their
 * transitions, personal access tokens. Depends on {@code java.*} only.
 */
package com.dashify.identity.domain;
