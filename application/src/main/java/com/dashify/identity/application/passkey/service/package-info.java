/** The passkey use cases. */
package com.dashify.identity.application.passkey.service;
