package org.permanence.rota;

import org.permanence.system.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The version of a list replaced as a whole (an employee's shift limits, a rota's weight overrides), kept in a table
 * of {@code (keyColumn, version)}; no row: version 0, never replaced.
 */
final class ListVersion {

    private final JdbcClient jdbc;
    private final String table;
    private final String keyColumn;
    private final String resource;

    ListVersion(JdbcClient jdbc, String table, String keyColumn, String resource) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
        this.resource = resource;
    }

    long current(long key) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE " + keyColumn + " = ?").param(key)
                .query(Long.class).optional().orElse(0L);
    }

    /**
     * Locks the list for the caller's transaction, checks {@code expectedVersion} against it (missing: 422, older:
     * 409) and moves it on: of two replacements from the same read, the second waits for the first and is refused.
     */
    void claim(long key, Long expectedVersion) {
        jdbc.sql("INSERT IGNORE INTO " + table + " (" + keyColumn + ", version) VALUES (?, 0)").param(key).update();
        long current = jdbc.sql("SELECT version FROM " + table + " WHERE " + keyColumn + " = ? FOR UPDATE")
                .param(key).query(Long.class).single();
        StaleVersionException.check(resource, key, expectedVersion, current);
        jdbc.sql("UPDATE " + table + " SET version = version + 1 WHERE " + keyColumn + " = ?").param(key).update();
    }
}
