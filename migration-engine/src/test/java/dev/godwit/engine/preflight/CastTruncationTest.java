package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.PreflightTestFiles.passes;
import static dev.godwit.engine.preflight.PreflightTestFiles.refusal;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 58): money moved to integer cents, {@code ALTER TABLE invoices ADD amount_cents integer; UPDATE invoices SET
 * amount_cents = CAST(amount * 100 AS INTEGER)}, made 19.99 1998 cents, 0.29 28 and 4.35 434 (floating point holds 0.29 * 100 as
 * 28.999999999999996, which CAST cuts); db:apply -Dlocal passed it as "no rows removed or rewritten", the new column being written on
 * purpose. On a local file's real rows, the values such a CAST cuts short are refused, with the round() that gives the cents meant.
 */
class CastTruncationTest {

    @TempDir
    Path dir;

    private Path file() {
        return PreflightTestFiles.file(dir, "CREATE TABLE invoices (id integer PRIMARY KEY NOT NULL, amount real NOT NULL, amount_cents integer)",
                "INSERT INTO invoices VALUES (1, 19.99, NULL), (2, 0.1, NULL), (3, 0.29, NULL), (4, 100, NULL), (5, 4.35, NULL), (6, 12.5, NULL)");
    }

    private Migration migration(String sql) {
        return PreflightTestFiles.migration(dir, "0001_cents", sql);
    }

    @Test
    void aCastOfAProductCutShortByFloatingPointIsRefused() {
        Path f = file();
        String said = refusal(f, migration("UPDATE invoices SET amount_cents = CAST(amount * 100 AS INTEGER);"));
        assertTrue(said.contains("- \"invoices\".\"amount_cents\": 3 of 6 values cut short (the UPDATE sets the column to a CAST to an integer"
                + " of a product or quotient that floating point holds a hair from a whole number, and CAST drops the fraction: 0.29 * 100 is"
                + " 28.999999999999996, which it makes 28), through 0001_cents.sql statement 1: UPDATE invoices SET amount_cents = CAST(amount * 100 AS INTEGER);"),
                said);
        assertTrue(said.contains("CAST(round(amount * 100) AS INTEGER)"), said);
        assertTrue(said.contains("-- godwit:accept-data-loss invoices"), said);
        // only the rows the UPDATE sets: 0.29 alone
        said = refusal(f, migration("UPDATE main.invoices AS i SET amount_cents = 1 + CAST((amount) * 100.0 AS int) WHERE id = 3;"));
        assertTrue(said.contains("CAST(round((amount) * 100.0) AS int)"), said);   // the hint in the migration's own words
        assertTrue(said.contains("\"invoices\".\"amount_cents\": 1 of 6 values cut short"), said);
    }

    @Test
    void oneRoundedOrCuttingOnPurposeOrDeclaredPasses() {
        Path f = file();
        for (String sql : List.of(
                "UPDATE invoices SET amount_cents = CAST(round(amount * 100) AS INTEGER);",
                "UPDATE invoices SET amount_cents = round(amount * 100);",
                // a CAST of the value itself cuts its fraction on purpose (whole dollars)
                "UPDATE invoices SET amount_cents = CAST(amount AS INTEGER);",
                // rows whose product is exact
                "UPDATE invoices SET amount_cents = CAST(amount * 100 AS INTEGER) WHERE id IN (2, 4, 6);",
                "-- godwit:accept-data-loss invoices\nUPDATE invoices SET amount_cents = CAST(amount * 100 AS INTEGER);")) {
            passes(f, migration(sql));
        }
    }

    /**
     * The same CAST in a copy's {@code INSERT ... SELECT} was not read: a rebuild moving the column to cents, and a move of the
     * amounts to another table, each passed with the cent lost. Refused the same way, under the rebuilt table's own name.
     */
    @Test
    void aCastInACopysSelectCutShortIsRefused() {
        Path f = file();
        String said = refusal(f, migration("""
                CREATE TABLE `__new_invoices` (`id` integer PRIMARY KEY NOT NULL, `cents` integer NOT NULL);--> statement-breakpoint
                INSERT INTO `__new_invoices`("id", "cents") SELECT "id", CAST("amount" * 100 AS INTEGER) FROM `invoices`;--> statement-breakpoint
                DROP TABLE `invoices`;--> statement-breakpoint
                ALTER TABLE `__new_invoices` RENAME TO `invoices`;"""));
        assertTrue(said.contains("- \"invoices\".\"cents\": 3 of 6 values cut short (the copy sets the column to a CAST to an integer"
                + " of a product or quotient that floating point holds a hair from a whole number, and CAST drops the fraction: 0.29 * 100 is"
                + " 28.999999999999996, which it makes 28), through 0001_cents.sql statement 2: INSERT INTO `__new_invoices`(\"id\", \"cents\")"
                + " SELECT \"id\", CAST(\"amount\" * 100 AS INTEGER) FROM `invoices`;"), said);
        assertTrue(said.contains("CAST(round(\"amount\" * 100) AS INTEGER)"), said);
        assertTrue(said.contains("-- godwit:accept-data-loss invoices"), said);
        // into another table, without a column list, only the rows the SELECT gives (0.29 and 4.35 of the 3 it gives)
        said = refusal(f, migration("CREATE TABLE lines (invoice_id integer, cents integer);\n--> statement-breakpoint\n"
                + "INSERT INTO lines SELECT i.id, CAST(i.amount * 100 AS INTEGER) AS cents FROM invoices i WHERE i.id IN (3, 4, 5) ORDER BY i.id;"));
        assertTrue(said.contains("- \"lines\".\"cents\": 2 of 3 values cut short (the copy sets the column to a CAST"), said);
    }

