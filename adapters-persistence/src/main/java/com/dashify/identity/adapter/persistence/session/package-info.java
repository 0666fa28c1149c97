/** Browser session records. */
package com.dashify.identity.adapter.persistence.session;
