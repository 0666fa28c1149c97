package com.dashify.identity.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's process on this machine (Linux), or the processes of a cluster's nodes: their CPU
 * time and resident memory, summed over the processes, read from {@code /proc}. A sampler reads
 * the resident size every 250 ms, so that a phase's peak is known.
 */
final class ServerProcess implements AutoCloseable {

    private final List<Long> pids;
    private final double ticksPerSecond;
    private final Thread sampler;
    private final AtomicLong peakKb = new AtomicLong();

    ServerProcess(long pid) {
        this(List.of(pid));
    }

    /** Several processes counted as one server: a cluster's nodes. */
    ServerProcess(List<Long> pids) {
        if (pids.isEmpty()) {
            throw new IllegalArgumentException("no process");
        }
        this.pids = List.copyOf(pids);
        this.ticksPerSecond = clockTicks();
        this.peakKb.set(rssKb());
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The first process's id (the only one's, unless this is a cluster). */
    long pid() {
        return pids.get(0);
    }

    /** User plus system CPU time so far, in seconds, of all the processes. */
    double cpuSeconds() {
        long ticks = 0;
        for (long pid : pids) {
            // Fields after the command name, which is in parentheses and may hold spaces.
            String line = read(proc(pid, "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks / ticksPerSecond;
    }

    /** The resident set size now, in KiB, of all the processes. */
    long rssKb() {
        long sum = 0;
        for (long pid : pids) {
            sum += rssKb(proc(pid, "status"));
        }
        return sum;
    }

    private static long rssKb(Path status) {
        for (String line : read(status).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in " + status);
    }

    private static Path proc(long pid, String file) {
        return Path.of("/proc", Long.toString(pid), file);
    }

    /** Starts a new peak at the current size. */
    void resetPeak() {
        peakKb.set(rssKb());
    }

    /** The largest resident size seen since the last {@link #resetPeak()}, in KiB. */
    long peakKb() {
        return peakKb.accumulateAndGet(rssKb(), Math::max);
    }

    @Override
    public void close() {
        sampler.interrupt();
    }

    private void sample() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                peakKb.accumulateAndGet(rssKb(), Math::max);
                Thread.sleep(250);
            }
        } catch (InterruptedException | UncheckedIOException stopped) {
            // The run is over, or the server has gone.
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Double.parseDouble(ticks) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
