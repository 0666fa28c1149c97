/** The session use cases. */
package com.dashify.identity.application.session.service;
