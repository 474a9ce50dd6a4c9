package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up of the UPDATE-from-a-subquery rule (round 51): it laid to the subquery every value the migration left NULL, so a
 * backfill whose subquery found a row for every order, followed by {@code UPDATE orders SET note = NULL WHERE id = 10} (or a parent's
 * {@code ON DELETE SET NULL}), was refused as "values set to NULL (the UPDATE sets the column to a subquery ...)", with advice (WHERE
 * EXISTS) that changes nothing. An aggregate after DISTINCT gives a row too. What the rule should still refuse, and pass, is kept.
 */
class NulledBySubqueryFollowUpTest {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE customers (id integer PRIMARY KEY NOT NULL, legacy_code text)",
            "CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, legacy_code text, customer_id integer REFERENCES customers(id) ON DELETE SET NULL,"
                    + " note text, region text)",
            "INSERT INTO customers VALUES (1, 'A'), (2, 'B')",
            "INSERT INTO orders VALUES (10, 'A', 1, 'x', NULL), (11, 'Z', 2, 'y', NULL), (12, NULL, 1, NULL, 'eu')");

    @TempDir
    Path dir;

    private Path file() {
        Path f = dir.resolve("app.sqlite");
        f.toFile().delete();
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            db.runAtomically(SCHEMA, false);
        }
        return f;
    }

    private Migration migration(String sql) {
        return new Migration(new JournalEntry(0, "6", 1000L, "0001_backfill", true), dir.resolve("0001_backfill.sql"), sql);
    }

    private static final String BREAK = "\n--> statement-breakpoint\n";

    @Test
    void aValueALaterStatementClearsIsNotLaidToTheSubquery() {
        for (String sql : List.of(
                "UPDATE orders SET note = (SELECT 'n' || c.id FROM customers c WHERE c.id = orders.customer_id);" + BREAK + "UPDATE orders SET note = NULL WHERE id = 10;",
                // an aggregate after DISTINCT gives a row whatever it finds
                "UPDATE orders SET note = (SELECT DISTINCT max(legacy_code) FROM customers c WHERE c.id = 99);",
                // nothing held a value there
                "UPDATE orders SET region = (SELECT 'x' FROM customers c WHERE c.legacy_code = orders.legacy_code) WHERE region IS NULL;",
                // a table the migration fills first, finding a row for every order
                "CREATE TABLE codes (id integer PRIMARY KEY, code text);" + BREAK + "INSERT INTO codes (code) SELECT DISTINCT coalesce(legacy_code, '?') FROM orders;"
                        + BREAK + "UPDATE orders SET note = (SELECT k.code FROM codes k WHERE k.code = coalesce(orders.legacy_code, '?') ORDER BY k.id LIMIT 1);",
                // declared
                "-- godwit:accept-data-loss orders\nUPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.legacy_code = orders.legacy_code);")) {
            Path f = file();
            assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(sql))), sql);
        }
        Path f = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.id = orders.customer_id);" + BREAK + "DELETE FROM customers WHERE id = 2;"))));
        assertTrue(e.getMessage().contains("\"orders\".\"customer_id\": 1 of 3 references set to NULL"), e.getMessage());
        assertFalse(e.getMessage().contains("subquery"), e.getMessage());
    }

    @Test
    void whatTheSubqueryItselfEmptiesIsStillRefused() {
        for (String sql : List.of(
                "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.legacy_code = orders.legacy_code ORDER BY c.id LIMIT 1);",
                "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.legacy_code = orders.legacy_code);" + BREAK + "UPDATE orders SET note = NULL WHERE id = 10;",
                "CREATE TABLE codes (id integer PRIMARY KEY, code text);" + BREAK + "INSERT INTO codes (code) SELECT legacy_code FROM orders WHERE legacy_code = 'A';"
                        + BREAK + "UPDATE orders SET customer_id = (SELECT k.id FROM codes k WHERE k.code = orders.legacy_code);")) {
            Path f = file();
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(sql))), sql);
            assertTrue(e.getMessage().contains("\"orders\".\"customer_id\": 2 of 3 values set to NULL (the UPDATE sets the column to a subquery"), e.getMessage());
        }
    }
}
