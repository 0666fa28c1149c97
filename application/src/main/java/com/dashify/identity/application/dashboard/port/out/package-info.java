/** Storage of dashboards. */
package com.dashify.identity.application.dashboard.port.out;
