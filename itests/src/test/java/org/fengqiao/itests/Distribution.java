package org.fengqiao.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built distribution archive, unpacked and run the way an operator runs it ({@code bin/karaf server}), offline,
 * on its own ports on 127.0.0.1.
 */
final class Distribution {

    final Path home;
    final int sshPort;
    private Process karaf;

    private Distribution(Path home, int sshPort) {
        this.home = home;
        this.sshPort = sshPort;
    }

    /** Unpacks the archive into {@code target/<name>} with HTTP on {@code httpPort}, SSH and JMX near it. */
    static Distribution unpack(String name, int httpPort, int sshPort, int rmiRegistryPort, int rmiServerPort)
            throws Exception {
        Path work = Path.of(System.getProperty("project.build.directory"), name);
        deleteTree(work);
        Files.createDirectories(work);
        run(work, "tar", "xzf", System.getProperty("fengqiao.distribution"), "-C", work.toString());
        Path home;
        try (Stream<Path> dirs = Files.list(work)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path etc = home.resolve("etc");
        setProperty(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(sshPort));
        setProperty(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort",
                String.valueOf(rmiRegistryPort));
        setProperty(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(rmiServerPort));
        Path emptyRepository = Files.createDirectories(work.resolve("empty-local-repository"));
        setProperty(etc.resolve("org.ops4j.pax.url.mvn.cfg"), "org.ops4j.pax.url.mvn.localRepository",
                emptyRepository.toString());
        Files.copy(Path.of(System.getProperty("fengqiao.demo.cfg")), etc.resolve("org.fengqiao.demo.cfg"));
        if (TestDatabase.postgresql()) {
            Files.copy(TestDatabase.freshDataSourceConfig(TestDatabase.databaseName(name), work.resolve("postgresql")),
                    etc.resolve("org.ops4j.datasource-fengqiao.cfg"), StandardCopyOption.REPLACE_EXISTING);
        }
        // every test client is 127.0.0.1: lift the per-address and per-account limits (ThrottleIT tests them)
        Files.writeString(etc.resolve("org.fengqiao.rest.limits.cfg"), "login.attempts.per_address = 100000\n"
                + "registrations.per_address = 100000\ntickets.per_account = 100000\n");
        return new Distribution(home, sshPort);
    }

    /** Waits until the started instance answers and the demo profile's account can sign in. */
    static void awaitDemoAccount(Http http, String username) {
        Poll.until("health", java.time.Duration.ofSeconds(120), () -> http.get("/health"), r -> r.status() == 200);
        // The demo makes its accounts before its tickets; polling the login earlier would count wrong
        // passwords against the account and lock it out.
        Poll.until("the demo tickets", java.time.Duration.ofSeconds(120), () -> http.get("/boards/help/tickets"),
                r -> r.status() == 200 && r.json().path("total").asInt() >= 1);
        Poll.until("the demo accounts", java.time.Duration.ofSeconds(120),
                () -> http.send("POST", "/auth/login", "application/json",
                        Http.json(java.util.Map.of("username", username, "password", "fengqiao-demo")),
                        java.util.Map.of()),
                r -> r.status() == 200);
    }

    Path etc(String file) {
        return home.resolve("etc").resolve(file);
    }

    /** Starts {@code bin/karaf server}; returns the moment it was started ({@link System#nanoTime()}). */
    long start() throws IOException {
        long t = System.nanoTime();
        karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("karaf-console.log").toFile())).start();
        return t;
    }

    /** {@code bin/stop}, then waits for every process of the instance to end. */
    void stop() throws Exception {
        if (karaf == null || !karaf.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(karaf.descendants().toList());
        run(home, home.resolve("bin/stop").toString());
        if (!karaf.waitFor(90, TimeUnit.SECONDS)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
        }
        for (ProcessHandle p : tree) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** Kills the instance's JVM at once (SIGKILL), as a power cut would; nothing gets to close or flush. */
    void kill() throws Exception {
        List<ProcessHandle> tree = new ArrayList<>(karaf.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
        for (ProcessHandle p : tree) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
        karaf.waitFor(30, TimeUnit.SECONDS);
    }

    /** The instance's processes, for figures such as resident memory. */
    List<ProcessHandle> processes() {
        return karaf.descendants().toList();
    }

    static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.removeIf(l -> l.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*"));
        lines.add(key + " = " + value);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
