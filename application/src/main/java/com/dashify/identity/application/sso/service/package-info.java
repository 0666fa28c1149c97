/** The SSO use cases. */
package com.dashify.identity.application.sso.service;
