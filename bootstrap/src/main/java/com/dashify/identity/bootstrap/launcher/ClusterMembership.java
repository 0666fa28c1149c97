package com.dashify.identity.bootstrap.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Whether this node joins a cluster, read from {@code --cluster <mode>} or {@code DASHIFY_CLUSTER},
 * and the Payara Micro options that follow from it. A node joins Payara Micro's data grid
 * (Hazelcast) only when asked to and only on PostgreSQL: the grid holds what must be shared in
 * memory (the sign-in throttle, the console's HTTP sessions, one pruner at a time), the database
 * everything else, and nodes on an embedded H2 database each have a database of their own.
 *
 * <p>The mode is Payara Micro's cluster mode: {@code tcpip:host:port,host:port} (an explicit
 * member list) or {@code multicast:group:port}; a bare {@code --cluster} is multicast on Payara's
 * defaults. Every other option of Payara's data grid ({@code --startport}, {@code --interfaces},
 * {@code --clustername}, {@code --nohostaware}) passes through as given.
 */
final class ClusterMembership {

    static final String OPTION = "--cluster";
    static final String SETTING = "DASHIFY_CLUSTER";
    static final String DEFAULT_CLUSTER_NAME = "dashify";
    /** Payara Micro's discovery modes for Micro instances, as its {@code --clustermode} takes them. */
    private static final Pattern MODE = Pattern.compile("(tcpip|multicast|dns):\\S+");
    private static final String BARE = "multicast";
    /** Payara's own grid options that would undo or fight {@code --cluster}. */
    private static final List<String> CONTRADICTING = List.of("--nohazelcast", "--nocluster", "--clustermode");

    private final Optional<String> mode;
    private final List<String> otherOptions;

    private ClusterMembership(Optional<String> mode, List<String> otherOptions) {
        this.mode = mode;
        this.otherOptions = otherOptions;
    }

    /**
     * Reads the command line (the last {@code --cluster} wins, in any case, as Payara reads its
     * options), else the setting.
     *
     * @throws IllegalArgumentException when the mode is not one Payara Micro knows
     */
    static ClusterMembership of(String[] args, UnaryOperator<String> setting) {
        List<String> rest = new ArrayList<>();
        String given = null;
        for (int i = 0; i < args.length; i++) {
            if (!args[i].toLowerCase(Locale.ROOT).equals(OPTION)) {
                rest.add(args[i]);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                given = args[++i];
            } else {
                given = BARE;
            }
        }
        if (given == null) {
            String configured = setting.apply(SETTING);
            given = configured == null || configured.isBlank() ? null : configured.strip();
        }
        if (given != null && !given.equals(BARE) && !MODE.matcher(given).matches()) {
            throw new IllegalArgumentException("--cluster takes tcpip:host:port,host:port, multicast:group:port or"
                    + " dns:name:port (or nothing, for multicast on Payara's defaults), not '" + given + "'");
        }
        if (given != null && rest.stream().map(arg -> arg.toLowerCase(Locale.ROOT)).anyMatch(CONTRADICTING::contains)) {
            throw new IllegalArgumentException("--cluster sets the data grid up itself: leave out --nohazelcast,"
                    + " --nocluster and --clustermode");
        }
        return new ClusterMembership(Optional.ofNullable(given), rest);
    }

    /** The command line without {@code --cluster} and its mode, which Payara Micro does not know. */
    List<String> otherOptions() {
        return otherOptions;
    }

    boolean requested() {
        return mode.isPresent();
    }

    /** Whether this node joins the data grid: clustering asked for, on PostgreSQL. */
    boolean joins(boolean onPostgres) {
        return mode.isPresent() && onPostgres;
    }

    /**
     * Payara Micro's options for this node's data grid: none at all ({@code --nohazelcast}) unless
     * clustering was asked for on PostgreSQL; else its discovery mode and, unless given, the
     * cluster's name, so that Dashify nodes do not join another Payara cluster on the network.
     */
    List<String> gridOptions(boolean onPostgres) {
        if (!joins(onPostgres)) {
            return List.of("--nohazelcast");
        }
        List<String> options = new ArrayList<>();
        if (!mode.get().equals(BARE)) {
            options.addAll(List.of("--clustermode", mode.get()));
        }
        if (otherOptions.stream().noneMatch(option -> option.toLowerCase(Locale.ROOT).equals("--clustername"))) {
            options.addAll(List.of("--clustername", DEFAULT_CLUSTER_NAME));
        }
        return options;
    }
}
