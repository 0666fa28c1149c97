/** Each tenant's single sign-on configuration. */
package com.dashify.identity.adapter.persistence.sso;
