package com.dashify.identity.bootstrap.launcher;

import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Once the service is deployed and Payara's listener open, asks the service to log its summary
 * (its {@code StartupSummary}, the platform MBean {@value #SUMMARY}), with the URLs Payara serves
 * it at: the launcher knows the listeners, the service what it uses. A class of its own, so that
 * the launcher's class loads without the {@code java.management} module.
 */
final class ReadySummary {

    /** The service's {@code StartupSummary.OBJECT_NAME} (the launcher cannot load the service's classes). */
    static final String SUMMARY = "com.dashify.identity:type=Startup";

    private ReadySummary() {
    }

    /** Asks for the summary; should the service not answer, one line says where it is served. */
    static void announce(MBeanServer server, List<String> urls) {
        try {
            server.invoke(new ObjectName(SUMMARY), "announce", new Object[] {urls.toArray(String[]::new)},
                    new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException failed) {
            System.err.println("Dashify: deployed, served at " + String.join("  ", urls)
                    + "; the service logged no summary: " + failed);
        }
    }
}
