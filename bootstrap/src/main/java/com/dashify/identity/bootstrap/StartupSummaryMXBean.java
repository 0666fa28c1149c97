package com.dashify.identity.bootstrap;

/** The management interface of {@link StartupSummary}, as the launcher of {@code dashify.jar} calls it. */
public interface StartupSummaryMXBean {

    /**
     * Logs the summary, the first time only: the service is deployed, and the server's listeners
     * serve it at {@code urls}.
     */
    void announce(String[] urls);
}
