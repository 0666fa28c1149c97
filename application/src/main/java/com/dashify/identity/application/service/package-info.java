/** The implementations of the in-ports. Plain classes; bootstrap wires them and makes each call one transaction. */
package com.dashify.identity.application.service;
