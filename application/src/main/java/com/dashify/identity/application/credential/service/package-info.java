/** The password use cases. */
package com.dashify.identity.application.credential.service;
