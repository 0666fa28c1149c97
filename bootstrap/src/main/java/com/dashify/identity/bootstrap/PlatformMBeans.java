package com.dashify.identity.bootstrap;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers the service's beans that the launcher of {@code dashify.jar} reads or calls, in the
 * JVM's platform MBean server: the two live in different class loaders, and that server is the
 * JVM's. A bean left by an earlier deployment of the service in this JVM is replaced.
 */
final class PlatformMBeans {

    private PlatformMBeans() {
    }

    /** Registers {@code bean} as {@code name}; a failure is logged as a warning that ends with {@code consequence}. */
    static void register(Object bean, String name, Logger log, String consequence) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName objectName = new ObjectName(name);
            if (server.isRegistered(objectName)) {
                server.unregisterMBean(objectName);
            }
            server.registerMBean(bean, objectName);
        } catch (JMException | RuntimeException failed) {
            log.log(Level.WARNING, "Cannot register " + name + ": " + consequence, failed);
        }
    }

    /** Unregisters {@code name}, if it is registered. */
    static void unregister(String name, Logger log) {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(name));
        } catch (JMException | RuntimeException alreadyGone) {
            log.log(Level.FINE, "Not registered: " + name, alreadyGone);
        }
    }
}
