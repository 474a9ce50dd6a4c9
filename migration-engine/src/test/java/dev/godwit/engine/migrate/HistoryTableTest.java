package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistoryTableTest {

    /**
     * wrangler 4.164.0's getCreateMigrationsTableQuery("d1_migrations"), verbatim without its final ';'.
     * After {@code wrangler d1 migrations apply --local}, sqlite_master held the same text (less
     * "IF NOT EXISTS") as a table created from Godwit's statement; rows were
     * {@code (1, '0000_init.sql', '2026-11-25 14:16:45')}: name is the file name with ".sql", applied_at
     * is SQLite's CURRENT_TIMESTAMP text (UTC, "YYYY-MM-DD HH:MM:SS").
     */
    @Test
    void wranglerLayoutIsWranglersOwnDdl() {
        String wrangler = "CREATE TABLE IF NOT EXISTS \"d1_migrations\"(\n"
                + "\t\tid         INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + "\t\tname       TEXT UNIQUE,\n"
                + "\t\tapplied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL\n"
                + ")";
        assertEquals(wrangler, HistoryTable.forName("d1_migrations").createSql());
    }
}
