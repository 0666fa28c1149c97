/**
 * The types every in-port speaks: the acting {@link com.dashify.identity.application.common.port.in.Actor}, the
 * {@link com.dashify.identity.application.common.port.in.RequestContext}, and the refusals any use case may report.
 */
package com.dashify.identity.application.common.port.in;
