/** The service behind the paging in-port. */
package com.dashify.identity.application.paging.service;
