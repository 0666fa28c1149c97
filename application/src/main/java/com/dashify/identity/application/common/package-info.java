/**
 * What every capability shares: who acts, the request they act in, the refusals any use case can
 * report ({@code port.in}), and the helpers every service uses ({@code service}).
 */
package com.dashify.identity.application.common;
