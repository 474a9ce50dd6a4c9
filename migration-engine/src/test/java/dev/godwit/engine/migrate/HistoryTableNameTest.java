package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that creates a table under the history table's name (a user table called d1_migrations, a copy of another
 * project's schema) failed at its own statement with "table ... already exists", and the error went on to suggest db:baseline,
 * "if the database already has this migration's changes": on a fresh database the table that existed was Godwit's history,
 * created just before in the same transaction. db:apply now refuses it before anything is sent, saying what clashes and the
 * ways on; the database is left as it was.
 */
class HistoryTableNameTest {

    @TempDir
    Path dir;

    MigrationsFolder folderCreating(String sql) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(SchemaDef.EMPTY, folder, GenerateOptions.batch().withName("first").withCustom(true));
        Path f = folder.migrations().get(0).file();
        Files.writeString(f, Files.readString(f) + "\nCREATE TABLE `notes` (`id` integer PRIMARY KEY);\n--> statement-breakpoint\n" + sql + "\n");
        return folder;
    }

    static String expected(String history, String statement) {
        return "Migration 0000_first.sql, statement 2 of 2 creates a table named " + history + ":\n    " + statement + "\n  That is the name of the"
                + " history table Godwit records applied migrations in (" + history + ", created with the first migration), so the statement"
                + " would fail on every database. Give the table another name in the migration, or keep the history in another table:"
                + " -Ddb.migrationsTable=NAME (or migrations_table in wrangler's config). Nothing was applied.";
    }

    @Test
    void aMigrationCreatingATableNamedLikeTheHistoryTableIsRefusedBeforeAnythingRunsLocally() throws Exception {
        String statement = "CREATE TABLE \"__Drizzle_Migrations\" (x int);";
        MigrationsFolder folder = folderCreating(statement);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertEquals(expected("__drizzle_migrations", statement), e.getMessage());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master"), "the database as it was");
        }
    }

    @Test
    void aMigrationRenamingATableToTheHistoryTablesNameIsRefusedOnD1() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(SchemaDef.EMPTY, folder, GenerateOptions.batch().withName("first").withCustom(true));
        Path f = folder.migrations().get(0).file();
        Files.writeString(f, Files.readString(f) + "\nCREATE TABLE `notes` (`id` integer PRIMARY KEY);\n--> statement-breakpoint\n"
                + "ALTER TABLE `notes` RENAME TO d1_migrations;\n");
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acc", "db1", "token-123456");
             Database db = new D1Database(new D1Settings("acc", "db1", "token-123456", standIn.endpoint()))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertEquals(expected("d1_migrations", "ALTER TABLE `notes` RENAME TO d1_migrations;").replace("creates a table named", "renames a table to"),
                    e.getMessage());
            assertEquals(1, standIn.requestCount(), "only the history check went out: " + standIn.requestLog());
            assertEquals(List.of(Map.of("name", "_cf_KV")), db.query("SELECT name FROM sqlite_master"), "the database as it was");
        }
    }
}
