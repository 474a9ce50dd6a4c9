package dev.godwit.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatementKindTest {

    @Test
    void theFirstKeywordComesAfterWhitespaceAndComments() {
        assertEquals("COMMIT", StatementKind.firstKeyword("-- Custom SQL migration file, put your code below! --\nCOMMIT;"));
        assertEquals("END", StatementKind.firstKeyword("  /* a */ -- b\n\t/* c\n d */ end transaction"));
        assertEquals("CREATE", StatementKind.firstKeyword("CREATE TABLE t(x)"));
        assertEquals("", StatementKind.firstKeyword("-- only a comment"));
        assertEquals("", StatementKind.firstKeyword("/* unterminated"));
        assertEquals("", StatementKind.firstKeyword("(SELECT 1)"));
    }

    @Test
    void transactionControlIsRecognisedInAnyCaseBehindComments() {
        for (String s : new String[] {"BEGIN", "begin immediate transaction;", "-- x\nCOMMIT", "End", "END TRANSACTION;", "/**/ROLLBACK TO s",
                "savepoint a", "release savepoint a"}) {
            assertTrue(StatementKind.isTransactionControl(s), s);
        }
        for (String s : new String[] {"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;", "SELECT 'COMMIT'", "-- COMMIT\nSELECT 1",
                "INSERT INTO ends VALUES (1)", "\"commit\""}) {
            assertFalse(StatementKind.isTransactionControl(s), s);
        }
    }

    @Test
    void onlyReadsAndCreateIfNotExistsAreRepeatable() {
        assertTrue(StatementKind.isRepeatable("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?"));
        assertTrue(StatementKind.isRepeatable("PRAGMA table_info('x=y')"));
        assertTrue(StatementKind.isRepeatable("CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (id SERIAL PRIMARY KEY)"));
        assertTrue(StatementKind.isRepeatable("create unique index if not exists i on t(x)"));
        assertFalse(StatementKind.isRepeatable("CREATE TABLE t(x)"));
        assertFalse(StatementKind.isRepeatable("PRAGMA foreign_keys = OFF"));
        assertFalse(StatementKind.isRepeatable("INSERT INTO t VALUES (1)"));
        assertFalse(StatementKind.isRepeatable("WITH x AS (SELECT 1) DELETE FROM t"));
        assertFalse(StatementKind.isRepeatable("CREATE TABLE \"IF NOT EXISTS\"(x)"));
    }

    @Test
    void theTableACreateTableCreates() {
        assertEquals("a", StatementKind.createdTable("-- the template's comment\nCREATE TABLE a (x)"));
        assertEquals("we\"ird", StatementKind.createdTable("CREATE TABLE IF NOT EXISTS main.\"we\"\"ird\" (x)"));
        assertEquals("b", StatementKind.createdTable("create temp table `b` as select 1"));
        assertEquals("IF NOT EXISTS", StatementKind.createdTable("CREATE TABLE \"IF NOT EXISTS\"(x)"));
        assertEquals(null, StatementKind.createdTable("CREATE INDEX i ON t (x)"));
        assertEquals(null, StatementKind.createdTable("CREATE VIRTUAL TABLE f USING fts5(x)"));
    }

    @Test
    void renamedToNamesTheTableARenameGives() {
        org.junit.jupiter.api.Assertions.assertEquals("orders", StatementKind.renamedTo("ALTER TABLE `__new_orders` RENAME TO `orders`;"));
        org.junit.jupiter.api.Assertions.assertEquals("Big Name", StatementKind.renamedTo("alter table main.t rename to \"Big Name\""));
        org.junit.jupiter.api.Assertions.assertNull(StatementKind.renamedTo("ALTER TABLE t RENAME COLUMN a TO b"));
        org.junit.jupiter.api.Assertions.assertNull(StatementKind.renamedTo("CREATE TABLE t (x)"));
    }
}
