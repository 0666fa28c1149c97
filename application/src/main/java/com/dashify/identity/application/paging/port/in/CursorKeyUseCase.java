package com.dashify.identity.application.paging.port.in;

/**
 * The key that signs paging cursors: the same on every node and across restarts, so that a cursor
 * one node hands out is honoured by any other, and by the same node after a restart.
 */
public interface CursorKeyUseCase {

    /** The key's bytes; a fresh copy on every call. */
    byte[] cursorKey();
}
