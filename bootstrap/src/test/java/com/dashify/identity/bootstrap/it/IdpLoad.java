package com.dashify.identity.bootstrap.it;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A directory provisioning users as Okta does, from a few client threads at once, until stopped:
 * for each new user a lookup by filter, a create, a read, a PUT of the whole profile, and a PATCH
 * that deactivates (Okta's path-less form). Every request is kept with the phase of the test it was
 * sent in, what came back, and what a retry would send. A user whose request failed gets no further
 * requests: a directory retries the failed one first (the test does, afterwards), since a PUT of
 * {@code active: true} sent again after the deactivation that followed it would undo that.
 */
final class IdpLoad implements AutoCloseable {

    /** What each step answers when all is well. */
    enum Step {
        LOOKUP("GET", 200), CREATE("POST", 201), READ("GET", 200), REPLACE("PUT", 200), DEACTIVATE("PATCH", 200);

        final String method;
        final int success;

        Step(String method, int success) {
            this.method = method;
            this.success = success;
        }

        boolean isWrite() {
            return !method.equals("GET");
        }
    }

    /**
     * One request and its answer. {@code status} 0: no HTTP answer at all ({@code error} says why).
     *
     * @param path  under {@code /scim/v2}
     * @param body  what was sent, to send again
     */
    record Call(Step step, String userName, String path, String body, String phase, int status, String error,
                String answer) {

        boolean failed() {
            return status != step.success;
        }

        @Override
        public String toString() {
            return step.method + " /scim/v2" + path + " " + (status == 0 ? "no answer (" + error + ")" : status)
                    + " [" + step + " " + userName + ", during " + phase + "]";
        }
    }

    /** Between one client's requests: three clients then send some 20 requests a second in all. */
    private static final Duration THINK_TIME = Duration.ofMillis(100);

    private final ScimClient directory;
    private final AtomicReference<String> phase;
    private final AtomicBoolean stop = new AtomicBoolean();
    /** No think time: each client then nearly always has a request in flight. */
    private volatile boolean flatOut;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService pool;
    private final List<Future<?>> running = new ArrayList<>();

    private IdpLoad(ScimClient directory, int workers, AtomicReference<String> phase) {
        this.directory = directory;
        this.phase = phase;
        this.pool = Executors.newFixedThreadPool(workers);
    }

    /** Starts {@code workers} client threads through {@code directory}; {@code phase} labels each call. */
    static IdpLoad start(ScimClient directory, int workers, AtomicReference<String> phase) {
        IdpLoad load = new IdpLoad(directory, workers, phase);
        for (int worker = 0; worker < workers; worker++) {
            int id = worker;
            load.running.add(load.pool.submit(() -> load.provision(id)));
        }
        return load;
    }

    /** Waits until {@code more} further creates have got their 201, polling; fails after {@code patience}. */
    void awaitMoreCreated(int more, Duration patience) {
        long target = count(call -> call.step() == Step.CREATE && call.status() == 201) + more;
        ClusterIT.await(more + " more users created (calls so far: " + summary() + ")", patience,
                () -> count(call -> call.step() == Step.CREATE && call.status() == 201) >= target);
    }

    /**
     * Drops the think time (or brings it back): for the moment a node dies, so that requests are
     * in flight on it, as they are under a directory's full sync.
     */
    void flatOut(boolean on) {
        flatOut = on;
    }

    /** Stops the threads after their current request and waits for them; returns every call made. */
    List<Call> stop() throws Exception {
        stop.set(true);
        for (Future<?> worker : running) {
            worker.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return calls();
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** How many calls of each step, in each phase, got which status. */
    Map<String, Long> summary() {
        return calls().stream().collect(Collectors.groupingBy(call -> call.step() + " " + call.phase() + " "
                + (call.status() == 0 ? "no answer" : Integer.toString(call.status())), TreeMap::new,
                Collectors.counting()));
    }

    long count(Predicate<Call> which) {
        return calls().stream().filter(which).count();
    }

    @Override
    public void close() {
        stop.set(true);
        pool.shutdownNow();
    }

    private void provision(int worker) {
        for (int n = 0; !stop.get(); n++) {
            String userName = "okta-" + worker + "-" + n + "@" + directory.tenantName() + ".example";
            send(Step.LOOKUP, userName, "/Users?filter=userName%20eq%20%22" + userName.replace("@", "%40")
                    + "%22&startIndex=1&count=100", null);
            Call created = send(Step.CREATE, userName, "/Users", create(userName));
            if (created.failed()) {
                continue;
            }
            String path = "/Users/" + ScimClient.json(created.answer()).getString("id");
            // As a directory does, a failed step is retried before the next (by the test, afterwards):
            // a PUT of active:true retried after the deactivation that followed it would undo it.
            if (!send(Step.READ, userName, path, null).failed()
                    && !send(Step.REPLACE, userName, path, replace(userName)).failed()) {
                send(Step.DEACTIVATE, userName, path, DEACTIVATE);
            }
        }
    }

    private Call send(Step step, String userName, String path, String body) {
        pause();
        String sentIn = phase.get();
        Call call;
        try {
            DashifyServer.Response answer = directory.send(step.method, path, body, Map.of());
            call = new Call(step, userName, path, body, sentIn, answer.status(), null, answer.body());
        } catch (UncheckedIOException noAnswer) {
            call = new Call(step, userName, path, body, sentIn, 0, String.valueOf(noAnswer.getCause()), "");
        }
        calls.add(call);
        return call;
    }

    /**
     * A directory's pace, not a benchmark's: a client flat out on this 2-core machine would starve
     * the very nodes the test restarts (a boot took minutes). A think time, not a wait for anything.
     */
    private void pause() {
        if (flatOut) {
            return;
        }
        try {
            Thread.sleep(THINK_TIME.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
        }
    }

    /** Sends a call again, exactly as it was sent. */
    DashifyServer.Response retry(Call call) {
        return directory.send(call.step().method, call.path(), call.body(), Map.of());
    }

    static final String DEACTIVATE = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","value":{"active":false}}]}""";

    static String create(String userName) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                 "name":{"givenName":"Test","familyName":"User"},
                 "emails":[{"primary":true,"value":"%s","type":"work"}],
                 "displayName":"Test User","locale":"en-US","externalId":"ext-%s","groups":[],"active":true}"""
                .formatted(userName, userName, userName.substring(0, userName.indexOf('@')));
    }

    /** Okta's PUT of the whole profile: a new given name. */
    static String replace(String userName) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                 "name":{"givenName":"Renamed","familyName":"User"},
                 "emails":[{"primary":true,"value":"%s","type":"work"}],
                 "displayName":"Renamed User","locale":"en-US","externalId":"ext-%s","groups":[],"active":true}"""
                .formatted(userName, userName, userName.substring(0, userName.indexOf('@')));
    }
}
