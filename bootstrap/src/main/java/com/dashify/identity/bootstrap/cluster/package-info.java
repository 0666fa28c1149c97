/**
 * What the nodes of a cluster share in memory, through Payara Micro's data grid (Hazelcast) when
 * this node joined one, else in this process: the sign-in throttle's counts and the locks that let
 * one node at a time do a scheduled job. PostgreSQL stays the source of truth for everything else.
 */
package com.dashify.identity.bootstrap.cluster;
