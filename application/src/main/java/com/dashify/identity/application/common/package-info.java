/**
 * What every capability shares: who acts, the request they act in, and the refusals any use case can report.
 */
package com.dashify.identity.application.common;
