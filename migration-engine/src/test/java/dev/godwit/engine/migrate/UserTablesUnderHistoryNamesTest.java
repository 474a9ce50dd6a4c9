package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.push.Pusher;
import dev.godwit.engine.target.ProjectSettings;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's own table named d1_migrations where the history is drizzle-orm's __drizzle_migrations (or the reverse): it was
 * refused by db:generate, db:push and db:verify, left out by introspection everywhere (db:pull, db:push, drift, the studio), and
 * a first db:apply on a database holding it with rows stopped as if wrangler had migrated it. Such a name is now left out only
 * where it is the history in use, or where the table has a history's columns (wrangler's id, name, applied_at; drizzle-orm's id,
 * hash, created_at): another tool's history beside this one.
 */
class UserTablesUnderHistoryNamesTest {

    @TempDir
    Path dir;

    private static final String SCHEMA = """
            tables:
              - name: users
                columns: [{name: id, type: integer, primaryKey: true}]
              - name: d1_migrations
                columns: [{name: id, type: integer, primaryKey: true}, {name: title, type: text}]
            """;

    @Test
    void aTableNamedD1MigrationsInADrizzleHistoryProjectIsGeneratedAppliedAndPushedAsAnyOther() {
        SchemaDef schema = YamlSchemaReader.read(SCHEMA, "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO d1_migrations (id, title) VALUES (1, 'move to D1')"), false);
            assertEquals(List.of("d1_migrations", "users"), Introspector.introspect(db, Set.of(HistoryTable.DRIZZLE_DEFAULT)).tableNames().stream().sorted().toList());
            SchemaDef more = YamlSchemaReader.read(SCHEMA.replace("{name: title, type: text}]", "{name: title, type: text}, {name: done, type: integer}]"),
                    "schema.yaml");
            new Generator().generate(more, folder, GenerateOptions.batch().withName("done"));
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
            assertEquals(List.of(Map.of("id", 1L, "title", "move to D1")), db.query("SELECT id, title FROM d1_migrations WHERE done IS NULL"));
        }
        try (SqliteDatabase dev = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Pusher(dev, EngineLog.SILENT, Set.of(HistoryTable.DRIZZLE_DEFAULT)).push(schema, false, null);
            assertEquals(List.of(), new Pusher(dev, EngineLog.SILENT, Set.of(HistoryTable.DRIZZLE_DEFAULT)).push(schema, false, null).changes(),
                    "in sync: pushed again, nothing to do");
        }
    }

    /** A first db:apply on a database holding the project's d1_migrations with rows: not taken for wrangler's history. */
    @Test
    void aFirstApplyOverTheProjectsOwnD1MigrationsTableIsNotStoppedAsAnotherHistory() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(YamlSchemaReader.read(SCHEMA.replace("d1_migrations", "notes"), "schema.yaml"), folder,
                GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE d1_migrations (id integer PRIMARY KEY, title text)"), false);
            db.runAtomically(List.of("INSERT INTO d1_migrations VALUES (1, 'kept')"), false);
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
            assertEquals(List.of(Map.of("n", 1L)), db.query("SELECT count(*) AS n FROM __drizzle_migrations"));
            assertTrue(Introspector.introspect(db, Set.of(HistoryTable.DRIZZLE_DEFAULT)).tableNames().contains("d1_migrations"));
        }
    }

    /** wrangler's history beside drizzle-orm's (its columns say so) is still left out, and a first apply still stops over it. */
    @Test
    void wranglersHistoryBesideTheProjectsIsStillLeftOutAndStillStopsAFirstApply() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(YamlSchemaReader.read(SCHEMA.replace("d1_migrations", "notes"), "schema.yaml"), folder,
                GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)"), false);
            db.runAtomically(List.of("INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')"), false);
            assertEquals(List.of(), Introspector.introspect(db, Set.of(HistoryTable.DRIZZLE_DEFAULT)).tableNames());
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("d1_migrations"), e.getMessage());
        }
    }

    /** db:generate's refusal stays for the history in use, and for the other name declared with a history's columns. */
    @Test
    void theHistoryInUseAndAHistoryShapedTableUnderTheOtherNameAreStillRefused() {
        ProjectSettings.History wrangler = new ProjectSettings.History(HistoryTable.WRANGLER_DEFAULT, true, "wrangler.toml");
        SchemaException inUse = assertThrows(SchemaException.class, () -> new Generator().generate(YamlSchemaReader.read(SCHEMA, "schema.yaml"),
                MigrationsFolder.at(dir.resolve("a")), GenerateOptions.batch().withHistory(wrangler)));
        assertTrue(inUse.problems().get(0).startsWith("schema.yaml line 4 (table \"d1_migrations\"): the name is that of the history table"), inUse.problems().toString());
        String shaped = SCHEMA.replace("{name: title, type: text}", "{name: name, type: text}, {name: applied_at, type: text}");
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(YamlSchemaReader.read(shaped, "schema.yaml"),
                MigrationsFolder.at(dir.resolve("b")), GenerateOptions.batch()));
        assertEquals(List.of("schema.yaml line 4 (table \"d1_migrations\"): the name and columns are those of wrangler's history table, which"
                + " db:verify, db:pull and db:push leave out as a history table (this project keeps its history in __drizzle_migrations), so it"
                + " would never be checked or pushed; give it another name"), e.problems());
    }
}
