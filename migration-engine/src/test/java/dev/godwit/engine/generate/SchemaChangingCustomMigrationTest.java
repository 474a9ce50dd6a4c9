package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team brief (round 55): a custom migration whose SQL changes the schema (ALTER TABLE users RENAME COLUMN name TO full_name,
 * with the schema code renamed to match). Its snapshot is a copy of the one before (db:generate -Ddb.custom and drizzle-kit's
 * --custom write it so), so db:verify said "db:generate would write ADD full_name ... DROP COLUMN name" (a duplicate column, or
 * the data dropped) and "a migration was edited by hand", and db:generate wrote that ADD/DROP. db:generate now records what the
 * custom migration makes in its snapshot, and db:verify names the custom migration and that one step.
 */
class SchemaChangingCustomMigrationTest {

    @TempDir
    Path dir;

    static SchemaDef users(String nameColumn, IndexDef... indexes) {
        List<ColumnDef> cols = new ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of(nameColumn, "text")));
        return new SchemaDef(List.of(new TableDef("users", cols, null, List.of(indexes), List.of(), List.of(), null)), List.of());
    }

    private MigrationsFolder initAndCustom(String sql) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(users("name"), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(users("name"), folder, GenerateOptions.batch().withName("rename").withCustom(true));
        Path file = folder.sqlFile("0001_rename");
        Files.writeString(file, Files.readString(file) + sql);
        return folder;
    }

    @Test
    void aRenameInACustomMigrationIsRecordedNotWrittenAgain() throws Exception {
        MigrationsFolder folder = initAndCustom("ALTER TABLE users RENAME COLUMN name TO full_name;\n");
        // a database with rows, at 0000_init
        Path db = dir.resolve("app.sqlite");
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            new Migrator(d, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            d.runAtomically(List.of("INSERT INTO users (id, name) VALUES (1, 'Ann'), (2, 'Bob')"), false);
        }
        SchemaDef renamed = users("full_name");

        List<Finding> before = Verifier.verify(renamed, folder);
        assertEquals(List.of(Finding.Kind.SCHEMA_CHANGED), before.stream().map(Finding::kind).toList(), before.toString());
        assertEquals("drizzle/0001_rename.sql, a custom migration, changes the schema, which its snapshot (drizzle/meta/0001_snapshot.json,"
                + " a copy of the one before, as db:generate -Ddb.custom writes it) does not record:\n    - rename column \"users\".\"name\" to"
                + " \"full_name\"\n  Run mvn db:generate: it records what 0001_rename.sql makes in its snapshot", before.get(0).message());

        String sqlBefore = Files.readString(folder.sqlFile("0001_rename"));
        GenerateResult r = new Generator().generate(renamed, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no new migration: " + r.sql());
        assertEquals(List.of("0001_rename.sql, a custom migration, changes the schema (rename column \"users\".\"name\" to \"full_name\"):"
                + " its snapshot now records what it makes, so db:generate does not write that change again"), r.warnings());
        assertEquals(2, folder.migrations().size());
        assertEquals(sqlBefore, Files.readString(folder.sqlFile("0001_rename")), "the SQL is left as written");
        assertTrue(Files.readString(folder.snapshotFile("0001_rename")).contains("\"full_name\""));

        assertEquals(List.of(), Verifier.verify(renamed, folder));
        assertFalse(new Generator().generate(renamed, folder, GenerateOptions.batch().withName("again")).written());

        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            new Migrator(d, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals("[{id=1, full_name=Ann}, {id=2, full_name=Bob}]",
                    d.query("SELECT id, full_name FROM users ORDER BY id").toString());
        }
    }

    /**
     * db:generate with nothing new to write but the latest custom migration's snapshot (its rename recorded) refuses a journal
     * another writer changed meanwhile, as a migration's write does (540007a4). It said "its migration was diffed against the
     * folder as it was before", though there was no migration: it names the snapshot it did not write, and leaves the folder as it was.
     */
    @Test
    void aSnapshotAloneNotWrittenForAJournalChangedMeanwhileIsNamed() throws Exception {
        MigrationsFolder folder = initAndCustom("ALTER TABLE users RENAME COLUMN name TO full_name;\n");
        String snapshot = Files.readString(folder.snapshotFile("0001_rename"));
        Path journal = folder.journalFile();
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.GodwitException.class, () -> new Generator().generate(() -> {
            try {   // another writer (drizzle-kit, a pull) rewrites the journal while this run reads the schema
                Files.writeString(journal, Files.readString(journal).replace("\"breakpoints\": true", "\"breakpoints\": false"));
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            return users("full_name");
        }, folder, GenerateOptions.batch().withName("next")));
        assertEquals("drizzle/meta/_journal.json changed while this db:generate ran: the snapshot it was to write (drizzle/meta/0001_snapshot.json,"
                + " recording what the custom migration 0001_rename.sql makes) was told from the folder as it was before, so nothing was written."
                + " Run mvn db:generate again.", e.getMessage());
        assertEquals(snapshot, Files.readString(folder.snapshotFile("0001_rename")), "the snapshot is left as it was");
        assertEquals(2, folder.migrations().size());
    }

    /** An index a custom migration creates, declared in the schema code too: recorded, not created again. */
    @Test
    void anIndexInACustomMigrationIsRecorded() throws Exception {
        MigrationsFolder folder = initAndCustom("CREATE INDEX users_name_idx ON users (name);\n");
        SchemaDef indexed = users("name", IndexDef.onColumns("users_name_idx", List.of("name"), false, null));
        List<Finding> before = Verifier.verify(indexed, folder);
        assertEquals(1, before.size(), before.toString());
        assertTrue(before.get(0).message().endsWith("Run mvn db:generate: it records what 0001_rename.sql makes in its snapshot"), before.toString());
        GenerateResult r = new Generator().generate(indexed, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no CREATE INDEX again: " + r.sql());
        assertEquals(1, r.warnings().size());
        assertEquals(List.of(), Verifier.verify(indexed, folder));
    }

    /** A generated migration edited by hand is no custom one: still an edit. */
    @Test
    void anEditedGeneratedMigrationIsStillAnEdit() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(users("name"), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(users("name", IndexDef.onColumns("users_name_idx", List.of("name"), false, null)), folder,
                GenerateOptions.batch().withName("idx"));
        Path file = folder.sqlFile("0001_idx");
        Files.writeString(file, Files.readString(file) + "\n--> statement-breakpoint\nALTER TABLE users RENAME COLUMN name TO full_name;\n");
        List<Finding> findings = Verifier.verify(users("full_name", IndexDef.onColumns("users_name_idx", List.of("full_name"), false, null)), folder);
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Finding.Kind.EDITED && f.message().startsWith("drizzle/0001_idx.sql was edited after it was generated")), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.message().contains("a custom migration")), findings.toString());
        assertEquals(null, SchemaChangingCustom.latest(folder, () -> users("full_name", IndexDef.onColumns("users_name_idx", List.of("full_name"), false, null))));
    }
}
