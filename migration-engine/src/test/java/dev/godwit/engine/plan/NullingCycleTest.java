package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.testing.RecordingLog;

import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two tables that reference each other (a.b_id -> b, b.a_id -> a), a.b_id NOT NULL and ON DELETE SET NULL. Where foreign keys
 * stay on (D1, a migration's transaction), deleting b's rows writes NULL into a.b_id and SQLite refuses: "NOT NULL constraint
 * failed: a.b_id". A rebuild or drop empties both tables, and in a cycle neither can go first: the migration failed on any
 * rows (rolled back, nothing lost, but no way to apply it). Such references are now cut before the rows go: a.b_id is set to
 * a value no row of b has (its rows were copied aside first, or go for good), checked at the commit, when a is refilled or gone.
 * Whatever b.a_id does on delete; rows afterwards exactly as before.
 */
class NullingCycleTest {

    enum Change { REBUILD_A, REBUILD_B, DROP_A, DROP_B, DROP_BOTH }

    static final String[] B_TO_A = {"not null set null", "set null", "cascade", "restrict", "no action", "not null no action"};

    static TableDef a(boolean checked) {
        return new TableDef("a", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("b_id", "integer").withNotNull(true),
                ColumnDef.of("v", "text")), null, List.of(IndexDef.onColumns("a_b_id_unique", List.of("b_id"), true, null)),
                List.of(new ForeignKeyDef("a_b_id_b_id_fk", "a", List.of("b_id"), "b", List.of("id"), FkAction.SET_NULL, FkAction.NO_ACTION)),
                checked ? List.of(new CheckDef("v_set", "length(v) > 0")) : List.of(), null);
    }

    static TableDef b(String toA, boolean checked, boolean withKey) {
        FkAction onDelete = toA.endsWith("set null") ? FkAction.SET_NULL : toA.endsWith("cascade") ? FkAction.CASCADE
                : toA.equals("restrict") ? FkAction.RESTRICT : FkAction.NO_ACTION;
        return new TableDef("b", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("a_id", "integer").withNotNull(toA.startsWith("not null")),
                ColumnDef.of("w", "text")), null, List.of(),
                withKey ? List.of(new ForeignKeyDef("b_a_id_a_id_fk", "b", List.of("a_id"), "a", List.of("id"), onDelete, FkAction.NO_ACTION)) : List.of(),
                checked ? List.of(new CheckDef("w_set", "length(w) > 0")) : List.of(), null);
    }

    static TableDef aWithoutKey() {
        TableDef a = a(false);
        return new TableDef("a", a.columns(), null, a.indexes(), List.of(), List.of(), null);
    }

    static SchemaDef schema(TableDef... tables) {
        return new SchemaDef(List.of(tables), List.of());
    }

    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void rowsThatReferenceEachOtherSurviveEveryRebuildAndDrop(ApplyMode mode) throws SQLException {
        List<String> failures = new ArrayList<>();
        for (String toA : B_TO_A) {
            SchemaDef v1 = schema(a(false), b(toA, false, true));
            for (Change change : Change.values()) {
                SchemaDef v2 = switch (change) {
                    case REBUILD_A -> schema(a(true), b(toA, false, true));
                    case REBUILD_B -> schema(a(false), b(toA, true, true));
                    case DROP_A -> schema(b(toA, false, false));
                    case DROP_B -> schema(aWithoutKey());
                    case DROP_BOTH -> schema();
                };
                try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                    mode.apply(c, sql(SchemaDef.EMPTY, v1));
                    exec(c, "PRAGMA defer_foreign_keys=ON", "INSERT INTO a VALUES (1, 1, 'x'), (2, 2, 'y')", "INSERT INTO b VALUES (1, 1, 'p'), (2, 1, 'q')");
                    try {
                        mode.apply(c, sql(v1, v2));
                    } catch (SQLException e) {
                        failures.add(toA + " " + change + ": " + e.getMessage());
                        continue;
                    }
                    String kept = (change == Change.DROP_A || change == Change.DROP_BOTH ? "" : rows(c, "SELECT * FROM a ORDER BY id"))
                            + (change == Change.DROP_B || change == Change.DROP_BOTH ? "" : rows(c, "SELECT * FROM b ORDER BY id"));
                    String expected = (change == Change.DROP_A || change == Change.DROP_BOTH ? "" : "[1|1|x, 2|2|y]")
                            + (change == Change.DROP_B || change == Change.DROP_BOTH ? "" : "[1|1|p, 2|1|q]");
                    if (!kept.equals(expected)) failures.add(toA + " " + change + ": rows " + kept);
                    if (!rows(c, "PRAGMA foreign_key_check").equals("[]")) failures.add(toA + " " + change + ": " + rows(c, "PRAGMA foreign_key_check"));
                    String tables = rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
                    String wanted = v2.tables().stream().map(TableDef::name).sorted().toList().toString();
                    if (!tables.equals(wanted)) failures.add(toA + " " + change + ": tables " + tables);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The case as a user meets it: both keys NOT NULL and SET NULL, a CHECK added to a (a rebuild). db:generate's migration, the
     * pre-flight on a copy of the file (which failed with "NOT NULL constraint failed: a.b_id" before), then db:apply on the
     * file and on the D1 stand-in: every row as it was.
     */
    @org.junit.jupiter.api.Test
    void aGeneratedRebuildOfATableInSuchACycleAppliesWithEveryRowLocallyAndOnD1(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        SchemaDef v1 = schema(a(false), b("not null set null", false, true));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = new Generator().generate(schema(a(true), b("not null set null", false, true)), folder, GenerateOptions.batch().withName("v_set"));
        assertTrue(r.sql().contains("UPDATE `a` SET `b_id` = coalesce((SELECT max(`id`) FROM `b` WHERE typeof(`id`) = 'text'), '') || '~' || rowid;"), r.sql());
        java.nio.file.Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            seeded(db, folder);
        }
        RecordingLog preflight = new RecordingLog();
        Preflight.ofFile(file, false, preflight).check(folder.migrations().subList(1, 2));
        assertEquals(1, preflight.lines().size(), preflight.lines().toString());
        assertTrue(preflight.lines().get(0).contains(": no rows removed or rewritten ("), preflight.lines().get(0));
        for (boolean d1 : List.of(false, true)) {
            try (D1StandIn standIn = d1 ? D1StandIn.start(dir.resolve("d1.sqlite"), "acc", "db1", "token-123456") : null;
                 Database db = d1 ? new D1Database(new D1Settings("acc", "db1", "token-123456", standIn.endpoint())) : SqliteDatabase.open(file)) {
                if (d1) seeded(db, folder);
                new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
                assertEquals("[{id=1, b_id=1, v=x}, {id=2, b_id=2, v=y}]", db.query("SELECT id, b_id, v FROM a ORDER BY id").toString());
                assertEquals("[{id=1, a_id=1, w=p}, {id=2, a_id=1, w=q}]", db.query("SELECT id, a_id, w FROM b ORDER BY id").toString());
                assertTrue(db.query("SELECT sql FROM sqlite_master WHERE name = 'a'").get(0).get("sql").toString().contains("length(v) > 0"));
                assertEquals(List.of(), db.query("PRAGMA foreign_key_check"));
            }
        }
    }

    /**
     * The cut is an UPDATE, and UPDATE triggers fire on it: an audit trigger on a wrote a row per row of a ("a 1 moved from 1
     * to 2-1"), on the file and on D1, for a move nobody made, while the pre-flight said "no rows removed or rewritten" (it
     * counted what triggers add only for the rebuild's DELETE and INSERT). Where a is the table rebuilt, db:generate now drops
     * its triggers before the cut (they go with its DROP TABLE and are written again at the end anyway): the migration applies,
     * the audit log as it was, the trigger there again. Where a is kept and restored (b rebuilt), the cut is a move of rows for
     * the pre-flight: refused, naming the audit table, the trigger and the UPDATE, with the way out, the file as it was.
     */
    @org.junit.jupiter.api.Test
    void anUpdateTriggerTheCutWouldFireIsDroppedBeforeItOrTheMigrationIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        TableDef audit = new TableDef("audit", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("what", "text")), null,
                List.of(), List.of(), List.of(), null);
        for (boolean rebuildA : List.of(true, false)) {
            java.nio.file.Path d = dir.resolve(rebuildA ? "a" : "b");
            SchemaDef v1 = schema(a(false), b("cascade", false, true), audit);
            MigrationsFolder folder = MigrationsFolder.at(d.resolve("drizzle"));
            new Generator().generate(v1, folder, GenerateOptions.batch().withName("init"));
            new Generator().generate(v1, folder, GenerateOptions.batch().withName("audit").withCustom(true));
            java.nio.file.Path custom = folder.sqlFile("0001_audit");
            java.nio.file.Files.writeString(custom, java.nio.file.Files.readString(custom) + "CREATE TRIGGER a_moved AFTER UPDATE OF b_id ON a BEGIN"
                    + " INSERT INTO audit (what) VALUES ('a ' || OLD.id || ' moved from ' || OLD.b_id || ' to ' || NEW.b_id); END;\n");
            new Generator().generate(rebuildA ? schema(a(true), b("cascade", false, true), audit) : schema(a(false), b("cascade", true, true), audit),
                    folder, GenerateOptions.batch().withName("checked"));
            java.nio.file.Path file = d.resolve("app.sqlite");
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
                db.runAtomically(List.of("PRAGMA defer_foreign_keys=ON", "INSERT INTO a VALUES (1, 1, 'x'), (2, 2, 'y')",
                        "INSERT INTO b VALUES (1, 1, 'p'), (2, 1, 'q')"), false);
            }
            if (rebuildA) {
                String sql = java.nio.file.Files.readString(folder.sqlFile(folder.migrations().get(2).tag()));
                assertTrue(sql.contains("DROP TRIGGER \"a_moved\";--> statement-breakpoint\nUPDATE `a` SET `b_id` = coalesce("), sql);
                RecordingLog log = new RecordingLog();
                Preflight.ofFile(file, false, log).check(folder.migrations().subList(2, 3));
                assertTrue(log.lines().get(0).contains(": no rows removed or rewritten ("), log.lines().toString());
                try (SqliteDatabase db = SqliteDatabase.open(file)) {
                    new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
                    assertEquals(List.of(), db.query("SELECT * FROM audit"));
                    assertEquals("[{id=1, b_id=1, v=x}, {id=2, b_id=2, v=y}]", db.query("SELECT id, b_id, v FROM a ORDER BY id").toString());
                    db.runAtomically(List.of("UPDATE a SET b_id = b_id WHERE id = 1"), false);
                    assertEquals("[{what=a 1 moved from 1 to 1}]", db.query("SELECT what FROM audit").toString(), "the trigger is there again");
                }
                continue;
            }
            byte[] before = java.nio.file.Files.readAllBytes(file);
            dev.godwit.engine.preflight.PreflightRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.godwit.engine.preflight.PreflightRefusedException.class,
                    () -> Preflight.ofFile(file, false, new RecordingLog()).check(folder.migrations().subList(2, 3)));
            assertTrue(e.getMessage().contains("\"audit\": 2 rows added (now 2) by trigger \"a_moved\" that the rebuild's moving of rows fires (it points a"
                    + " reference of the rows at no row before it deletes them, and puts them back as they were), through 0002_checked.sql statement 5:"
                    + " UPDATE `a` SET `b_id` = coalesce((SELECT max(`id`) FROM `b` WHERE typeof(`id`) = 'text'), '') || '~' || rowid;"), e.getMessage());
            assertTrue(e.getMessage().contains("drop the trigger in a custom migration before this one"), e.getMessage());
            org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(file));
        }
    }

    /**
     * The cut gives each row of a its own value ("2-1", "2-2"), so a UNIQUE index on b_id holds. A UNIQUE index on an
     * expression of b_id need not: {@code b_id + 0} reads both as 2, and SQLite refused the cut ("UNIQUE constraint failed:
     * index 'a_b_id_plus_unique'"; rolled back, nothing lost, no way to apply the rebuild). Such an index of a table whose rows
     * the sweep deletes is dropped before the cut, and made again: a rebuilt table's with it, a kept one's after its rows come
     * back. Also where a is rebuilt, kept and restored (b rebuilt), and where both go, and for b's cut (b.a_id, when a's rows
     * go first) under a plain index on an expression of a_id, which refused "~1"; every row as it was, the indexes there.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aUniqueExpressionIndexOverTheCutColumnDoesNotStopTheCut(ApplyMode mode) throws SQLException {
        List<String> failures = new ArrayList<>();
        for (String expression : List.of("`b_id` + 0", "abs(`b_id`)", "json_extract(`b_id`, '$')")) {
            TableDef plain = a(false);
            List<IndexDef> indexes = List.of(plain.indexes().get(0), new IndexDef("a_b_id_plus_unique", List.of(IndexDef.Key.expression(expression)), true, null));
            TableDef a1 = new TableDef("a", plain.columns(), null, indexes, plain.foreignKeys(), List.of(), null);
            TableDef a2 = new TableDef("a", plain.columns(), null, indexes, plain.foreignKeys(), a(true).checks(), null);
            // b's cut (b.a_id, when a's rows go before b's) meets a plain index over an expression of it, which refuses "~1"
            // with b.a_id ON DELETE CASCADE, a kept and restored around b's rebuild is cut: its index is made again after its rows
            for (String toA : List.of("not null set null", "cascade"))
            for (Change change : List.of(Change.REBUILD_A, Change.REBUILD_B, Change.DROP_BOTH)) {
                TableDef b1 = withIndex(b(toA, false, true), new IndexDef("b_a_id_json", List.of(IndexDef.Key.expression(expression.replace("b_id", "a_id"))), false, null));
                TableDef b2 = withIndex(b(toA, true, true), b1.indexes().get(0));
                SchemaDef v1 = schema(a1, b1);
                SchemaDef v2 = switch (change) {
                    case REBUILD_A -> schema(a2, b1);
                    case REBUILD_B -> schema(a1, b2);
                    default -> schema();
                };
                try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                    mode.apply(c, sql(SchemaDef.EMPTY, v1));
                    exec(c, "PRAGMA defer_foreign_keys=ON", "INSERT INTO a VALUES (1, 1, 'x'), (2, 2, 'y')", "INSERT INTO b VALUES (1, 1, 'p'), (2, 1, 'q')");
                    try {
                        mode.apply(c, sql(v1, v2));
                    } catch (SQLException e) {
                        failures.add(expression + " " + toA + " " + change + ": " + e.getMessage());
                        continue;
                    }
                    if (change == Change.DROP_BOTH) continue;
                    String kept = rows(c, "SELECT * FROM a ORDER BY id") + rows(c, "SELECT * FROM b ORDER BY id");
                    if (!kept.equals("[1|1|x, 2|2|y][1|1|p, 2|1|q]")) failures.add(expression + " " + toA + " " + change + ": rows " + kept);
                    if (!rows(c, "PRAGMA foreign_key_check").equals("[]")) failures.add(expression + " " + toA + " " + change + ": " + rows(c, "PRAGMA foreign_key_check"));
                    String index = rows(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
                    if (!index.equals("[a_b_id_plus_unique, a_b_id_unique, b_a_id_json]")) failures.add(expression + " " + toA + " " + change + ": indexes " + index);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The cut's value is the parent key's largest and the row's id, "a key no parent row has": larger than every text key, and
     * text, which equals no number or blob. But a key column of a type-less or TEXT parent may hold blobs too, and max() takes
     * a blob over any text: X'6B' ("k") gave row 2 "k-2", a text key b has, so a.b_code pointed at a row the cascade from row 1 deletes and the sweep's SET NULL
     * failed ("NOT NULL constraint failed: a.b_code"). The largest text key is taken now.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aParentKeyHoldingBlobsAndTextsIsCutToAKeyNoParentRowHas(ApplyMode mode) throws SQLException {
        TableDef a = new TableDef("a", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("b_code", "text").withNotNull(true)),
                null, List.of(), List.of(new ForeignKeyDef("a_b_code_b_code_fk", "a", List.of("b_code"), "b", List.of("code"), FkAction.SET_NULL, FkAction.NO_ACTION)),
                List.of(), null);
        TableDef b = new TableDef("b", List.of(ColumnDef.of("code", "blob").withPrimaryKey(true), ColumnDef.of("a_id", "integer").withNotNull(true),
                ColumnDef.of("w", "text")), null, List.of(),
                List.of(new ForeignKeyDef("b_a_id_a_id_fk", "b", List.of("a_id"), "a", List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION)), List.of(), null);
        TableDef bChecked = new TableDef("b", b.columns(), null, List.of(), b.foreignKeys(), List.of(new CheckDef("w_set", "length(w) > 0")), null);
        List<String> failures = new ArrayList<>();
        for (SchemaDef v2 : List.of(schema(a, bChecked), schema())) {
            SchemaDef v1 = schema(a, b);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                mode.apply(c, sql(SchemaDef.EMPTY, v1));
                exec(c, "PRAGMA defer_foreign_keys=ON", "INSERT INTO a VALUES (1, 'k'), (2, 'k-2')",
                        "INSERT INTO b VALUES ('k', 1, 'p'), ('k-2', 1, 'q'), (X'6B', 2, 'r')");
                try {
                    mode.apply(c, sql(v1, v2));
                } catch (SQLException e) {
                    failures.add(v2.tables().size() + " tables: " + e.getMessage());
                    continue;
                }
                if (v2.tables().isEmpty()) continue;
                String kept = rows(c, "SELECT id, b_code FROM a ORDER BY id") + rows(c, "SELECT quote(code), a_id, w FROM b ORDER BY rowid");
                if (!kept.equals("[1|k, 2|k-2]['k'|1|p, 'k-2'|1|q, X'6B'|2|r]")) failures.add("rows " + kept);
                if (!rows(c, "PRAGMA foreign_key_check").equals("[]")) failures.add(rows(c, "PRAGMA foreign_key_check"));
            }
        }
        assertEquals(List.of(), failures);
    }

    private static TableDef withIndex(TableDef t, IndexDef index) {
        return new TableDef(t.name(), t.columns(), null, List.of(index), t.foreignKeys(), t.checks(), null);
    }

    /**
     * The kept half of the case above, for db:verify: a kept and restored around b's rebuild, its audit trigger fired by the cut
     * (the UPDATE that points a.b_id at no row before the sweep). The pre-flight refuses it on real rows; db:verify's replay,
     * on generated rows, said nothing. It reports the same rows added by the trigger now, naming the UPDATE and the way out.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"cascade", "not null cascade"})
    void dbVerifyReportsTheUpdateTriggerTheCutFiresOnAKeptTable(String toA, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        TableDef audit = new TableDef("audit", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("what", "text")), null,
                List.of(), List.of(), List.of(), null);
        SchemaDef v1 = schema(a(false), b(toA, false, true), audit);
        SchemaDef v2 = schema(a(false), b(toA, true, true), audit);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("audit").withCustom(true));
        java.nio.file.Path custom = folder.sqlFile("0001_audit");
        java.nio.file.Files.writeString(custom, java.nio.file.Files.readString(custom) + "CREATE TRIGGER a_moved AFTER UPDATE OF b_id ON a BEGIN"
                + " INSERT INTO audit (what) VALUES ('a ' || OLD.id || ' moved from ' || OLD.b_id || ' to ' || NEW.b_id); END;\n");
        new Generator().generate(v2, folder, GenerateOptions.batch().withName("checked"));
        List<dev.godwit.engine.verify.Finding> findings = dev.godwit.engine.verify.Verifier.verify(v2, folder);
        assertEquals(1, findings.size(), findings.toString());
        String said = findings.get(0).toString();
        assertTrue(said.contains("replaying drizzle/0002_checked.sql on tables holding generated rows (as D1 runs it) changes rows it should leave as they are:"), said);
        assertTrue(said.contains("\"audit\": "), said);
        assertTrue(said.contains("by trigger \"a_moved\" that the rebuild's moving of rows fires (it points a reference of the rows at no row before it"
                + " deletes them, and puts them back as they were), through 0002_checked.sql statement "), said);
        assertTrue(said.contains("drop the trigger in a custom migration before this one"), said);
    }

    /** The first migration applied and rows that reference each other, written in one transaction with deferred keys. */
    private static void seeded(Database db, MigrationsFolder folder) {
        new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        db.runAtomically(List.of("PRAGMA defer_foreign_keys=ON", "INSERT INTO a VALUES (1, 1, 'x'), (2, 2, 'y')",
                "INSERT INTO b VALUES (1, 1, 'p'), (2, 1, 'q')"), false);
    }

    private static List<String> sql(SchemaDef before, SchemaDef after) {
        return SqlitePlanner.plan(SchemaDiffer.diff(before, after, RenameResolver.NO_RENAMES)).statements();
    }

    private static String rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(r.getString(i));
                out.add(sb.toString());
            }
        }
        return out.toString();
    }

    /** In one transaction: the rows reference each other, so neither table can be filled first. */
    private static void exec(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("BEGIN");
            for (String x : sql) s.execute(x);
            s.execute("COMMIT");
        }
    }

    /**
     * items is rebuilt, and its key to shelves (ON DELETE SET DEFAULT, NOT NULL, no default) is its own primary key; shelves,
     * which names the rebuilt regions, is emptied and refilled around the rebuild, and its DELETE wrote NULL into items' key
     * while items' rows were still there: "NOT NULL constraint failed: items.shelf_id", locally and on D1. A key column was never
     * cut, as an UPDATE of it would reach the rows that point at it. Now a primary key column is cut when only rows that are
     * copied aside (or go) point at it, with ON UPDATE NO ACTION or CASCADE: tags here, rebuilt too. Found by fuzz_cases.py
     * extended (fz79x_3).
     */
    @org.junit.jupiter.api.Test
    void aRebuiltTableWhoseNullingKeyIsItsPrimaryKeyKeepsItsRows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.util.function.Function<Boolean, SchemaDef> shop = checked -> dev.godwit.engine.yaml.YamlSchemaReader.read("tables:\n"
                + "  - name: regions\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text}\n"
                + (checked ? "    checks: [{name: regions_named, expression: \"length(name) > 0\"}]\n" : "")
                + "  - name: shelves\n    columns:\n      - {name: id, type: integer, notNull: true}\n      - {name: code, type: text, notNull: true}\n"
                + "      - {name: region_id, type: integer}\n    primaryKey: {columns: [id, code]}\n"
                + "    foreignKeys: [{columns: [region_id], references: {table: regions, columns: [id]}, onDelete: set null}]\n"
                + "  - name: items\n    columns:\n      - {name: shelf_id, type: integer, notNull: true}\n      - {name: shelf_code, type: text, notNull: true}\n"
                + "      - {name: label, type: text}\n    primaryKey: {columns: [shelf_code, shelf_id]}\n"
                + "    foreignKeys: [{columns: [shelf_id, shelf_code], references: {table: shelves, columns: [id, code]}, onDelete: set default}]\n"
                + (checked ? "    checks: [{name: items_labelled, expression: \"length(label) > 0\"}]\n" : "")
                + "  - name: tags\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: item_code, type: text}\n"
                + "      - {name: item_id, type: integer}\n"
                + "    foreignKeys: [{columns: [item_code, item_id], references: {table: items, columns: [shelf_code, shelf_id]}, onUpdate: cascade, onDelete: set null}]\n"
                + (checked ? "    checks: [{name: tags_numbered, expression: \"id > 0\"}]\n" : ""), "schema.yaml");
        List<String> rows = List.of("INSERT INTO regions (id, name) VALUES (1, 'north')", "INSERT INTO shelves (id, code, region_id) VALUES (1, 'a', 1), (2, 'b', 1)",
                "INSERT INTO items (shelf_id, shelf_code, label) VALUES (1, 'a', 'tea'), (2, 'b', 'jam')", "INSERT INTO tags (id, item_code, item_id) VALUES (7, 'a', 1)");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(shop.apply(false), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = new Generator().generate(shop.apply(true), folder, GenerateOptions.batch().withName("checked"));
        assertTrue(r.sql().contains("UPDATE `items` SET `shelf_id` = coalesce("), r.sql());
        java.nio.file.Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(rows, false);
        }
        RecordingLog preflight = new RecordingLog();
        Preflight.ofFile(file, false, preflight).check(folder.migrations().subList(1, 2));
        assertTrue(preflight.lines().get(0).contains(": no rows removed or rewritten ("), preflight.lines().toString());
        dev.godwit.engine.testing.BothTargets.each(dir, "applied", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            if (db.query("SELECT name FROM sqlite_master WHERE name = 'regions'").isEmpty()) {
                migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
                db.runAtomically(rows, false);
            }
            migrator.apply(folder, ApplyOptions.defaults());   // failed at DELETE FROM `shelves` before
            assertEquals("[{shelf_id=1, shelf_code=a, label=tea}, {shelf_id=2, shelf_code=b, label=jam}]",
                    db.query("SELECT shelf_id, shelf_code, label FROM items ORDER BY shelf_id").toString(), where);
            assertEquals("[{id=7, item_code=a, item_id=1}]", db.query("SELECT id, item_code, item_id FROM tags").toString(), where);
            assertEquals("[{id=1, code=a, region_id=1}, {id=2, code=b, region_id=1}]", db.query("SELECT id, code, region_id FROM shelves ORDER BY id").toString(), where);
            assertEquals(List.of(), db.query("PRAGMA foreign_key_check"), where);
        });
    }
}
