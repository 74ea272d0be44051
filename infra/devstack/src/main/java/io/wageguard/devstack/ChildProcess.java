package io.wageguard.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A JVM the devstack started, with its output in a log file. */
final class ChildProcess {

    // In its own session a child does not get the terminal's Ctrl-C, so the devstack alone decides the
    // shutdown order (services before the broker they use).
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final List<String> command;
    private final Process process;
    private final Path log;
    private Path pidFile;

    private ChildProcess(String name, List<String> command, Process process, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
        return start(name, command, env, workDir, log, false);
    }

    /** As above; {@code appendLog} keeps the earlier output (a restart of the same process). */
    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log,
                              boolean appendLog) {
        List<String> fullCommand = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(fullCommand)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
                            : ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(env);
            return new ChildProcess(name, command, builder.start(), log);
        } catch (IOException e) {
            throw new DevstackException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Notes the pid, the launcher and the command line in {@code <runDir>/<file>.pid}, so that the next devstack
     * on this data directory can stop what a killed (kill -9) one left running; see {@link #stopLeftovers(Path)}.
     */
    ChildProcess recordPid(Path runDir, String file) {
        pidFile = runDir.resolve(file + ".pid");
        try {
            Files.createDirectories(runDir);
            List<String> lines = new ArrayList<>();
            lines.add(Long.toString(process.pid()));
            lines.add(describe(ProcessHandle.current()));
            lines.add(arguments(command)); // after the java executable, which /proc may spell differently
            Files.write(pidFile, lines);
        } catch (IOException e) {
            throw new DevstackException("Cannot write " + pidFile, e);
        }
        return this;
    }

    /**
     * Stops processes recorded in {@code runDir} whose devstack is gone but which still run with the recorded
     * command line; refuses to start if that devstack is still running.
     */
    static void stopLeftovers(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(runDir, "*.pid")) {
            for (Path pidFile : pidFiles) {
                List<String> lines = Files.readAllLines(pidFile);
                String launcher = lines.get(1);
                Optional<ProcessHandle> runningLauncher = ProcessHandle.of(Long.parseLong(launcher.split(" ")[0]))
                        .filter(p -> describe(p).equals(launcher));
                if (runningLauncher.isPresent()) {
                    throw new DevstackException("Another devstack (pid " + runningLauncher.get().pid() + ") is using "
                            + runDir.getParent() + "; stop it first, or choose another --data-dir");
                }
                String arguments = lines.get(2);
                ProcessHandle.of(Long.parseLong(lines.getFirst()))
                        .filter(p -> p.info().commandLine().filter(c -> c.endsWith(" " + arguments)).isPresent())
                        .ifPresent(leftover -> stopLeftover(leftover, pidFile));
                Files.delete(pidFile);
            }
        } catch (IOException | IndexOutOfBoundsException | NumberFormatException e) {
            throw new DevstackException("Cannot check for processes left in " + runDir + ": " + e, e);
        }
    }

    private static void stopLeftover(ProcessHandle leftover, Path pidFile) {
        System.err.printf("devstack: stopping pid %d (%s), left running by a devstack that was killed%n",
                leftover.pid(), pidFile.getFileName());
        leftover.destroy();
        try {
            leftover.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            leftover.destroyForcibly();
        }
    }

    // Info.arguments() is empty on Linux for long command lines (the broker's classpath); commandLine() is not.
    private static String arguments(List<String> command) {
        return String.join(" ", command.subList(1, command.size()));
    }

    /** Pid and start time: a pid alone may have been reused. */
    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("?");
    }

    /** The path of the JVM running the devstack; children run on the same one. */
    static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Waits up to {@code timeout} for the process to exit; true if it did. */
    boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hooks, no graceful close of consumers or producers. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Sends SIGTERM; see {@link #awaitStopped(Duration)}. */
    void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for a requested stop, then kills the process if it is still there. */
    void awaitStopped(Duration grace) {
        if (!awaitExit(grace)) {
            System.err.printf("devstack: %s did not stop within %ds; killing it%n", name, grace.toSeconds());
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(10));
        }
        if (pidFile != null && !process.isAlive()) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                // harmless: stopLeftovers() ignores pid files of processes that are gone
            }
        }
    }

    void stop(Duration grace) {
        requestStop();
        awaitStopped(grace);
    }

    /** The last lines of the log, for error messages. */
    String logTail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = readLenient(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** A failure message naming the process, its log and the log's tail. */
    DevstackException failure(String what) {
        return new DevstackException(what + "\n--- last lines of " + log + " ---\n" + logTail(40));
    }

    /** Waits on the process instead of sleeping: returns early (true) if it exits. */
    boolean exitsWithin(Duration pause) {
        try {
            process.onExit().get(pause.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while waiting for " + name, e);
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static List<String> readLenient(Path file) {
        // Only the end matters, and logs may be large or hold bytes that are not UTF-8.
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, 64 * 1024));
            channel.position(size - tail.capacity());
            while (tail.hasRemaining() && channel.read(tail) > 0) {
                // read until the buffer is full
            }
            return new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
