/** Dashboards. */
package com.dashify.identity.adapter.persistence.dashboard;
