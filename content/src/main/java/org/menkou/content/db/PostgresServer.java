package org.menkou.content.db;

import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The connection settings of a Menkou PostgreSQL database, written once: connect within 5 s, give up on a silent
 * server after {@value #SOCKET_TIMEOUT_S} s, TCP keep-alive. Every commit is durable when it returns
 * (PostgreSQL's default {@code synchronous_commit = on}; with a synchronous standby configured on the server, on two
 * machines), so the ordinary and the durable pool use the same settings.
 */
final class PostgresServer {
    static final String URL_PREFIX = "jdbc:postgresql:";
    private static final int SOCKET_TIMEOUT_S = 30;

    private PostgresServer() {
    }

    /** @param url {@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P}; the password may come from PGPASSWORD */
    static Database open(String url) {
        PGSimpleDataSource connections = connections(url, Optional.ofNullable(System.getenv("PGPASSWORD")));
        return new Database(Vendor.POSTGRES, withoutPassword(url), null, connections, connections, connections);
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
