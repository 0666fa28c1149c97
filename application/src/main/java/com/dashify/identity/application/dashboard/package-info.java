/** Dashboards, the product's own content, read and created under the caller's current role. */
package com.dashify.identity.application.dashboard;
