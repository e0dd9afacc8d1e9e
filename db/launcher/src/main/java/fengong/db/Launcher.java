package fengong.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;

/**
 * Runs Neo4j Community in this JVM with a Bolt connector on loopback only, so the project's
 * scripts and tests talk to a real database through the same driver any other server needs.
 *
 * Arguments: data folder, Bolt port, password for the user "neo4j", page cache in MiB,
 * memory of one transaction in MiB. The process stays up until it is signalled; a shutdown
 * hook closes the store cleanly. A start that fails prints one line saying why and exits 1,
 * so whoever started it learns at once instead of waiting for a port that never opens.
 */
public final class Launcher {
    /** GQL status of "the new password is the old one": a restart, nothing to change. */
    private static final String SAME_PASSWORD = "22N89";
    /** Memory left for the other transactions while one load uses its whole bound. */
    private static final long SMALL_TRANSACTIONS_BYTES = 512L * 1024L * 1024L;

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: Launcher <data-folder> <bolt-port> <password> <page-cache-mib> <transaction-mib>");
            System.exit(2);
        }
        DatabaseManagementService service = null;
        try {
            Path home = Path.of(args[0]).toAbsolutePath();
            int port = Integer.parseInt(args[1]);
            long pageCacheBytes = Long.parseLong(args[3]) * 1024L * 1024L;
            long transactionBytes = Long.parseLong(args[4]) * 1024L * 1024L;
            Files.createDirectories(home);
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    // Loopback only: the database is a local tool, never a network service.
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // The heap is bounded by the JVM flags; the page cache lives outside it.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    // A transaction that outgrows its share fails with a message instead of
                    // exhausting the heap; the same bound keeps what crash recovery replays
                    // within the heap. All transactions together get one large load and
                    // room for the small ones beside it, no more: twice the bound would let
                    // two large loads at once outgrow the heap and end the process.
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionBytes)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, transactionBytes + SMALL_TRANSACTIONS_BYTES)
                    .build();
            DatabaseManagementService running = service;
            Runtime.getRuntime().addShutdownHook(new Thread(running::shutdown, "neo4j-shutdown"));
            // build() returns after recovery; a database that failed to recover stays unavailable.
            if (!service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(3_000)) {
                throw new IllegalStateException("the database \"neo4j\" did not become available — see logs/debug.log in the data folder");
            }
            setPassword(service, args[2]);
            System.out.println("fengong-neo4j ready bolt://127.0.0.1:" + port);
            System.out.flush();
            Thread.currentThread().join();
        } catch (Throwable failure) {
            System.err.println("fengong-neo4j failed to start: " + causes(failure));
            System.err.flush();
            if (service != null) service.shutdown();
            System.exit(1);
        }
    }

    /**
     * The embedded service creates the user "neo4j" with a password that must be changed;
     * setting it here keeps the credentials in the environment, not in the repository. On a
     * restart the password is usually already this one, which Neo4j refuses to "change" —
     * that refusal means there is nothing to do.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException refused) {
            if (!hasStatus(refused, SAME_PASSWORD)) throw refused;
        }
    }

    private static boolean hasStatus(Throwable error, String status) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (!(t instanceof ErrorGqlStatusObject gql)) continue;
            for (Optional<ErrorGqlStatusObject> s = Optional.of(gql); s.isPresent(); s = s.get().cause()) {
                if (status.equals(s.get().gqlStatus())) return true;
            }
        }
        return false;
    }

    /** The messages of an error and its causes, on one line: the last one is usually the reason. */
    private static String causes(Throwable error) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().split("\n")[0];
            if (line.indexOf(message) >= 0) continue;
            if (line.length() > 0) line.append(" <- ");
            line.append(message);
        }
        return line.toString();
    }
}
