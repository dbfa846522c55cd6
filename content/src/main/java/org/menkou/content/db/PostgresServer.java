package org.menkou.content.db;

import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The connection settings of a Menkou PostgreSQL database, written once: connect within 5 s, give up on a silent
 * server after {@value #SOCKET_TIMEOUT_S} s, TCP keep-alive. The durable connections keep PostgreSQL's default
 * {@code synchronous_commit = on}: a commit returns once it is on disk (and, with a synchronous standby configured on
 * the server, on two machines). The ordinary ones set it {@code off} for their session, the same contract as SQLite's
 * synchronous NORMAL: a crash of the server may lose their last commits (at most about three times
 * {@code wal_writer_delay}, 0.6 s by default), never half of one, and a durable commit after them writes them too.
 */
final class PostgresServer {
    static final String URL_PREFIX = "jdbc:postgresql:";
    private static final int SOCKET_TIMEOUT_S = 30;
    /** Session settings of the ordinary connections, after any {@code options} of the URL. */
    static final String ORDINARY_OPTIONS = "-c synchronous_commit=off";

    private PostgresServer() {
    }

    /** @param url {@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P}; the password may come from PGPASSWORD */
    static Database open(String url) {
        Optional<String> password = Optional.ofNullable(System.getenv("PGPASSWORD"));
        PGSimpleDataSource durable = connections(url, password);
        PGSimpleDataSource ordinary = connections(url, password);
        String options = ordinary.getOptions();
        ordinary.setOptions((options == null || options.isBlank() ? "" : options + " ") + ORDINARY_OPTIONS);
        return new Database(Vendor.POSTGRES, withoutPassword(url), null, durable, ordinary, durable);
    }

    static PGSimpleDataSource connections(String url, Optional<String> passwordFromEnvironment) {
        PGSimpleDataSource connections = new PGSimpleDataSource();
        connections.setURL(url);
        if (connections.getPassword() == null) {
            passwordFromEnvironment.ifPresent(connections::setPassword);
        }
        if (connections.getApplicationName() == null || connections.getApplicationName().equals("PostgreSQL JDBC Driver")) {
            connections.setApplicationName("menkou");
        }
        connections.setConnectTimeout((int) (Database.CONNECT_TIMEOUT_MS / 1000));
        connections.setSocketTimeout(SOCKET_TIMEOUT_S);
        connections.setTcpKeepAlive(true);
        return connections;
    }

    /** {@code url} with the value of its password parameter replaced, for messages and logs. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
