package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.introspect.TablesFilter;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:status and db:apply on a database db:push brought ahead of its history, beside another system's table
 * (-Ddb.tablesFilter=!legacy_*): that table made its schema no migration's, so status said "pending" and the apply failed on
 * "already exists"; compared without it, the refusal naming db:baseline is given.
 */
class SchemaAheadTablesFilterTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseAheadOfItsHistoryIsToldBesideATableOutsideTheFilter() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of()), folder,
                GenerateOptions.batch().withName("posts"));
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(folder.migrations().get(1).statements(), false);   // pushed ahead, no history row
            db.runAtomically(List.of("CREATE TABLE legacy_kv (k text PRIMARY KEY, v text)"), false);
            Migrator plain = new Migrator(db, history, EngineLog.SILENT);
            assertNull(plain.applyRefusal(plain.status(folder.migrations())), "without the filter the table hides it");
            Migrator filtered = new Migrator(db, history, EngineLog.SILENT).withTablesFilter(TablesFilter.parse("!legacy_*"));
            String refusal = filtered.applyRefusal(filtered.status(folder.migrations()));
            assertNotNull(refusal);
            assertTrue(refusal.contains("db:baseline"), refusal);
        }
    }
}
