package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local apply predicts D1: drizzle-kit's own migration that rebuilds a parent table under {@code ON DELETE CASCADE}
 * children (with its {@code PRAGMA foreign_keys=OFF}, a no-op inside a transaction) loses the children's rows locally
 * exactly as on D1; the old foreign-keys-off path keeps them only when asked for.
 */
class LocalApplyLikeD1Test {

    @TempDir
    Path dir;

    final List<String> logLines = new ArrayList<>();
    final EngineLog log = new EngineLog() {
        @Override
        public void info(String message) {
            logLines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            logLines.add("WARN " + message);
        }
    };

    static List<Migration> drizzleKitMigrations() throws Exception {
        Path golden = Path.of(LocalApplyLikeD1Test.class.getResource("/drizzle-kit/data_survives_recreation/drizzle").toURI());
        return MigrationsFolder.at(golden).migrations();
    }

    /** Applies step 0, adds two customers with three orders, applies the rest (step 1 rebuilds customers); returns the orders left. */
    List<String> ordersAfter(Database db, ApplyOptions options) throws Exception {
        List<Migration> ms = drizzleKitMigrations();
        Migrator m = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log);
        m.apply(ms.subList(0, 1), options);
        db.runAtomically(List.of("INSERT INTO customers (id, name, vip) VALUES (1, 'Ann', '1'), (2, 'Bob', NULL)",
                "INSERT INTO orders (id, customer_id, amount, memo) VALUES (10, 1, 10.5, 'a'), (11, 1, 3, 'b'), (12, 2, 7.25, 'c')"), false);
        assertEquals(List.of("0001_step1", "0002_step2", "0003_step3"), m.apply(ms, options).applied());
        assertEquals(2L, db.query("SELECT count(*) AS n FROM customers").get(0).get("n"), "the parent's rows are kept either way");
        assertEquals(List.of(), db.query("PRAGMA foreign_key_check"));
        return db.query("SELECT id, customer_id FROM orders ORDER BY id").stream().map(r -> r.get("id") + "|" + r.get("customer_id")).toList();
    }

    @Test
    void byDefaultTheCascadingChildRowsGoLocallyAsTheyGoOnD1() throws Exception {
        List<String> local;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("local.sqlite"))) {
            local = ordersAfter(db, ApplyOptions.defaults());
        }
        List<String> d1;
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", "token-123456");
             D1Database db = new D1Database(new D1Settings("acct", "db", "token-123456", standIn.endpoint()))) {
            d1 = ordersAfter(db, ApplyOptions.defaults());
        }
        assertEquals(List.of(), d1, "D1 runs PRAGMA foreign_keys=OFF inside the request's transaction: DROP TABLE customers cascades");
        assertEquals(d1, local, "the local apply predicts D1");
        assertTrue(logLines.stream().noneMatch(l -> l.contains("foreign keys switched off")), logLines.toString());
    }

    @Test
    void withLocalForeignKeysOffThePragmaIsHonouredAroundTheTransaction() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("local.sqlite"))) {
            assertEquals(List.of("10|1", "11|1", "12|2"), ordersAfter(db, ApplyOptions.defaults().withLocalForeignKeysOff(true)));
        }
        assertTrue(logLines.stream().anyMatch(l -> l.contains("(foreign keys switched off around migrations that ask for it: -Ddb.local.foreignKeysOff)")),
                logLines.toString());
    }
    static Migration migration(Path dir, int n, long when, String sql) {
        String tag = String.format("%04d_m%d", n, n);
        return new Migration(new dev.godwit.engine.folder.JournalEntry(n, "6", when, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    /**
     * A plain SQLite app runs with foreign keys off (SQLite's default), so its file may hold rows that break a key, made long before.
     * With -Ddb.local.foreignKeysOff the check before the commit read the whole database, so every migration with the PRAGMA was
     * refused over them ("the statements leave 1 foreign key violation(s)"), the migration blamed for rows it never touched. It
     * now refuses only the violations the migration adds.
     */
    @Test
    void withLocalForeignKeysOffOnlyTheViolationsTheMigrationMakesAreRefused() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runWithForeignKeysUnchecked(List.of("CREATE TABLE customers (id integer PRIMARY KEY)",
                    "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers(id))",
                    "INSERT INTO customers VALUES (1)", "INSERT INTO orders VALUES (10, 1), (11, 99)"));
            ApplyOptions off = ApplyOptions.defaults().withLocalForeignKeysOff(true);
            Migrator m = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log);
            Migration notes = migration(dir, 1, 1000L, "PRAGMA foreign_keys=OFF;\n--> statement-breakpoint\nCREATE TABLE notes (id integer PRIMARY KEY);"
                    + "\n--> statement-breakpoint\nPRAGMA foreign_keys=ON;\n");
            assertEquals(List.of("0001_m1"), m.apply(List.of(notes), off).applied(), "order 11's missing customer is not this migration's doing");
            Migration orphan = migration(dir, 2, 2000L, "PRAGMA foreign_keys=OFF;\n--> statement-breakpoint\nINSERT INTO orders VALUES (12, 42);"
                    + "\n--> statement-breakpoint\nPRAGMA foreign_keys=ON;\n");
            MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(MigrationException.class, () -> m.apply(List.of(notes, orphan), off));
            assertTrue(e.getMessage().contains("the statements leave 1 foreign key violation(s): row 12 of \"orders\" references a missing row of"
                    + " \"customers\" (\"customer_id\" 42)\n"), e.getMessage());
            assertEquals(2L, db.query("SELECT count(*) AS n FROM orders").get(0).get("n"), "rolled back");
        }
    }
}
