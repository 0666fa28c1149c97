/** The token use cases. */
package com.dashify.identity.application.token.service;
