package org.menkou.content.db;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.menkou.content.ContentException;

/**
 * Moves every row of one database into another of the same schema (e.g. a district's SQLite file into a city's
 * PostgreSQL), and fingerprints tables so both sides can be compared. The target must be migrated to the same areas
 * and hold no rows yet; the copy is one transaction with foreign keys checked at its commit, so it lands whole or not
 * at all. Migration history tables ({@code schema_history_*}) are not copied: each side keeps its own.
 */
public final class DatabaseCopy {
    private static final int BATCH = 500;
    private static final BigInteger HASH_MODULUS = BigInteger.ONE.shiftLeft(256);

    /** One table's size and fingerprint: the sum of its rows' SHA-256 (columns by name, values as text), in hex. */
    public record TableSummary(String table, long rows, String sha256) {
    }

    private DatabaseCopy() {
    }

    /**
     * Copies all rows of every table of {@code from} into {@code to} and returns the target's summaries.
     *
     * @throws ContentException when the target already has rows, lacks a table, or a row does not fit
     */
    public static List<TableSummary> copy(Database from, Database to) {
        List<String> tables = tables(from);
        List<String> targetTables = tables(to);
        for (String table : tables) {
            if (!targetTables.contains(table)) {
                throw new ContentException("the target has no table " + table + ": migrate it to the same version first");
            }
        }
        try (Handle source = from.jdbi().open()) {
            to.durable().<SQLException>useTransaction(target -> {
                to.deferForeignKeys(target);
                for (String table : tables) {
                    if (rows(target, table) > 0) {
                        throw new ContentException("the target already has rows in " + table + "; copy into an empty database");
                    }
                    copyTable(source.getConnection(), target.getConnection(), table);
                    to.vendor().continueIdentities(target, table);
                }
            });
        } catch (SQLException e) {
            throw new ContentException("cannot copy " + from.location() + " to " + to.location() + ": " + e.getMessage(), e);
        }
        return summaries(to);
    }

    /** Every copied table's summary, in table-name order. */
    public static List<TableSummary> summaries(Database database) {
        List<TableSummary> out = new ArrayList<>();
        try (Handle h = database.jdbi().open()) {
            for (String table : tables(database)) {
                out.add(summary(h.getConnection(), table));
            }
        } catch (SQLException e) {
            throw new ContentException("cannot read " + database.location() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The data tables of {@code database} (lower case, sorted), without migration history tables. */
    static List<String> tables(Database database) {
        try (Handle h = database.jdbi().open()) {
            DatabaseMetaData meta = h.getConnection().getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, database.vendor().schema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("schema_history_") && !name.startsWith("sqlite_")) {
                        names.add(name);
                    }
                }
            }
            names.sort(null);
            return names;
        } catch (SQLException e) {
            throw new ContentException("cannot list the tables of " + database.location() + ": " + e.getMessage(), e);
        }
    }

    private static long rows(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        try (PreparedStatement select = source.prepareStatement("SELECT * FROM " + table);
             ResultSet rs = select.executeQuery()) {
            List<String> columns = columnNames(rs.getMetaData());
            int n = columns.size();
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement into = target.prepareStatement(insert)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        into.setObject(i, rs.getObject(i));
                    }
                    into.addBatch();
                    if (++pending == BATCH) {
                        into.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    into.executeBatch();
                }
            }
        }
    }

    private static TableSummary summary(Connection c, String table) throws SQLException {
        // A multiset hash: the sum of the rows' SHA-256 modulo 2^256, so the order rows come in (which differs between
        // vendors and collations) does not matter, and memory stays constant.
        BigInteger sum = BigInteger.ZERO;
        long rows = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table); ResultSet rs = s.executeQuery()) {
            // Columns by name, whatever order each vendor lists them in: name -> its position in the result.
            SortedMap<String, Integer> byName = new TreeMap<>();
            List<String> columns = columnNames(rs.getMetaData());
            for (int i = 0; i < columns.size(); i++) {
                byName.put(columns.get(i), i + 1);
            }
            MessageDigest sha = sha256();
            while (rs.next()) {
                rows++;
                for (Map.Entry<String, Integer> column : byName.entrySet()) {
                    Object v = rs.getObject(column.getValue());
                    sha.update((column.getKey() + "=" + (v == null ? "\u0000" : v.toString()))
                            .getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                sum = sum.add(new BigInteger(1, sha.digest())).mod(HASH_MODULUS);
            }
        }
        return new TableSummary(table, rows, String.format("%064x", sum));
    }

    /** The result's column names, lower case, in result order. */
    private static List<String> columnNames(ResultSetMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
