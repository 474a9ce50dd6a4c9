package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 51): the classic backfill {@code UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE
 * c.legacy_code = orders.legacy_code)}, without {@code WHERE EXISTS}, set every order the subquery found no customer for to NULL,
 * references that held a value, and the local pre-flight said "no rows removed or rewritten" (an UPDATE is written on purpose, and
 * its columns were not even named among the values written so).
 */
class NulledBySubqueryTest {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE customers (id integer PRIMARY KEY NOT NULL, legacy_code text)",
            "CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, legacy_code text, customer_id integer REFERENCES customers(id), note text)",
            "INSERT INTO customers VALUES (1, 'A'), (2, 'B')",
            "INSERT INTO orders VALUES (10, 'A', 1, 'x'), (11, 'Z', 2, 'y'), (12, NULL, 1, NULL)");

    @TempDir
    Path dir;

    private Path file() {
        Path f = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            db.runAtomically(SCHEMA, false);
        }
        return f;
    }

    private Migration migration(String sql) {
        return new Migration(new JournalEntry(0, "6", 1000L, "0001_backfill", true), dir.resolve("0001_backfill.sql"), sql);
    }

    @Test
    void anUpdateFromASubqueryThatFindsNoRowForSomeIsRefused() {
        Path f = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "UPDATE `orders` SET `customer_id` = (SELECT c.`id` FROM `customers` c WHERE c.`legacy_code` = `orders`.`legacy_code`);"))));
        assertTrue(e.getMessage().contains("\"orders\".\"customer_id\": 2 of 3 values set to NULL"), e.getMessage());
        assertTrue(e.getMessage().contains("WHERE EXISTS"), e.getMessage());
        // a plain column, and the row-value form
        e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "UPDATE orders SET (note, legacy_code) = (SELECT 'n', c.legacy_code FROM customers c WHERE c.id = orders.customer_id AND c.id = 2)"
                        + " WHERE id > 0;"))));
        assertTrue(e.getMessage().contains("\"orders\".\"note\": 1 of 3 values set to NULL"), e.getMessage());
    }

    /**
     * A red team (round 52): the same backfill led by a common table expression, {@code WITH m AS (SELECT ...) UPDATE orders SET
     * customer_id = (SELECT m.id FROM m WHERE ...)}, was not read (only a statement starting with UPDATE was) and passed as "no rows
     * removed or rewritten" while it emptied the order no customer's code matches. Its subquery reads the CTE, so what it finds is
     * asked with the WITH in front: the rows found holding NULL are told apart as for the plain UPDATE.
     */
    @Test
    void aBackfillLedByAWithClauseIsReadToo() {
        Path f = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "WITH m AS (SELECT id, legacy_code FROM customers) UPDATE orders SET customer_id = (SELECT m.id FROM m WHERE m.legacy_code = orders.legacy_code);"))));
        assertTrue(e.getMessage().contains("\"orders\".\"customer_id\": 2 of 3 values set to NULL (the UPDATE sets the column to a subquery, which gives NULL"
                + " where it finds no row"), e.getMessage());
        assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "WITH m AS (SELECT id, legacy_code FROM customers) UPDATE orders SET customer_id = (SELECT m.id FROM m WHERE m.legacy_code = orders.legacy_code)"
                        + " WHERE EXISTS (SELECT 1 FROM m WHERE m.legacy_code = orders.legacy_code);"))));
    }

    /**
     * A red team (round 51): {@code SET nickname = (SELECT p.nickname FROM profiles p WHERE p.user_id = users.id)} with the profile
     * there and its nickname NULL was said to find "no row", with WHERE EXISTS as the way out, which skips none of those rows. The
     * two are told apart, each with its advice.
     */
    @Test
    void aSubqueryFindingARowHoldingNullIsToldFromOneFindingNone() {
        Path f = dir.resolve("users.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            db.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, nickname text)",
                    "CREATE TABLE profiles (user_id integer PRIMARY KEY NOT NULL, nickname text)",
                    "INSERT INTO users VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')",
                    "INSERT INTO profiles VALUES (1, 'alpha'), (2, NULL), (3, NULL)"), false);
        }
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "UPDATE users SET nickname = (SELECT p.nickname FROM profiles p WHERE p.user_id = users.id);"))));
        String m = e.getMessage();
        assertTrue(m.contains("\"users\".\"nickname\": 1 of 4 values set to NULL (the UPDATE sets the column to a subquery, which gives NULL"
                + " where it finds no row"), m);
        assertTrue(m.contains("\"users\".\"nickname\": 2 of 4 values set to NULL (the UPDATE sets the column to a subquery, which found a row"
                + " for them holding NULL in the column it reads"), m);
        assertTrue(m.contains("where the subquery finds a row whose value is NULL, WHERE EXISTS does not skip it: keep the value the row held,"
                + " coalesce((SELECT ...), column), or set only the rows it finds a value for, WHERE (the same SELECT) IS NOT NULL)"), m);
        // only rows found holding NULL: no WHERE EXISTS advised
        e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "UPDATE users SET nickname = (SELECT p.nickname FROM profiles p WHERE p.user_id = users.id) WHERE id IN (2, 3);"))));
        assertTrue(e.getMessage().contains("\"users\".\"nickname\": 2 of 4 values set to NULL (the UPDATE sets the column to a subquery, which found a row"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("which gives NULL where it finds no row") && !e.getMessage().contains("add WHERE EXISTS"), e.getMessage());
    }

    /** A red team (round 51): a plain SQLite application's refusal said the copy ran the migrations "as D1 runs them". */
    @Test
    void aPlainSqliteRefusalDoesNotSayD1() {
        Path f = file();
        String sql = "UPDATE `orders` SET `customer_id` = (SELECT c.`id` FROM `customers` c WHERE c.`legacy_code` = `orders`.`legacy_code`);";
        String m = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(sql)))).getMessage();
        assertTrue(m.contains(" as this apply runs them (foreign keys on, each migration one transaction)") && !m.contains("D1"), m);
        // a D1 project's copy stands for D1
        m = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).forD1Project(true).check(List.of(migration(sql))))
                .getMessage();
        assertTrue(m.contains(" as D1 runs them (foreign keys on, each migration one transaction)"), m);
    }

    @Test
    void oneThatKeepsTheValueOrOnlySetsTheRowsItFindsPasses() {
        Path f = file();
        for (String sql : List.of(
                "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.legacy_code = orders.legacy_code)"
                        + " WHERE EXISTS (SELECT 1 FROM customers c WHERE c.legacy_code = orders.legacy_code);",
                "UPDATE orders SET customer_id = coalesce((SELECT c.id FROM customers c WHERE c.legacy_code = orders.legacy_code), customer_id);",
                "UPDATE orders SET note = NULL WHERE id = 10;",
                "UPDATE orders SET customer_id = (SELECT min(id) FROM customers);",
                // an aggregate gives a row whatever it finds: its NULL over none is the value recomputed
                "UPDATE orders SET customer_id = (SELECT max(c.id) FROM customers c WHERE c.legacy_code = orders.legacy_code);")) {
            Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(sql)));
        }
    }

    /**
     * The backfill written as the refusal says (WHERE EXISTS), beside an UPDATE setting the same column to NULL on purpose: the
     * count, the whole migration's before against after, took the second statement's NULL for the first's, refused it as "set to
     * NULL through a subquery" at statement 1 and asked for the WHERE EXISTS it has (review, round 51).
     */
    @Test
    void aNullWrittenOnPurposeBesideTheBackfillIsNotTheSubquerys() {
        Path f = file();
        Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.legacy_code = orders.legacy_code)"
                        + " WHERE EXISTS (SELECT 1 FROM customers c WHERE c.legacy_code = orders.legacy_code);\n--> statement-breakpoint\n"
                        + "UPDATE orders SET customer_id = NULL WHERE legacy_code IS NULL;")));
        // another column written on purpose leaves the backfill's own NULLs refused
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.legacy_code = orders.legacy_code);\n--> statement-breakpoint\n"
                        + "UPDATE orders SET note = NULL WHERE id = 10;"))));
        assertTrue(e.getMessage().contains("\"orders\".\"customer_id\": 2 of 3 values set to NULL"), e.getMessage());
        assertEquals(List.of("customer_id", "note"), StatementText.updateSets("UPDATE orders SET customer_id = NULL, note = (SELECT 1) WHERE 1", Set.of("orders")));
    }

    @Test
    void theReplicasGeneratedRowsAreNotAskedWhatTheSubqueryFinds() {
        // generated rows match no other table's generated rows: the subquery finds none there, wherever a real database's rows match
        try (SqliteDatabase live = SqliteDatabase.open(file())) {
            Preflight.ofLiveSchema(live, Set.of(), false, EngineLog.SILENT).check(List.of(migration(
                    "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.legacy_code = orders.legacy_code);")));
        }
    }

    @Test
    void theSubquerySetsReadOnlyABareSubquery() {
        Set<String> orders = Set.of("orders");
        assertEquals(List.of("customer_id"), StatementText.subquerySets("UPDATE OR IGNORE main.orders SET customer_id = (SELECT 1), note = 'x' WHERE 1", orders));
        assertEquals(List.of("a", "b"), StatementText.subquerySets("UPDATE orders SET (a, b) = (SELECT 1, 2)", orders));
        assertEquals(List.of(), StatementText.subquerySets("UPDATE orders SET a = (SELECT 1) + 1, b = coalesce((SELECT 1), b)", orders));
        assertEquals(List.of(), StatementText.subquerySets("UPDATE customers SET a = (SELECT 1)", orders));
    }
}
