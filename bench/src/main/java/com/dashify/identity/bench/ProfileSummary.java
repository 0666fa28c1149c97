package com.dashify.identity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a JFR recording of one workload (bench/server-cost.sh --profile) says the server's threads
 * spent their CPU on: the share of execution samples in each component (the first frame, from the
 * top of the stack, that belongs to a known one) and in each method on the stack (inclusive), so
 * that "where does a no-op's time go" is answered by numbers that can be compared before and after.
 */
public final class ProfileSummary {

    /** Packages, by prefix, grouped into the components a reader knows; the first match wins. */
    static final Map<String, String> COMPONENTS = components();

    private ProfileSummary() {
    }

    private static Map<String, String> components() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("com.dashify.", "dashify");
        prefixes.put("org.postgresql.", "jdbc (pgjdbc)");
        prefixes.put("org.h2.", "jdbc (h2)");
        prefixes.put("com.zaxxer.", "connection pool");
        prefixes.put("com.sun.enterprise.resource.", "connection pool");
        prefixes.put("com.sun.gjc.", "connection pool");
        prefixes.put("org.eclipse.persistence.", "eclipselink");
        prefixes.put("org.glassfish.jersey.", "jersey");
        prefixes.put("org.jboss.weld.", "weld (cdi)");
        prefixes.put("org.eclipse.yasson.", "json");
        prefixes.put("org.glassfish.json.", "json");
        prefixes.put("org.eclipse.parsson.", "json");
        prefixes.put("com.sun.enterprise.transaction.", "jta");
        prefixes.put("com.sun.jts.", "jta");
        prefixes.put("org.glassfish.soteria.", "security");
        prefixes.put("com.sun.enterprise.security.", "security");
        prefixes.put("com.sun.web.security.", "security");
        prefixes.put("org.glassfish.grizzly.", "grizzly (http)");
        prefixes.put("org.apache.catalina.", "web container");
        prefixes.put("org.glassfish.hk2.", "hk2");
        prefixes.put("org.jvnet.hk2.", "hk2");
        prefixes.put("java.util.logging.", "logging");
        prefixes.put("fish.payara.", "payara");
        prefixes.put("com.sun.enterprise.", "payara");
        prefixes.put("org.glassfish.", "payara");
        return prefixes;
    }

    /**
     * {@code ProfileSummary RECORDING.jfr [TOP [REGEX]]}: the summary of one recording, TOP methods
     * (default 25), the inclusive ones only where their name contains a match of REGEX.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ProfileSummary RECORDING.jfr [TOP [REGEX]]");
            System.exit(2);
        }
        List<List<String>> stacks = new ArrayList<>();
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                    stacks.add(frames(event.getStackTrace()));
                }
            }
        }
        Pattern methods = Pattern.compile(args.length > 2 ? args[2] : "");
        System.out.print(summarise(stacks, args.length > 1 ? Integer.parseInt(args[1]) : 25, methods));
    }

    private static List<String> frames(RecordedStackTrace trace) {
        List<String> frames = new ArrayList<>();
        for (RecordedFrame frame : trace.getFrames()) {
            frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
        }
        return frames;
    }

    /** The component of a frame ({@code package.Class.method}), or "jdk and other". */
    static String component(String frame) {
        for (Map.Entry<String, String> prefix : COMPONENTS.entrySet()) {
            if (frame.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return "jdk and other";
    }

    /**
     * Stacks are top first (the executing method at index 0). A sample counts for the component of
     * its first frame that has one (so the JDK's HashMap under EclipseLink counts as EclipseLink),
     * once for every distinct method on its stack, and once for the method it was executing.
     */
    static String summarise(List<List<String>> stacks, int top) {
        return summarise(stacks, top, Pattern.compile(""));
    }

    /** As {@link #summarise(List, int)}, with only the inclusive methods whose name has a match of {@code methods}. */
    static String summarise(List<List<String>> stacks, int top, Pattern methods) {
        Map<String, Integer> byComponent = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        for (List<String> stack : stacks) {
            if (!stack.isEmpty()) {
                self.merge(stack.get(0), 1, Integer::sum);
            }
            String owner = stack.stream().map(ProfileSummary::component).filter(c -> !c.equals("jdk and other"))
                    .findFirst().orElse("jdk and other");
            byComponent.merge(owner, 1, Integer::sum);
            Set<String> seen = new HashSet<>(stack);
            seen.forEach(method -> inclusive.merge(method, 1, Integer::sum));
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d execution samples%n", stacks.size()));
        if (stacks.isEmpty()) {
            return out.toString();
        }
        out.append("by component (the first frame from the top that belongs to one):\n");
        appendShares(out, byComponent, stacks.size(), Integer.MAX_VALUE);
        out.append("by method on the stack (inclusive), Dashify and framework entry points:\n");
        Map<String, Integer> entryPoints = new HashMap<>();
        inclusive.forEach((method, count) -> {
            if (!component(method).equals("jdk and other") && methods.matcher(method).find()) {
                entryPoints.put(method, count);
            }
        });
        appendShares(out, entryPoints, stacks.size(), top);
        out.append("by executing method (self):\n");
        appendShares(out, self, stacks.size(), top);
        return out.toString();
    }

    private static void appendShares(StringBuilder out, Map<String, Integer> counts, int total, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey())));
    }
}
