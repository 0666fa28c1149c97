package com.dashify.identity.bootstrap.cluster;

import com.dashify.identity.adapter.console.security.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds the data grid this node joined (Payara Micro binds it at {@code payara/Hazelcast} when
 * started without {@code --nohazelcast}: see the launcher's {@code --cluster}) and produces the
 * shared state and what is built on it. Without a grid (a single node, or a server without
 * Hazelcast), the state is this node's.
 */
@ApplicationScoped
public class ClusterWiring {

    static final String GRID_JNDI_NAME = "payara/Hazelcast";
    static final String SIGN_IN_THROTTLE_MAP = "dashify-sign-in-throttle";
    /** Set by the launcher when it starts Payara Micro to join a cluster. */
    public static final String JOINED_PROPERTY = "dashify.cluster.joined";
    private static final Logger LOG = Logger.getLogger(ClusterWiring.class.getName());

    @Produces
    @Singleton
    SharedState sharedState() {
        SharedState state = gridOfThisNode();
        if (Boolean.getBoolean(JOINED_PROPERTY) && state instanceof NodeState) {
            LOG.severe("This node was started to join a cluster, but no data grid is bound at " + GRID_JNDI_NAME
                    + ": its sign-in throttle and scheduled jobs are its own, not the cluster's");
        } else {
            LOG.info("State shared by the nodes (sign-in throttle, scheduled jobs): " + state.description());
        }
        return state;
    }

    @Produces
    @Singleton
    SignInThrottle signInThrottle(SharedState state) {
        return new SignInThrottle(state.counters(SIGN_IN_THROTTLE_MAP, SignInThrottle.window()));
    }

    /** The grid, when this node joined one and it runs; else this node's own state. */
    static SharedState gridOfThisNode() {
        Object found;
        try {
            found = new InitialContext().lookup(GRID_JNDI_NAME);
        } catch (NamingException | RuntimeException noGrid) {
            return new NodeState();
        }
        try {
            return Grids.running(found).orElseGet(NodeState::new);
        } catch (LinkageError noHazelcast) {
            // A server without Hazelcast's classes: nothing there can be a grid of Payara's.
            return new NodeState();
        }
    }
}
