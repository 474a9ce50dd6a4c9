package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.push.Pusher;
import dev.godwit.engine.testing.BothTargets;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that differ only in ASCII case are one name to SQLite: a dropped one and a new one meeting in one migration. */
class CaseOnlyNamesTest {

    @TempDir
    Path dir;

    /**
     * A dropped Parents that a kept table referenced goes only after that table's rebuild, and the new parents was created
     * before it: "table `parents` already exists" on apply and push (also through a dropped Mid). Now refused up front.
     */
    @Test
    void aNewTableTakingTheNameOfADroppedParentOfAKeptTableIsRefused() throws Exception {
        SchemaDef before = YamlSchemaReader.read("""
                tables:
                  - name: Top
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: Mid
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: tid, type: integer, references: {table: Top, column: id, onDelete: cascade}}
                  - name: Parents
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: kids
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: pid, type: integer, references: {table: Parents, column: id, onDelete: cascade}}
                      - {name: mid, type: integer, references: {table: Mid, column: id, onDelete: cascade}}
                """, "schema.yaml");
        for (String newTable : List.of("parents", "top")) {
            SchemaDef after = YamlSchemaReader.read("""
                    tables:
                      - name: %s
                        columns: [{name: id, type: integer, primaryKey: true}]
                      - name: kids
                        columns:
                          - {name: id, type: integer, primaryKey: true}
                          - {name: pid, type: integer}
                          - {name: mid, type: integer}
                    """.formatted(newTable), "schema.yaml");
            String old = newTable.equals("parents") ? "Parents" : "Top";
            String expected = "Invalid schema: table \"" + old + "\" is dropped and a new table \"" + newTable + "\" takes its name (SQLite ignores the case"
                    + " of ASCII letters in names) in the same migration, but table \"kids\" has a foreign key to \"" + old + "\""
                    + (old.equals("Top") ? " through \"Mid\", dropped too" : "") + ". Split it: first drop the old \"" + old
                    + "\" (and update \"kids\"), generate, then create \"" + newTable + "\".";
            MigrationsFolder folder = MigrationsFolder.at(dir.resolve(newTable));
            new Generator().generate(before, folder, GenerateOptions.batch().withName("init"));
            SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(after, folder,
                    GenerateOptions.batch().withName("next").withAcceptDataLoss(true).withNotRenames(Set.of(newTable))));
            assertEquals(expected, e.getMessage());   // before: generated, and failed on apply with "table `parents` already exists"
            BothTargets.each(dir, newTable + "-pushed", (db, where) -> {
                Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
                pusher.push(before, true, null);
                db.runAtomically(List.of("INSERT INTO Top VALUES (1)", "INSERT INTO Mid VALUES (2, 1)", "INSERT INTO Parents VALUES (3)",
                        "INSERT INTO kids VALUES (10, 3, 2)"), false);
                assertEquals(expected, assertThrows(SchemaException.class, () -> pusher.push(after, true, null, Set.of(newTable))).getMessage(), where);
                assertEquals("[{id=10, pid=3, mid=2}]", db.query("SELECT * FROM kids").toString(), where);
            });
        }
    }

    /**
     * The only column Title dropped while title is added: the in-place path drops it first (else "duplicate column name"),
     * which SQLite refuses for a table's last column ("cannot drop column "Title": no other columns exist"). Now rebuilt.
     */
    @Test
    void theOnlyColumnDroppedWhileAnAddedOneTakesItsNameInAnotherCaseIsRebuilt() throws Exception {
        SchemaDef before = YamlSchemaReader.read("tables:\n  - name: t\n    columns: [{name: Title, type: text}]\n", "schema.yaml");
        SchemaDef after = YamlSchemaReader.read("tables:\n  - name: t\n    columns: [{name: title, type: integer}]\n", "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("t"));
        new Generator().generate(before, folder, GenerateOptions.batch().withName("init"));
        var generated = new Generator().generate(after, folder, GenerateOptions.batch().withName("next").withAcceptDataLoss(true).withNotRenames(Set.of("t.title")));
        assertTrue(generated.sql().contains("CREATE TABLE `__new_t`"), generated.sql());   // was: ALTER TABLE `t` DROP COLUMN `Title`; ... ADD `title`
        BothTargets.each(dir, "t-generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO t VALUES ('a'), ('b')"), false);
            migrator.apply(folder, ApplyOptions.defaults());
            assertEquals("[{title=null}, {title=null}]", db.query("SELECT title FROM t").toString(), where);
        });
        BothTargets.each(dir, "t-pushed", (db, where) -> {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            pusher.push(before, true, null);
            db.runAtomically(List.of("INSERT INTO t VALUES ('a'), ('b')"), false);
            pusher.push(after, true, null, Set.of("t.title"));
            assertEquals("[{title=null}, {title=null}]", db.query("SELECT title FROM t").toString(), where);
        });
    }

    /**
     * c3 dropped with the generated columns that read it (g1 stored, g2 over g1) while C3 is added: the in-place path dropped c3
     * before the adds but the generated columns after them, and SQLite drops no column a generated one still reads ("error in
     * table t after drop column: no such column: c3", fz8n_43). The dropped generated columns now go first, readers first.
     */
    @Test
    void aColumnReadByDroppedGeneratedOnesGoesAfterThemWhenAnAddedOneTakesItsNameInAnotherCase() throws Exception {
        SchemaDef before = YamlSchemaReader.read("tables:\n  - name: t\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: c3, type: integer}\n      - {name: g1, type: integer, generated: {as: 'c3 + 1', type: stored}}\n"
                + "      - {name: g2, type: integer, generated: {as: 'g1 + 1', type: virtual}}\n", "schema.yaml");
        SchemaDef after = YamlSchemaReader.read("tables:\n  - name: t\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: C3, type: text}\n", "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("t"));
        new Generator().generate(before, folder, GenerateOptions.batch().withName("init"));
        var generated = new Generator().generate(after, folder, GenerateOptions.batch().withName("next").withAcceptDataLoss(true).withNotRenames(Set.of("t.C3")));
        assertEquals("ALTER TABLE `t` DROP COLUMN `g2`;--> statement-breakpoint\nALTER TABLE `t` DROP COLUMN `g1`;--> statement-breakpoint\n"
                + "ALTER TABLE `t` DROP COLUMN `c3`;--> statement-breakpoint\nALTER TABLE `t` ADD `C3` text;", generated.sql().strip());
        BothTargets.each(dir, "t-generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO t (id, c3) VALUES (1, 5)"), false);
            migrator.apply(folder, ApplyOptions.defaults());
            assertEquals("[{id=1, C3=null}]", db.query("SELECT * FROM t").toString(), where);
        });
        BothTargets.each(dir, "t-pushed", (db, where) -> {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            pusher.push(before, true, null);
            db.runAtomically(List.of("INSERT INTO t (id, c3) VALUES (1, 5)"), false);
            pusher.push(after, true, null, Set.of("t.C3"));
            assertEquals("[{id=1, C3=null}]", db.query("SELECT * FROM t").toString(), where);
        });
    }

    /** The same with every column going before the add: the last DROP COLUMN would fail ("no other columns exist"); rebuilt. */
    @Test
    void everyColumnGoingBeforeTheAddWithAGeneratedOneIsRebuilt() throws Exception {
        SchemaDef before = YamlSchemaReader.read("tables:\n  - name: t\n    columns:\n      - {name: c3, type: integer}\n"
                + "      - {name: g, type: integer, generated: {as: 'length(c3)', type: virtual}}\n", "schema.yaml");
        SchemaDef after = YamlSchemaReader.read("tables:\n  - name: t\n    columns: [{name: C3, type: integer}]\n", "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("t"));
        new Generator().generate(before, folder, GenerateOptions.batch().withName("init"));
        var generated = new Generator().generate(after, folder, GenerateOptions.batch().withName("next").withAcceptDataLoss(true).withNotRenames(Set.of("t.C3")));
        assertTrue(generated.sql().contains("CREATE TABLE `__new_t`"), generated.sql());
        BothTargets.each(dir, "t-generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO t (c3) VALUES (5), (6)"), false);
            migrator.apply(folder, ApplyOptions.defaults());
            assertEquals("[{C3=null}, {C3=null}]", db.query("SELECT * FROM t").toString(), where);
        });
    }

    /**
     * A virtual column g re-pointed from c3 to c4 while c3 goes and C3 comes: g's expression changes in place after the adds,
     * so while c3 went before them g still read it ("no such column: c3"). Now the table is rebuilt.
     */
    @Test
    void aVirtualColumnLeavingTheColumnThatGoesFirstIsRebuiltWithIt() throws Exception {
        SchemaDef before = YamlSchemaReader.read("tables:\n  - name: t\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: c3, type: integer}\n      - {name: c4, type: text}\n"
                + "      - {name: g, type: integer, generated: {as: 'length(c3)', type: virtual}}\n", "schema.yaml");
        SchemaDef after = YamlSchemaReader.read("tables:\n  - name: t\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: c4, type: text}\n      - {name: g, type: integer, generated: {as: 'length(c4)', type: virtual}}\n"
                + "      - {name: C3, type: integer}\n", "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("t"));
        new Generator().generate(before, folder, GenerateOptions.batch().withName("init"));
        var generated = new Generator().generate(after, folder, GenerateOptions.batch().withName("next").withAcceptDataLoss(true).withNotRenames(Set.of("t.C3")));
        assertTrue(generated.sql().contains("CREATE TABLE `__new_t`"), generated.sql());   // was: ALTER TABLE `t` DROP COLUMN `c3`; first
        BothTargets.each(dir, "t-generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO t (id, c3, c4) VALUES (1, 5, 'abcd')"), false);
            migrator.apply(folder, ApplyOptions.defaults());
            assertEquals("[{id=1, c4=abcd, g=4, C3=null}]", db.query("SELECT * FROM t").toString(), where);
        });
        BothTargets.each(dir, "t-pushed", (db, where) -> {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            pusher.push(before, true, null);
            db.runAtomically(List.of("INSERT INTO t (id, c3, c4) VALUES (1, 5, 'abcd')"), false);
            pusher.push(after, true, null, Set.of("t.C3"));
            assertEquals("[{id=1, c4=abcd, g=4, C3=null}]", db.query("SELECT * FROM t").toString(), where);
        });
    }
}
