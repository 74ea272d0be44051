package io.wageguard.devstack;

import java.nio.file.Path;

/**
 * Runs Wageguard on one machine without Docker: a real KRaft Kafka broker in a child JVM, a MongoDB-wire
 * server (mongo-java-server on an H2 file) in this JVM, and the services as child JVMs. See infra/README.md.
 */
public final class Devstack {

    private Devstack() {
    }

    /** Starts everything the config asks for and waits until it is ready; on failure, stops what it started. */
    public static RunningDevstack start(DevstackConfig config) {
        RunningDevstack stack = new RunningDevstack(config);
        try {
            stack.start();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        // --demo is a flag of the launcher, not a setting of the stack
        boolean demo = java.util.Arrays.asList(args).contains("--demo");
        args = java.util.Arrays.stream(args).filter(a -> !a.equals("--demo")).toArray(String[]::new);
        DevstackConfig config;
        try {
            config = DevstackConfig.parse(args, System.getenv(), Path.of("").toAbsolutePath());
        } catch (DevstackConfig.HelpRequested help) {
            System.out.print(help.getMessage());
            return;
        } catch (DevstackException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(2);
            return;
        }

        RunningDevstack stack;
        try {
            stack = start(config);
        } catch (DevstackException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (demo) {
            if (stack.config().services().size() == WageguardService.values().length) {
                Demo.load(stack);
            } else {
                System.err.println("devstack: --demo needs all four services; not loading it");
            }
        }
        System.out.print(stack.summary());
        stack.awaitClose();
    }
}
