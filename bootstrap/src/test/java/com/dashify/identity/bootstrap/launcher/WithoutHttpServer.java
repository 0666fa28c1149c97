package com.dashify.identity.bootstrap.launcher;

/**
 * Run in a JVM of its own, limited to {@code java.base} (as a trimmed runtime without
 * {@code jdk.httpserver} is): prints whether the launcher would answer on the port while Payara starts.
 */
final class WithoutHttpServer {

    private WithoutHttpServer() {
    }

    public static void main(String[] args) {
        try (StartupResponder responder = DashifyLauncher.startupResponder(args)) {
            System.out.print(responder == null ? "as Payara does" : "answers 503");
        }
    }
}
