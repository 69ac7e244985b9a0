package estate.embedded;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Starts Neo4j Community in-process with Bolt on 127.0.0.1 only, for Estate's
 * default "no Neo4j configured" mode. Spawned and supervised by graph/embedded/embedded.ts.
 *
 * <p>Options (argument {@code --name=value} or system property {@code -Destate.name=value}):
 * {@code data-dir} (Neo4j home; store in data/, logs in logs/), {@code bolt-port} (default 7687),
 * {@code page-cache} (e.g. 512m), {@code tx-timeout} (e.g. 300s), {@code watch-stdin}
 * (default true: exit when stdin reaches EOF, so the server never outlives its parent),
 * {@code idle-marker} (a warm Neo4j the CLI keeps between commands, warm.ts: stop once the
 * deadline in this JSON file has passed, or when the file is gone or names another process).
 *
 * <p>stdout carries exactly one line, {@code ESTATE_NEO4J_READY bolt://127.0.0.1:PORT}; all
 * Neo4j logging goes to files under {@code <data-dir>/logs}.
 */
public final class EmbeddedNeo4j {
    static final int EXIT_FAILED = 1;
    static final int EXIT_PORT_IN_USE = 2;
    static final int EXIT_USAGE = 64;

    private static volatile DatabaseManagementService dbms;
    private static volatile Log4jLogProvider userLog;
    private static volatile int exitStatus = 0;
    // Counted down once start-up has finished (either way), so a shutdown that arrives
    // mid-start waits for it and then closes the store cleanly instead of killing it half-open.
    private static final CountDownLatch started = new CountDownLatch(1);

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        Map<String, String> opts = parseArgs(args);
        if (opts == null) {
            System.exit(EXIT_USAGE);
            return;
        }
        Path home = Path.of(opts.getOrDefault("data-dir", "neo4j-data")).toAbsolutePath().normalize();
        int port;
        long pageCache;
        Duration txTimeout;
        try {
            port = Integer.parseInt(opts.getOrDefault("bolt-port", "7687"));
            if (port < 1 || port > 65535) throw new IllegalArgumentException("bolt-port must be 1..65535");
            pageCache = ByteUnit.parse(opts.getOrDefault("page-cache", "512m"));
            txTimeout = parseDuration(opts.getOrDefault("tx-timeout", "300s"));
        } catch (RuntimeException e) {
            System.err.println("EmbeddedNeo4j: bad option: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        boolean watchStdin = !"false".equalsIgnoreCase(opts.getOrDefault("watch-stdin", "true"));
        String idleMarker = opts.get("idle-marker");

        // Fail fast and clearly: Neo4j itself only notices a taken port after seconds of start-up.
        if (!portFree(port)) {
            portInUse(port);
            System.exit(EXIT_PORT_IN_USE);
            return;
        }

        // Likewise a store held by another Neo4j: it would only fail after most of start-up.
        if (storeLocked(home)) {
            storeInUse(home);
            System.exit(EXIT_FAILED);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "estate-neo4j-shutdown"));
        if (watchStdin) watchStdin();

        try {
            Path logs = home.resolve("logs");
            Files.createDirectories(logs);
            OutputStream userLogFile = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);
            userLog = new Log4jLogProvider(userLogFile);

            Map<Setting<?>, Object> cfg = new HashMap<>();
            cfg.put(BoltConnector.enabled, true);
            cfg.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
            cfg.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
            cfg.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
            cfg.put(HttpConnector.enabled, false);
            cfg.put(HttpsConnector.enabled, false);
            // Loopback only, so no auth; anything reachable from elsewhere should be a real server.
            cfg.put(GraphDatabaseSettings.auth_enabled, false);
            cfg.put(GraphDatabaseSettings.pagecache_memory, pageCache);
            cfg.put(GraphDatabaseSettings.transaction_timeout, txTimeout);
            cfg.put(GraphDatabaseSettings.udc_enabled, false);
            // A dev/test store: keep only a little transaction log on disk.
            cfg.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
            cfg.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64));
            cfg.put(GraphDatabaseSettings.logs_directory, logs);
            // Netty's graceful shutdown otherwise idles a 5 s quiet period per event loop group,
            // which made every stop take 10+ s; a local server's clients have closed by then.
            cfg.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
            cfg.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));

            DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(cfg)
                    .setUserLogProvider(userLog)
                    .build();
            dbms = service;
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
                throw new IllegalStateException("database '" + db.databaseName() + "' did not become available");
            }
        } catch (Throwable e) {
            // Set before anything else so a racing stdin EOF exits with this status, not 0.
            exitStatus = isBindFailure(e) ? EXIT_PORT_IN_USE : EXIT_FAILED;
            started.countDown();
            if (exitStatus == EXIT_PORT_IN_USE) {
                portInUse(port);
            } else if (hasCause(e, "FileLockException")) {
                storeInUse(home);
            } else {
                System.err.println("Neo4j failed to start: " + describe(e) + " (details in " + home.resolve("logs") + ")");
            }
            System.exit(exitStatus);
            return;
        }
        started.countDown();
        PrintStream out = System.out;
        out.println("ESTATE_NEO4J_READY bolt://127.0.0.1:" + port);
        out.flush();
        if (idleMarker != null) watchIdle(Path.of(idleMarker).toAbsolutePath());
        // Non-daemon Neo4j threads keep the JVM alive until shutdown.
    }

    private static void shutdown() {
        try {
            started.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService service = dbms;
        dbms = null;
        if (service != null) {
            try {
                service.shutdown();
            } catch (Throwable e) {
                System.err.println("Neo4j shutdown failed: " + describe(e));
            }
        }
        Log4jLogProvider log = userLog;
        if (log != null) log.close();
    }

    /** EOF on stdin means the parent went away (or asked us to stop): exit via the shutdown hook. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            try {
                while (in.read(buf) >= 0) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken pipe is as good as EOF.
            }
            System.exit(exitStatus);
        }, "estate-neo4j-stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static final Pattern MARKER_PID = Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");
    private static final Pattern MARKER_DEADLINE = Pattern.compile("\"deadline\"\\s*:\\s*(\\d+)");

    /**
     * A warm Neo4j outlives the command that started it, so it stops itself: every second it reads
     * its marker (written by warm.ts, extended by each command that uses it) and exits once the
     * deadline has passed, or the marker is gone or names another process (a deleted data folder,
     * `estate neo4j stop`). The process itself holds the rule, so no other process has to survive
     * for it to end.
     */
    private static void watchIdle(Path marker) {
        long self = ProcessHandle.current().pid();
        Thread t = new Thread(() -> {
            for (;;) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                String why = idleVerdict(marker, self, System.currentTimeMillis());
                if (why == null) continue;
                if (why.startsWith("idle")) {
                    try {
                        Files.deleteIfExists(marker);
                    } catch (IOException ignored) {
                        // Node treats a marker whose process has gone as absent anyway.
                    }
                }
                Log4jLogProvider log = userLog;
                if (log != null) log.getLog(EmbeddedNeo4j.class).info("Warm Neo4j stopping: " + why);
                System.exit(0);
            }
        }, "estate-neo4j-idle-watch");
        t.setDaemon(true);
        t.start();
    }

    /** Why a warm Neo4j should stop now, or null to keep running. */
    static String idleVerdict(Path marker, long self, long now) {
        String text;
        try {
            text = Files.readString(marker);
        } catch (NoSuchFileException e) {
            return "its marker " + marker + " is gone";
        } catch (IOException e) {
            return null; // Unreadable for a moment (being replaced): look again next second.
        }
        Matcher pid = MARKER_PID.matcher(text);
        Matcher deadline = MARKER_DEADLINE.matcher(text);
        if (!pid.find() || !deadline.find()) return null;
        if (Long.parseLong(pid.group(1)) != self) return "its marker names process " + pid.group(1);
        long at = Long.parseLong(deadline.group(1));
        return now >= at ? "idle past its deadline" : null;
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            // Same as the Bolt server's socket, so TIME_WAIT leftovers don't count as taken.
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Neo4j holds an OS file lock on data/databases/store_lock while a DBMS has the store open. */
    private static boolean storeLocked(Path home) {
        Path lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.exists(lockFile)) return false;
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // Let Neo4j report whatever is wrong with the directory.
        }
    }

    private static void storeInUse(Path home) {
        System.err.println("Neo4j data directory " + home + " is in use by another process"
                + " (its store lock is held): stop that process or use another data directory");
        System.err.flush();
    }

    private static void portInUse(int port) {
        System.err.println("Neo4j could not bind 127.0.0.1:" + port
                + ": port in use — set NEO4J_BOLT_PORT or stop the other process");
        System.err.flush();
    }

    private static boolean isBindFailure(Throwable e) {
        return hasCause(e, "BindException") || hasCause(e, "PortBindException");
    }

    private static boolean hasCause(Throwable e, String simpleClassName) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleClassName)) return true;
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? msg : msg + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static Duration parseDuration(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(v));
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String name : new String[] {"data-dir", "bolt-port", "page-cache", "tx-timeout", "watch-stdin", "idle-marker"}) {
            String camel = toCamel(name);
            String v = System.getProperty("estate." + camel);
            if (v != null) opts.put(name, v);
        }
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                System.err.println("usage: EmbeddedNeo4j --data-dir=DIR [--bolt-port=7687] [--page-cache=512m]"
                        + " [--tx-timeout=300s] [--watch-stdin=true] [--idle-marker=FILE]  (bad argument: " + a + ")");
                return null;
            }
            opts.put(a.substring(2, eq), a.substring(eq + 1));
        }
        return opts;
    }

    private static String toCamel(String name) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
