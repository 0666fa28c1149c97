package com.dashify.identity.application.token.port.in;

/**
 * Writes the calls tokens authenticated on this node since the last time, per token and day: the
 * service does it every few seconds on its own, and once more when the node stops.
 */
public interface CountTokenCallsUseCase {

    /** Writes the calls counted so far; those that cannot be written are kept for the next time. */
    void writeCounts();
}
