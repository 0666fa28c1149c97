package com.dashify.identity.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's used heap over time, from {@code jstat -gc <pid> <interval>} run beside it (one
 * JVM started once, reading the server's performance counters: it costs the server nothing), and
 * full collections on request through {@code jcmd <pid> GC.run}. Used heap is survivors, eden and
 * old generation together, garbage included until a collection frees it: which is why a sample
 * taken just after a collection is the one that tells what the server holds on to.
 */
final class HeapSampler implements AutoCloseable {

    /** One line of jstat: when it was read ({@link System#nanoTime()}), used KiB, collections so far. */
    record Sample(long nanos, double usedKb, long collections) {
    }

    /**
     * How much the heap grew over a baseline during a span: at its peak, garbage included; at its
     * highest just after a collection (NaN when none ran during the span); and how many ran.
     */
    record Growth(double peakKb, double afterCollectionKb, long collections) {
    }

    /** The tools' own JVM starts sooner with these, on a machine whose cores the server is using. */
    private static final String[] QUICK_START = {"-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"};

    private final long pid;
    private final Process jstat;
    private final Thread reader;
    private final List<Sample> samples = new ArrayList<>();

    HeapSampler(long pid, int intervalMillis) {
        this.pid = pid;
        try {
            jstat = new ProcessBuilder("jstat", QUICK_START[0], QUICK_START[1], "-J-Duser.language=en", "-gc", Long.toString(pid),
                    Integer.toString(intervalMillis)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("jstat (a JDK tool) is needed for the heap figures", e);
        }
        reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The samples so far, oldest first. */
    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** Waits for a sample read after this moment ({@link System#nanoTime()}), 10 s at most. */
    Sample sampleAfter(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Sample> now = samples();
            if (!now.isEmpty() && now.get(now.size() - 1).nanos() > nanos) {
                return now.get(now.size() - 1);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("jstat gave no sample of process " + pid);
    }

    /** A full collection in the server, now; returns when it is done. */
    void fullCollection() throws InterruptedException {
        try {
            Process jcmd = new ProcessBuilder("jcmd", QUICK_START[0], QUICK_START[1], Long.toString(pid),
                    "GC.run").redirectErrorStream(true).start();
            jcmd.getInputStream().readAllBytes();
            jcmd.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("jcmd (a JDK tool) is needed for the heap figures", e);
        }
    }

    @Override
    public void close() {
        jstat.destroy();
        reader.interrupt();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.US_ASCII))) {
            List<String> header = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (header == null || line.strip().startsWith("S0C")) {
                    header = columns(line);
                    continue;
                }
                Sample sample = parse(header, line, System.nanoTime());
                synchronized (samples) {
                    samples.add(sample);
                }
            }
        } catch (IOException | RuntimeException stopped) {
            // jstat ended with the server, or was stopped.
        }
    }

    /**
     * One line of {@code jstat -gc} under its header: used = S0U + S1U + EU + OU; collections =
     * YGC + FGC (G1's concurrent cycles, CGC, free nothing by themselves and are not counted).
     */
    static Sample parse(List<String> header, String line, long nanos) {
        List<String> values = columns(line);
        if (values.size() != header.size()) {
            throw new IllegalArgumentException("a jstat line that does not fit its header: " + line);
        }
        Map<String, String> byName = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.put(header.get(i), values.get(i));
        }
        double used = 0;
        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
            used += number(byName, column);
        }
        long collections = 0;
        for (String column : List.of("YGC", "FGC")) {
            collections += (long) number(byName, column);
        }
        return new Sample(nanos, used, collections);
    }

    /**
     * The growth over {@code baselineKb} of the samples read from {@code fromNanos} to
     * {@code toNanos}; a sample "after a collection" is one whose count of collections is above
     * the sample before it.
     */
    static Growth growth(List<Sample> samples, double baselineKb, long fromNanos, long toNanos) {
        double peak = Double.NaN;
        double afterCollection = Double.NaN;
        long collections = 0;
        Sample previous = null;
        for (Sample sample : samples) {
            boolean inside = sample.nanos() >= fromNanos && sample.nanos() <= toNanos;
            if (inside) {
                peak = Double.isNaN(peak) ? sample.usedKb() : Math.max(peak, sample.usedKb());
                if (previous != null && sample.collections() > previous.collections()) {
                    collections += sample.collections() - previous.collections();
                    afterCollection = Double.isNaN(afterCollection) ? sample.usedKb()
                            : Math.max(afterCollection, sample.usedKb());
                }
            }
            previous = sample;
        }
        return new Growth(peak - baselineKb, afterCollection - baselineKb, collections);
    }

    private static List<String> columns(String line) {
        return Arrays.asList(line.strip().split("\\s+"));
    }

    private static double number(Map<String, String> byName, String column) {
        String value = byName.get(column);
        if (value == null) {
            throw new IllegalArgumentException("jstat gave no " + column + " column");
        }
        return Double.parseDouble(value.replace(',', '.'));
    }
}
