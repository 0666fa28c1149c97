/**
 * The types every in-port speaks: the acting {@link com.dashify.identity.application.common.port.in.Actor}, the
 * {@link com.dashify.identity.application.common.port.in.RequestContext}, the refusals any use case may report,
 * and the {@link com.dashify.identity.application.common.port.in.UnavailableException} any may fail with.
 */
package com.dashify.identity.application.common.port.in;