    @Test
    void aCopyRoundingFirstOrCastingTheValueAlonePasses() {
        Path f = file();
        for (String sql : List.of(
                "CREATE TABLE lines (invoice_id integer, cents integer);\n--> statement-breakpoint\nINSERT INTO lines SELECT id, CAST(round(amount * 100) AS INTEGER) FROM invoices;",
                "CREATE TABLE lines (invoice_id integer, cents integer);\n--> statement-breakpoint\nINSERT INTO lines (invoice_id, cents) SELECT id, CAST(amount AS INTEGER) FROM invoices;",
                "CREATE TABLE lines (invoice_id integer, cents integer);\n--> statement-breakpoint\nINSERT INTO lines SELECT id, CAST(amount * 100 AS INTEGER) FROM invoices WHERE id IN (2, 4, 6);")) {
            passes(f, migration(sql));
        }
    }

    /**
     * A copy whose SELECT holds {@code IS [NOT] DISTINCT FROM} (in its list or its WHERE) was not read at all: the copy's reader took
     * the operator's DISTINCT for a SELECT DISTINCT, and the cent went unsaid. The SELECT's reader (sql/SelectParts, shared with the
     * reading of filtered copies) takes it as the operator; a WITH before the INSERT, INSERT OR REPLACE and quoted names read too.
     */
    @Test
    void aCopyWithIsDistinctFromOrAWithPrefixIsRead() {
        Path f = file();
        String said = refusal(f, migration("CREATE TABLE lines (invoice_id integer, cents integer, billed integer);\n--> statement-breakpoint\n"
                + "INSERT INTO lines SELECT id, CAST(amount * 100 AS INTEGER), amount_cents IS DISTINCT FROM NULL FROM invoices"
                + " WHERE amount_cents IS NOT DISTINCT FROM NULL AND id IN (3, 4);"));
        assertTrue(said.contains("- \"lines\".\"cents\": 1 of 2 values cut short (the copy sets the column to a CAST"), said);
        said = refusal(f, migration("CREATE TABLE lines (invoice_id integer PRIMARY KEY, cents integer);\n--> statement-breakpoint\n"
                + "WITH picked AS (SELECT id FROM invoices WHERE id IN (1, 3, 5)) INSERT OR REPLACE INTO \"lines\" (\"invoice_id\", [cents])"
                + " SELECT \"id\", CASE WHEN id > 0 THEN CAST(amount * 100 AS INTEGER) END FROM \"invoices\" WHERE id IN (SELECT id FROM picked);"));
        assertTrue(said.contains("- \"lines\".\"cents\": 3 of 3 values cut short (the copy sets the column to a CAST"), said);
    }

    /**
     * A product floating point holds a hair above a whole number (0.07 * 100 is 7.000000000000001, 0.55 * 100 55.00000000000001,
     * 1.1 * 100 110.00000000000001) is cast to the integer meant, 7, 55, 110: those amounts were refused as "cut short", in an
     * UPDATE and in a copy alike, and a table of them could only go through with accept-data-loss. Only a value a hair nearer zero
     * than a whole number is cut (0.29 * 100, and -0.29 * 100, which CAST makes -28).
     */
    @Test
    void aProductAHairAboveAWholeNumberIsNotCut() {
        Path f = PreflightTestFiles.file(dir, "CREATE TABLE invoices (id integer PRIMARY KEY NOT NULL, amount real NOT NULL, amount_cents integer)",
                "INSERT INTO invoices VALUES (1, 0.07, NULL), (2, 0.55, NULL), (3, 1.1, NULL), (4, 0.14, NULL), (5, -0.07, NULL)");
        passes(f, migration("UPDATE invoices SET amount_cents = CAST(amount * 100 AS INTEGER);"));
        passes(f, migration("CREATE TABLE lines (invoice_id integer, cents integer);\n--> statement-breakpoint\n"
                + "INSERT INTO lines SELECT id, CAST(amount * 100 AS INTEGER) FROM invoices;"));
        // below zero, a hair nearer zero is cut: -0.29 * 100 is -28.999999999999996, which CAST makes -28; -0.07 is not counted
        f = PreflightTestFiles.file(dir, "CREATE TABLE invoices (id integer PRIMARY KEY NOT NULL, amount real NOT NULL, amount_cents integer)",
                "INSERT INTO invoices VALUES (1, -0.29, NULL), (2, -0.07, NULL), (3, 0.07, NULL)");
        String said = refusal(f, migration("UPDATE invoices SET amount_cents = CAST(amount * 100 AS INTEGER);"));
        assertTrue(said.contains("- \"invoices\".\"amount_cents\": 1 of 3 values cut short"), said);
    }
}
