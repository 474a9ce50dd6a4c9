package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifierTest {

    @TempDir
    Path dir;

    static SchemaDef users(ColumnDef... extra) {
        List<ColumnDef> cols = new ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("email", "text").withNotNull(true)));
        cols.addAll(List.of(extra));
        return new SchemaDef(List.of(new TableDef("users", cols, null,
                List.of(IndexDef.onColumns("users_email_unique", List.of("email"), true, null)), List.of(), List.of(), null)), List.of());
    }

    private MigrationsFolder generated(SchemaDef... versions) {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        int i = 0;
        for (SchemaDef s : versions) new Generator().generate(s, folder, GenerateOptions.batch().withName("v" + i++));
        return folder;
    }

    private static List<Finding.Kind> kinds(List<Finding> findings) {
        return findings.stream().map(Finding::kind).toList();
    }

    @Test
    void inSyncFolderPasses() {
        SchemaDef v2 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v2);
        assertEquals(List.of(), Verifier.verify(v2, folder));
    }

    /** A view, CHECK, partial index and generated column as a Java text block or a YAML {@code |} block writes them: multi-line, ending in a line end. */
    private static SchemaDef textBlocks() {
        TableDef t = new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("email", "text").withNotNull(true),
                ColumnDef.of("domain", "text").withGenerated(dev.godwit.schema.model.Generated.of("substr(email,\n  instr(email, '@') + 1)",
                        dev.godwit.schema.model.Generated.Type.VIRTUAL))),
                null, List.of(IndexDef.onColumns("users_email_idx", List.of("email"), false, "email IS NOT NULL\n  AND email <> ''\n")), List.of(),
                List.of(new dev.godwit.schema.model.CheckDef("email_has_at", "instr(email, '@') > 0\n  AND length(email) > 3\n")), null);
        return new SchemaDef(List.of(t), List.of(new ViewDef("emails", "select id, email\nfrom users\nwhere email like '%@%'\n", false, null)));
    }

    /**
     * A red-team review wrote a view as a Java text block (its SELECT ends in a line end): db:generate wrote it, and mvn verify
     * failed right after ("differs: view ... its SELECT") while db:generate found no changes, with nothing a user could do; a CHECK
     * or an index's WHERE so written, the same. Their text is compared without the whitespace around it.
     */
    @Test
    void aDefinitionEndingInALineEndPassesRightAfterGenerate() {
        SchemaDef s = textBlocks();
        assertEquals(List.of(), Verifier.verify(s, generated(s)));
    }

    /**
     * The same folder checked out on Windows, where git (core.autocrlf) gives every line of the migration CRLF: the checksum
     * allows it, and the replay's multi-line view, CHECK and WHERE are the schema's with other line ends, not a hand edit.
     */
    @Test
    void aMigrationCheckedOutWithCrlfLineEndsPasses() throws Exception {
        SchemaDef s = textBlocks();
        MigrationsFolder folder = generated(s);
        Path sql = folder.sqlFile("0000_v0");
        Files.writeString(sql, Files.readString(sql).replace("\n", "\r\n"));
        assertEquals(List.of(), Verifier.verify(s, MigrationsFolder.at(dir.resolve("drizzle"))));
    }

    /**
     * A red-team review saved a generated migration with an editor that trims the line end after the last line (or, on a file
     * without one, an {@code .editorconfig} {@code insert_final_newline} adds it): SQLite runs it alike, but mvn verify failed
     * with "was edited after it was generated", where CRLF and a byte order mark pass. An edit, a comment too, still fails.
     */
    @Test
    void aMigrationSavedWithoutItsFinalLineEndPasses() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v2);
        Path sql = folder.sqlFile("0001_v1");
        String asGenerated = Files.readString(sql);
        String body = asGenerated.endsWith("\n") ? asGenerated.substring(0, asGenerated.length() - 1) : asGenerated;
        Files.writeString(sql, body);
        assertEquals(List.of(), Verifier.verify(v2, MigrationsFolder.at(dir.resolve("drizzle"))), "without a final line end");
        Files.writeString(sql, body + "\n");
        assertEquals(List.of(), Verifier.verify(v2, MigrationsFolder.at(dir.resolve("drizzle"))), "with one");
        Files.writeString(sql, "\uFEFF" + body.replace("\n", "\r\n") + "\r\n");
        assertEquals(List.of(), Verifier.verify(v2, MigrationsFolder.at(dir.resolve("drizzle"))), "Notepad: the mark, CRLF, a final line end");
        Files.writeString(sql, body + "\n-- reviewed\n");
        List<Finding> edited = Verifier.verify(v2, MigrationsFolder.at(dir.resolve("drizzle")));
        assertEquals(1, edited.size(), edited.toString());
        assertTrue(edited.get(0).message().startsWith("drizzle/0001_v1.sql was edited after it was generated."), edited.toString());
    }

    /**
     * A red-team review changed the "when" of a drizzle-kit folder's first migration (no checksum file) past that of the
     * migration db:generate wrote after it: verify blamed the generated one ("give it a larger when"), whose checksum file
     * records its "when" as it is, so doing so made its checksum stale too. Of two orders equally long, the entry edited is blamed.
     */
    @Test
    void anEntryWhoseWhenWasEditedIsBlamedNotTheGeneratedOneAfterIt() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v2);
        Files.delete(folder.sumFile("0000_v0"));   // drizzle-kit wrote it
        long v1When = folder.readJournal().entries().get(1).when();
        Path journal = folder.journalFile();
        String text = Files.readString(journal);
        long v0When = folder.readJournal().entries().get(0).when();
        Files.writeString(journal, text.replace(String.valueOf(v0When), String.valueOf(v1When + 500)));
        List<Finding> found = Verifier.verify(v2, MigrationsFolder.at(dir.resolve("drizzle")));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("journal entry 0000_v0 has \"when\" " + (v1When + 500) + ", not before 0001_v1 (" + v1When
                + "), which comes after it"), found.get(0).message());
    }

    /**
     * A red-team review edited the latest snapshot by hand in a folder begun by drizzle-kit (its first migration has no checksum
     * file): verify said "Run mvn db:generate" (which would write a rebuild for nothing) and "Restore edited migrations", where a
     * folder db:generate wrote throughout names the snapshot. The latest migration's checksum file records the snapshot written with
     * it, and the file is no longer that: it is named.
     */
    @Test
    void anEditedLatestSnapshotIsNamedThoughAnEarlierMigrationHasNoChecksumFile() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v2);
        Files.delete(folder.sumFile("0000_v0"));   // drizzle-kit wrote it
        Path snap = folder.schemaSnapshotFile("0001_v1");
        String json = Files.readString(snap);
        int at = json.lastIndexOf("\"notNull\": false");
        assertTrue(at > 0, json);
        Files.writeString(snap, json.substring(0, at) + "\"notNull\": true" + json.substring(at + "\"notNull\": false".length()));
        List<Finding> found = Verifier.verify(v2, MigrationsFolder.at(dir.resolve("drizzle")));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("drizzle/meta/0001_snapshot.json does not record what the migrations make"), found.get(0).message());
        assertTrue(found.get(0).message().contains("Restore it (git checkout -- drizzle/meta/0001_snapshot.json)"), found.get(0).message());
    }

    /**
     * db:repair stamps a migration without its checksum file (db:verify's warning names it), and the file may already be edited
     * since it ran elsewhere (the very edit the missing file left unchecked). The stamp must not read as "as db:generate wrote
     * it": db:apply on the database that ran the original then said the file was the generated one and the history held an
     * edit, to be recorded with db:repair (blessing the edit there), instead of "restore the file from version control".
     */
    @Test
    void aChecksumDbRepairStampsIsNotTakenForDbGeneratesOwn() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v2);
        Files.delete(folder.sumFile("0001_v1"));   // drizzle-kit's, or a lost one
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("prod.sqlite"))) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
        }
        Files.writeString(folder.sqlFile("0001_v1"), Files.readString(folder.sqlFile("0001_v1")) + "\nCREATE INDEX users_name ON users(name);\n");
        new dev.godwit.engine.repair.Repairer(EngineLog.SILENT).repairFolder(folder, dir.resolve("none.sqlite"),
                HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), new dev.godwit.engine.repair.RepairOptions(true, null));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("prod.sqlite"))) {
            dev.godwit.engine.migrate.MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("restore the file from version control"), e.getMessage());
            assertTrue(!e.getMessage().contains("as db:generate wrote them"), e.getMessage());
        }
    }

    /**
     * A red-team review's custom migration created the schema's view again with a column list, {@code CREATE VIEW emails (user_id,
     * mail) AS select id, email ...}: the model keeps the SELECT alone, so verify passed, and every query naming "email" failed on
     * the databases so migrated. A list that renames a column is a finding; one giving the SELECT's own names is not.
     */
    @Test
    void aViewsColumnListThatRenamesItsColumnsIsAFinding() throws Exception {
        SchemaDef s = new SchemaDef(users().tables(), List.of(new ViewDef("emails", "select id, email from users", false, null)));
        MigrationsFolder folder = generated(s);
        new Generator().generate(s, folder, GenerateOptions.batch().withName("relist").withCustom(true));
        Files.writeString(folder.sqlFile("0001_relist"), Generator.CUSTOM_SQL + "\nDROP VIEW `emails`;\n--> statement-breakpoint\n"
                + "CREATE VIEW `emails` (`user_id`, `mail`) AS select id, email from users;\n");
        List<Finding> found = Verifier.verify(s, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(found), found.toString());
        assertTrue(found.get(0).message().startsWith("view \"emails\", created in drizzle/0001_relist.sql, names its columns (\"user_id\", \"mail\")"
                + " where its SELECT, as the schema code declares it, names them (\"id\", \"email\")"), found.get(0).message());

        Files.writeString(folder.sqlFile("0001_relist"), Generator.CUSTOM_SQL + "\nDROP VIEW `emails`;\n--> statement-breakpoint\n"
                + "CREATE VIEW `emails` (`ID`, `email`) AS select id, email from users;\n");
        assertEquals(List.of(), Verifier.verify(s, MigrationsFolder.at(dir.resolve("drizzle"))));
    }

    /**
     * A red-team review changed the schema code and edited the latest snapshot to match, the SQL left alone: verify failed with
     * "Restore edited migrations from version control, or run mvn db:generate", but no migration was edited and db:generate (which
     * starts from that snapshot) found no changes. The finding now names the snapshot.
     */
    @Test
    void aSnapshotEditedToMatchTheSchemaCodeIsNamed() throws Exception {
        SchemaDef v1 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v1);
        SchemaDef v2 = users(ColumnDef.of("name", "text").withNotNull(true).withDefault(DefaultValue.string("")));
        Path snap = folder.schemaSnapshotFile("0001_v1");
        MigrationsFolder scratch = MigrationsFolder.at(dir.resolve("scratch"));
        new Generator().generate(v2, scratch, GenerateOptions.batch().withName("v"));
        // the snapshot's tables as v2 has them, its ids as they were
        String edited = Files.readString(snap);
        String want = Files.readString(scratch.schemaSnapshotFile("0000_v"));
        edited = edited.substring(0, edited.indexOf("\"tables\"")) + want.substring(want.indexOf("\"tables\""));
        Files.writeString(snap, edited);
        List<Finding> found = Verifier.verify(v2, MigrationsFolder.at(dir.resolve("drizzle")));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("(a snapshot was edited by hand"), found.get(0).message());
        assertTrue(found.get(0).message().contains("drizzle/meta/0001_snapshot.json records these changes as made"), found.get(0).message());
    }

    /**
     * A hurried edit of a generated migration's SQL, its checksum file written again to match (sha256sum): verify failed saying
     * "a snapshot was edited by hand", to be put back from git log -p of a snapshot nobody touched. It now names the other way
     * the same finding comes about, and where to look.
     */
    @Test
    void anEditedMigrationWhoseChecksumFileWasWrittenAgainIsNamedBesideTheSnapshot() throws Exception {
        SchemaDef v1 = users(ColumnDef.of("age", "integer"));
        MigrationsFolder folder = generated(users(), v1);
        Path sql = folder.sqlFile("0001_v1");
        Files.writeString(sql, Files.readString(sql).replace("`age` integer;", "`age` integer DEFAULT 0;"));
        Path sum = folder.sumFile("0001_v1");
        String was = Files.readString(sum);
        Files.writeString(sum, dev.godwit.engine.folder.Checksums.sha256Hex(Files.readString(sql)) + was.substring(was.indexOf(' ')));
        List<Finding> found = Verifier.verify(v1, MigrationsFolder.at(dir.resolve("drizzle")));
        assertEquals(1, found.size(), found.toString());
        String m = found.get(0).message();
        assertTrue(m.contains("(a snapshot was edited by hand, or a migration's SQL and its checksum file)"), m);
        assertTrue(m.contains("a migration's SQL was edited and its checksum file in drizzle/meta/_sums/ written again to match by hand"), m);
        assertTrue(m.contains("git log -p -- drizzle names it"), m);
        assertTrue(m.contains("Every migration matches its checksum file, and drizzle/meta/0001_snapshot.json records"), m);
    }

    /**
     * A red-team review deleted a generated migration's checksum file and edited the migration: verify passed without a word.
     * A migration without one after migrations that have one is now said (a custom one, db:generate's template first, is not).
     */
    @Test
    void aGeneratedMigrationWithoutItsChecksumFileIsSaid() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v2);
        new Generator().generate(v2, folder, GenerateOptions.batch().withName("fix").withCustom(true));
        java.nio.file.Files.writeString(folder.sqlFile("0002_fix"), Generator.CUSTOM_SQL + "\nUPDATE users SET name = lower(name);\n");
        java.nio.file.Files.delete(folder.sumFile("0001_v1"));
        Verifier.Verification v = Verifier.check(v2, folder);
        assertEquals(List.of(), v.findings());
        assertEquals(List.of("drizzle/0001_v1.sql has no checksum file (drizzle/meta/_sums/0001_v1.sha256), though db:generate wrote one for the"
                + " migrations before it, so an edit of it goes unchecked. If db:generate wrote it, the file was lost (not committed, or deleted):"
                + " restore it from git; one drizzle-kit or a person wrote has none: mvn db:repair -Dlocal writes it, and an edit is checked from"
                + " then on. A custom migration (db:generate -Ddb.custom), yours to edit until it is applied, is told by its first line, -- Custom"
                + " SQL migration file, put your code below! --: where that line was replaced, put it back above your SQL instead"), v.warnings());
        // db:repair writes it (it warned at every run, with nothing to silence it), and an edit is found from then on
        new dev.godwit.engine.repair.Repairer(dev.godwit.engine.EngineLog.SILENT).repairFolder(folder, dir.resolve("none.sqlite"),
                dev.godwit.engine.migrate.HistoryTable.forName(dev.godwit.engine.migrate.HistoryTable.DRIZZLE_DEFAULT),
                new dev.godwit.engine.repair.RepairOptions(true, null));
        assertEquals(List.of(), Verifier.check(v2, folder).warnings());
        java.nio.file.Files.writeString(folder.sqlFile("0001_v1"), java.nio.file.Files.readString(folder.sqlFile("0001_v1")) + "\nDELETE FROM users;\n");
        assertTrue(Verifier.check(v2, folder).findings().stream().anyMatch(f -> f.kind() == Finding.Kind.EDITED), "the edit is found");
    }

    /**
     * A red-team review rebuilt a table in a custom migration with PRIMARY KEY ON CONFLICT REPLACE (or STRICT): the schema model
     * has no place for either, and verify passed without a word. Now a warning names the table, the clause and the migration.
     */
    @Test
    void aClauseTheSchemaCannotDeclareIsWarnedAbout() throws Exception {
        SchemaDef v1 = users();
        MigrationsFolder folder = generated(v1);
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("replace").withCustom(true));
        java.nio.file.Files.writeString(folder.sqlFile("0001_replace"), Generator.CUSTOM_SQL + "\nCREATE TABLE `__new_users` (`id` integer PRIMARY KEY ON"
                + " CONFLICT REPLACE, `email` text NOT NULL);--> statement-breakpoint\nINSERT INTO `__new_users` (`id`, `email`) SELECT `id`, `email` FROM"
                + " `users`;--> statement-breakpoint\nDROP TABLE `users`;--> statement-breakpoint\nALTER TABLE `__new_users` RENAME TO `users`;"
                + "--> statement-breakpoint\nCREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);\n");
        Verifier.Verification v = Verifier.check(v1, folder);
        assertEquals(List.of(), v.findings());
        assertEquals(List.of("table \"users\" has column \"id\" PRIMARY KEY ON CONFLICT REPLACE (made by drizzle/0001_replace.sql), which the schema code has no place"
                + " for: db:verify cannot compare it with the schema, and a rebuild db:generate writes for the table creates it without that (db:apply's"
                + " pre-flight says so then); ON CONFLICT REPLACE deletes the row an INSERT or UPDATE meets on that key, and its ON DELETE CASCADE"
                + " children's rows with it"), v.warnings());
    }

    /**
     * A hand-edited snapshot: verify said "run mvn db:generate", which would write a migration for differences that are not
     * there. Where db:generate wrote every migration as it is and their SQL gives the schema code's schema, the snapshot is named.
     */
    @Test
    void anEditedSnapshotIsNamedNotSentToDbGenerate() throws Exception {
        SchemaDef v1 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v1);
        java.nio.file.Path snap = folder.snapshotFile("0001_v1");
        java.nio.file.Files.writeString(snap, java.nio.file.Files.readString(snap).replace("\"name\": \"name\"", "\"name\": \"nickname\""));
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().startsWith("drizzle/meta/0001_snapshot.json does not record what the migrations make: their SQL, replayed, gives"
                + " exactly what the schema code declares, and the snapshot says otherwise:"), f.get(0).message());
        assertTrue(f.get(0).message().endsWith("The snapshot was edited by hand. Restore it (git checkout -- drizzle/meta/0001_snapshot.json);"
                + " db:generate would write a migration for differences that are not there"), f.get(0).message());
    }

    /**
     * An older snapshot edited by hand (meta/0001_snapshot.json while 0002 is the latest): db:verify compared the latest snapshot
     * only, and passed (round 50's note). A snapshot db:generate wrote with a migration it wrote as it is records what the SQL up to
     * it makes; where it does not, it is named, with the way back.
     */
    @Test
    void anEditedOlderSnapshotIsNamed() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"), ColumnDef.of("age", "integer"));
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")), v2);
        assertEquals(List.of(), Verifier.verify(v2, folder));
        java.nio.file.Path snap = folder.snapshotFile("0001_v1");
        java.nio.file.Files.writeString(snap, java.nio.file.Files.readString(snap).replace("\"name\": \"name\"", "\"name\": \"nickname\""));
        List<Finding> f = Verifier.verify(v2, folder);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Kind.FOLDER, f.get(0).kind());
        assertTrue(f.get(0).message().startsWith("drizzle/meta/0001_snapshot.json does not record what the migrations up to drizzle/0001_v1.sql make"),
                f.get(0).message());
        assertTrue(f.get(0).message().contains("Restore it (git checkout -- drizzle/meta/0001_snapshot.json;"), f.get(0).message());
    }

    /** The folder's checksum files without db:generate's snapshot records (as an earlier Godwit wrote them): every older snapshot compared. */
    private static void withoutSnapshotRecords(MigrationsFolder folder) throws java.io.IOException {
        for (Migration m : folder.migrations()) {
            Path sum = folder.sumFile(m.tag());
            if (!Files.exists(sum)) continue;
            Files.writeString(sum, Files.readString(sum).replaceAll(" (snapshot|from)=[0-9a-z]+", ""));
        }
    }

    /**
     * An older snapshot edited by hand is compared with the replay though its checksum file records the snapshot db:generate wrote
     * (which spares that comparison while the snapshot is as written): the record no longer matches, and the findings are those of the
     * full comparison. A folder without the records (an earlier Godwit's) is compared in full, as before.
     */
    @Test
    void anEditedOlderSnapshotIsComparedThoughItsChecksumFileRecordsTheSnapshot() throws Exception {
        SchemaDef v3 = users(ColumnDef.of("name", "text"), ColumnDef.of("age", "integer"), ColumnDef.of("city", "text"));
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")), users(ColumnDef.of("name", "text"), ColumnDef.of("age", "integer")), v3);
        assertTrue(List.of(folder.sumFields(folder.sumFile("0001_v1"))).stream().anyMatch(f -> f.startsWith(MigrationsFolder.SNAPSHOT)),
                Files.readString(folder.sumFile("0001_v1")));
        assertEquals(List.of(), Verifier.verify(v3, folder));
        Path snap = folder.snapshotFile("0001_v1");
        Files.writeString(snap, Files.readString(snap).replace("\"name\": \"name\"", "\"name\": \"nickname\""));
        List<Finding> f = Verifier.verify(v3, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().startsWith("drizzle/meta/0001_snapshot.json does not record what the migrations up to drizzle/0001_v1.sql make"),
                f.get(0).message());
        withoutSnapshotRecords(folder);
        assertEquals(f, Verifier.verify(v3, folder));
    }

    /**
     * A snapshot as db:generate wrote it, with SQL diffed from an older snapshot that was edited then and put back since (edit the
     * latest, db:generate, git checkout): its own record holds, but the SQL does not make it. Its record names the snapshot it was
     * diffed from, which is not the one there now, so it is compared, and named as the full comparison names it.
     */
    @Test
    void aSnapshotDiffedFromAnEditedOneSincePutBackIsCompared() throws Exception {
        SchemaDef v1 = users(ColumnDef.of("name", "text"));
        SchemaDef v2 = users(ColumnDef.of("name", "text"), ColumnDef.of("age", "integer"), ColumnDef.of("city", "text"));
        SchemaDef v3 = users(ColumnDef.of("name", "text"), ColumnDef.of("age", "integer"), ColumnDef.of("city", "text"), ColumnDef.of("zip", "text"));
        MigrationsFolder folder = generated(users(), v1);
        Path snap = folder.snapshotFile("0001_v1");
        String asGenerated = Files.readString(snap);
        // the edit: the snapshot says "age" is there already, so db:generate writes only "city"
        Files.writeString(snap, Files.readString(snap).replace("\"name\": {", "\"age\": {\"name\": \"age\", \"type\": \"integer\", \"primaryKey\": false,"
                + " \"notNull\": false, \"autoincrement\": false}, \"name\": {"));
        new Generator().generate(v2, folder, GenerateOptions.batch().withName("v2"));
        assertTrue(!Files.readString(folder.sqlFile("0002_v2")).contains("`age`"), Files.readString(folder.sqlFile("0002_v2")));
        Files.writeString(snap, asGenerated);   // put back
        new Generator().generate(v3, folder, GenerateOptions.batch().withName("v3"));
        List<Finding> f = Verifier.verify(v3, folder);
        assertTrue(f.stream().anyMatch(x -> x.kind() == Finding.Kind.FOLDER
                && x.message().startsWith("drizzle/meta/0002_snapshot.json does not record what the migrations up to drizzle/0002_v2.sql make")), f.toString());
        List<Finding> full = new ArrayList<>(f);
        withoutSnapshotRecords(folder);
        assertEquals(full, Verifier.verify(v3, folder));
    }

    /**
     * What the records vouch for: a snapshot edited with its checksum file written again to match by hand is taken at its word (as
     * a migration's SQL with its checksum written again by sha256sum is), so no file but git tells it; the full comparison names it.
     */
    @Test
    void anOlderSnapshotEditedWithItsRecordWrittenAgainByHandIsNotCompared() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"), ColumnDef.of("age", "integer"));
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")), v2);
        Path snap = folder.snapshotFile("0001_v1");
        String old = MigrationsFolder.snapshotSumOf(snap);
        Files.writeString(snap, Files.readString(snap).replace("\"name\": \"name\"", "\"name\": \"nickname\""));
        String now = MigrationsFolder.snapshotSumOf(snap);
        for (String tag : List.of("0001_v1", "0002_v2")) Files.writeString(folder.sumFile(tag), Files.readString(folder.sumFile(tag)).replace(old, now));
        assertEquals(List.of(), Verifier.verify(v2, folder));
        withoutSnapshotRecords(folder);
        assertEquals(1, Verifier.verify(v2, folder).size());
    }

    /** A snapshot's record holds through a Windows checkout (CRLF line ends) and a byte order mark, as the SQL's checksum does. */
    @Test
    void aSnapshotsRecordIgnoresLineEndsAndAByteOrderMark() throws Exception {
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")));
        Path snap = folder.snapshotFile("0001_v1");
        String sum = MigrationsFolder.snapshotSumOf(snap);
        assertEquals(folder.recordedSnapshot(folder.migrations().get(1).entry())[0], sum);
        Files.writeString(snap, "\uFEFF" + Files.readString(snap).replace("\n", "\r\n"));
        assertEquals(sum, MigrationsFolder.snapshotSumOf(snap));
        assertEquals(folder.recordedSnapshot(folder.migrations().get(1).entry())[1], MigrationsFolder.snapshotSumOf(folder.snapshotFile("0000_v0")));
    }

    @Test
    void defaultsWrittenOtherThanSqliteReadsThemBackPass() {
        // +5 reads back as 5, 1.5e3 as a REAL, and a literal holding drizzle's separator is written as two concatenated strings
        SchemaDef v = users(ColumnDef.of("plus", "integer").withDefault(DefaultValue.sql("+5")),
                ColumnDef.of("exp", "text").withDefault(DefaultValue.sql("1.5e3")),
                ColumnDef.of("point", "text").withDefault(DefaultValue.sql("2.0")),
                ColumnDef.of("marker", "text").withDefault(DefaultValue.string("x--> statement-breakpoint")));
        assertEquals(List.of(), Verifier.verify(v, generated(v)));
    }

    @Test
    void aForeignKeyAddedToAColumnWithValuesIsAPreconditionNotAFailure() {
        TableDef teams = new TableDef("teams", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
        List<ColumnDef> cols = List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("team_id", "integer"));
        SchemaDef v0 = new SchemaDef(List.of(teams, new TableDef("players", cols, null, List.of(), List.of(), List.of(), null)), List.of());
        SchemaDef v1 = new SchemaDef(List.of(teams, new TableDef("players", cols, null, List.of(), List.of(new dev.godwit.schema.model.ForeignKeyDef(
                "players_team_fk", "players", List.of("team_id"), "teams", List.of("id"), dev.godwit.schema.model.FkAction.RESTRICT,
                dev.godwit.schema.model.FkAction.NO_ACTION)), List.of(), null)), List.of());
        Verifier.Verification v = Verifier.check(v1, generated(v0, v1));
        assertEquals(List.of(), v.findings());
    }

    @Test
    void columnsRenamedInAChainAreComparedUnderTheirNewNames() {
        // b (a reference to p) becomes c while a takes the name b: the rows' references are where they were, under c
        TableDef p = new TableDef("p", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
        SchemaDef v0 = new SchemaDef(List.of(p, new TableDef("t", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("a", "text"),
                ColumnDef.of("b", "integer")), null, List.of(), List.of(new dev.godwit.schema.model.ForeignKeyDef("t_b_fk", "t", List.of("b"), "p",
                List.of("id"), dev.godwit.schema.model.FkAction.SET_NULL, dev.godwit.schema.model.FkAction.NO_ACTION)), List.of(), null)), List.of());
        SchemaDef v1 = new SchemaDef(List.of(p, new TableDef("t", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("b", "text").withRenamedFrom("a"), ColumnDef.of("c", "integer").withRenamedFrom("b")), null, List.of(),
                List.of(new dev.godwit.schema.model.ForeignKeyDef("t_b_fk", "t", List.of("c"), "p", List.of("id"), dev.godwit.schema.model.FkAction.SET_NULL,
                        dev.godwit.schema.model.FkAction.NO_ACTION)), List.of(), null)), List.of());
        assertEquals(List.of(), Verifier.verify(v1, generated(v0, v1)));
    }

    @Test
    void aTableDroppedWhileANewOneTakesItsNameInOtherCaseIsNoLoss() {
        // "Things" goes (its rows with it, as with any dropped table) and a new "things" is created: SQLite sees one name
        TableDef old = new TableDef("Things", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("a", "text")),
                null, List.of(), List.of(), List.of(), null);
        TableDef now = new TableDef("things", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("b", "integer")),
                null, List.of(), List.of(), List.of(), null);
        SchemaDef v1 = new SchemaDef(List.of(now), List.of());
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(old), List.of()), folder, GenerateOptions.batch().withName("v0"));
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("v1").withAcceptDataLoss(true).withNotRenames(java.util.Set.of("things")));
        assertEquals(List.of(), Verifier.verify(v1, folder));
    }

    @Test
    void schemaChangeShowsTheSqlAndTheCommand() {
        MigrationsFolder folder = generated(users());
        List<Finding> f = Verifier.verify(users(ColumnDef.of("name", "text")), folder);
        assertEquals(List.of(Finding.Kind.SCHEMA_CHANGED), kinds(f));
        String msg = f.get(0).message();
        assertEquals("the schema has changes that no migration holds:\n    - add column \"users\".\"name\"\n  db:generate would write:\n"
                + "    ALTER TABLE `users` ADD `name` text;\n  Run mvn db:generate and commit the new migration.", msg);
    }

    /**
     * A hand-written UPDATE that breaks a constraint the table already had fails on any database holding rows; the replay
     * still passes it (on empty tables) but says so, where it used to say nothing. A rebuild's copy into the table it
     * creates stays a precondition on the data, without a warning.
     */
    @Test
    void aWriteThatFailsOnGeneratedRowsIsAWarning() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("same").withCustom(true));
        Path custom = folder.sqlFile("0001_same");
        Files.writeString(custom, Files.readString(custom) + "\nUPDATE users SET email = 'same@example.com';\n");
        Verifier.Verification v = Verifier.check(users(), folder);
        assertEquals(List.of(), v.findings());
        assertEquals(1, v.warnings().size(), v.warnings().toString());
        assertTrue(v.warnings().get(0).startsWith("replaying 0001_same.sql on tables holding generated rows fails at statement 1:\n"), v.warnings().get(0));
        assertTrue(v.warnings().get(0).contains("UPDATE users SET email = 'same@example.com';\n  SQLite says: "), v.warnings().get(0));
        assertTrue(v.warnings().get(0).contains("UNIQUE constraint failed: users.email"), v.warnings().get(0));
    }

    /**
     * A trigger that RAISEs on rows the team's data never has (a name without a capital) fired on the generated rows ("gen-1")
     * during a hand-written backfill, and the replay failed the build as if the migration were broken. Like a CHECK the
     * generated rows break, it is replayed on empty tables and warned about, with the trigger's message.
     */
    @Test
    void aTriggerRaisingOnGeneratedRowsIsAWarningNotAFailure() throws Exception {
        MigrationsFolder folder = generated(users(ColumnDef.of("name", "text")));
        new Generator().generate(users(ColumnDef.of("name", "text")), folder, GenerateOptions.batch().withName("guard").withCustom(true));
        Files.writeString(folder.sqlFile("0001_guard"), "CREATE TRIGGER users_name_guard BEFORE UPDATE OF name ON users WHEN NEW.name NOT GLOB '[A-Z]*'"
                + " BEGIN SELECT RAISE(ABORT, 'name must start with a capital'); END;\n");
        new Generator().generate(users(ColumnDef.of("name", "text")), folder, GenerateOptions.batch().withName("backfill").withCustom(true));
        Path backfill = folder.sqlFile("0002_backfill");
        Files.writeString(backfill, Files.readString(backfill) + "\nUPDATE users SET name = trim(name);\n");
        Verifier.Verification v = Verifier.check(users(ColumnDef.of("name", "text")), folder);
        assertEquals(List.of(), v.findings());
        assertEquals(1, v.warnings().size(), v.warnings().toString());
        assertTrue(v.warnings().get(0).startsWith("replaying 0002_backfill.sql on tables holding generated rows fails at statement 1:"), v.warnings().get(0));
        assertTrue(v.warnings().get(0).contains("(name must start with a capital)"), v.warnings().get(0));

        Files.writeString(backfill, Files.readString(backfill) + "--> statement-breakpoint\nUPDATE nope SET x = 1;\n");
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(Verifier.verify(users(ColumnDef.of("name", "text")), folder)), "a real failure still fails");
    }

    /**
     * A drizzle-kit rebuild of a parent whose CHECK wants JSON empties its ON DELETE CASCADE children on D1. The replay's rows
     * never met json_valid, so the parent and its children stayed empty and the build passed with a warning.
     */
    @Test
    void aCascadingRebuildOfATableWithAJsonCheckIsFound() throws Exception {
        SchemaDef docs = dev.godwit.engine.yaml.YamlSchemaReader.read("""
                tables:
                  - name: docs
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: body, type: text, mode: json, notNull: true}
                    checks: [{name: body_json, expression: "json_valid(body) AND json_type(body) = 'object'"}]
                  - name: doc_refs
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: doc_id, type: integer, notNull: true}
                    foreignKeys: [{columns: [doc_id], references: {table: docs, columns: [id]}, onDelete: cascade}]
                """, "schema.yaml");
        MigrationsFolder folder = generated(docs);
        new Generator().generate(docs, folder, GenerateOptions.batch().withName("rebuild").withCustom(true));
        Files.writeString(folder.sqlFile("0001_rebuild"), "PRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
                + "CREATE TABLE `__new_docs` (`id` integer PRIMARY KEY, `body` text NOT NULL, CONSTRAINT \"body_json\" CHECK(json_valid(body) AND"
                + " json_type(body) = 'object'));--> statement-breakpoint\nINSERT INTO `__new_docs`(`id`, `body`) SELECT `id`, `body` FROM `docs`;"
                + "--> statement-breakpoint\nDROP TABLE `docs`;--> statement-breakpoint\nALTER TABLE `__new_docs` RENAME TO `docs`;"
                + "--> statement-breakpoint\nPRAGMA foreign_keys=ON;");
        Verifier.Verification v = Verifier.check(docs, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(v.findings()), v.warnings().toString());
        assertTrue(v.findings().get(0).message().contains("\n    - \"doc_refs\": 3 of 3 rows deleted, through 0001_rebuild.sql statement 4: DROP TABLE"
                + " `docs`;"), v.findings().get(0).message());
        assertEquals(List.of(), v.warnings());
    }

    static SchemaDef shop(String customerExtra, String orderExtra) {
        return dev.godwit.engine.yaml.YamlSchemaReader.read("tables:\n"
                + "  - name: customers\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text, notNull: true}\n"
                + customerExtra
                + "  - name: orders\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: customer_id, type: integer, notNull: true}\n"
                + "      - {name: status, type: text, notNull: true}\n" + orderExtra
                + "    foreignKeys: [{columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: cascade}]\n", "schema.yaml");
    }

    /**
     * The replay tops every table up to its generated rows before each migration that can remove rows, and that fires INSERT
     * triggers: after a migration removed a ban, topping bans up again ran bans_end_sessions, which emptied sessions, so a later
     * migration deleting every session was said to remove nothing. A table a trigger emptied while the others were filled is
     * filled again.
     */
    @Test
    void rowsATriggerDeletedWhileTheReplayWasFilledAreGeneratedAgainAndTheirLossIsFound() throws Exception {
        SchemaDef schema = dev.godwit.engine.yaml.YamlSchemaReader.read("""
                tables:
                  - name: sessions
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text, notNull: true}
                  - name: bans
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: address, type: text, notNull: true}
                """, "schema.yaml");
        MigrationsFolder folder = generated(schema);
        custom(folder, schema, "bans_end_sessions", "CREATE TRIGGER bans_end_sessions AFTER INSERT ON bans BEGIN DELETE FROM sessions; END;");
        custom(folder, schema, "unban", "-- godwit:accept-data-loss bans\nDELETE FROM bans WHERE id = (SELECT min(id) FROM bans);");
        custom(folder, schema, "logout", "DELETE FROM sessions;");
        Verifier.Verification v = Verifier.check(schema, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(v.findings()), v.warnings().toString());
        assertTrue(v.findings().get(0).message().contains("\"sessions\": 3 of 3 rows deleted, through 0003_logout.sql statement 1"),
                v.findings().get(0).message());
    }

    /**
     * A view made in a custom migration, which the schema does not declare, was reported as "unexpected view" with the advice to
     * restore edited migrations or run db:generate, neither of which helps. The finding says to declare it as an existing view,
     * and with that declaration db:verify passes.
     */
    @Test
    void aViewACustomMigrationMakesIsToBeDeclaredAsExistingAndThenPasses() throws Exception {
        String tables = "tables:\n  - name: posts\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: title, type: text}\n";
        SchemaDef plain = dev.godwit.engine.yaml.YamlSchemaReader.read(tables, "s.yaml");
        MigrationsFolder folder = generated(plain);
        custom(folder, plain, "recent", "CREATE VIEW recent AS SELECT id, title FROM posts WHERE id > 1;");
        List<Finding> f = Verifier.verify(plain, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        // no edit to restore, nothing db:generate adds: the two ways that do help, written out for this view
        assertEquals("replaying the 2 migrations on an empty database does not give the schema the schema code declares (a migration creates a"
                + " view the schema does not declare):\n"
                + "    unexpected view: \"recent\"\n"
                + "  Declare it as an existing view, which leaves its definition to the migration that creates it (db:generate then keeps it"
                + " around rebuilds, db:verify takes it as the migrations make it):\n"
                + "    YAML, under views:  - {name: recent, existing: true}\n"
                + "    Java:  public final class Recent extends View { public static final Recent RECENT = new Recent(); private Recent() {"
                + " super(\"recent\"); } }\n"
                + "  or drop it in a custom migration (mvn db:generate -Ddb.custom) holding:\n"
                + "    DROP VIEW \"recent\";", f.get(0).message());

        SchemaDef declared = dev.godwit.engine.yaml.YamlSchemaReader.read(tables + "views:\n  - {name: recent, existing: true}\n", "s.yaml");
        new Generator().generate(declared, folder, GenerateOptions.batch().withName("declare"));
        assertEquals(List.of(), Verifier.verify(declared, folder));
    }

    /**
     * db:verify's way on for a view a custom migration makes, followed: declared {@code existing: true}, db:verify passed, and
     * db:generate found nothing to write (the latest snapshot stays without the view). db:verify -Ddb.drift on a database the
     * migrations were applied to then failed on {@code unexpected view: "recent"}, "Undo the manual change, or make it part of the
     * schema code", which it was; and the same view redefined or dropped by hand passed, as an existing view's definition was
     * not compared at all. Such a view is compared with the one the migrations make, as a trigger is.
     */
    @Test
    void driftComparesAnExistingViewWithTheOneTheMigrationsMake() throws Exception {
        String tables = "tables:\n  - name: posts\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: title, type: text}\n";
        SchemaDef plain = dev.godwit.engine.yaml.YamlSchemaReader.read(tables, "s.yaml");
        MigrationsFolder folder = generated(plain);
        custom(folder, plain, "recent", "CREATE VIEW recent AS SELECT id, title FROM posts WHERE id > 1;");
        SchemaDef declared = dev.godwit.engine.yaml.YamlSchemaReader.read(tables + "views:\n  - {name: recent, existing: true}\n", "s.yaml");
        new Generator().generate(declared, folder, GenerateOptions.batch().withName("declare"));
        assertEquals(2, folder.migrations().size());   // nothing written: the latest snapshot records no view
        Verifier.Verification v = Verifier.check(() -> declared, folder);
        assertEquals(List.of(), v.findings());
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(v.migrations(), new ApplyOptions(false, false, 1));
            assertEquals(List.of(), Verifier.drift(db, history, v.migrations(), v.recorded()));

            db.runAtomically(List.of("DROP VIEW recent", "CREATE VIEW recent AS SELECT id FROM posts"), false);
            List<Finding> changed = Verifier.drift(db, history, v.migrations(), v.recorded());
            assertEquals(1, changed.size(), changed.toString());
            assertTrue(changed.get(0).message().contains("was changed outside the migrations:\n    differs: view \"recent\": its SELECT is not the one"
                    + " the migrations create (here: SELECT id FROM posts)\n"), changed.get(0).message());

            db.runAtomically(List.of("DROP VIEW recent"), false);
            List<Finding> gone = Verifier.drift(db, history, v.migrations(), v.recorded());
            assertEquals(1, gone.size(), gone.toString());
            assertTrue(gone.get(0).message().contains("was changed outside the migrations:\n    view missing: \"recent\" (the migrations create it)\n"),
                    gone.get(0).message());
        }
    }

    /** The same on D1 (its stand-in): the view as the migrations made it is no drift, one redefined by hand is. */
    @Test
    void driftComparesAnExistingViewOnD1WithTheOneTheMigrationsMake() throws Exception {
        String tables = "tables:\n  - name: posts\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: title, type: text}\n";
        SchemaDef plain = dev.godwit.engine.yaml.YamlSchemaReader.read(tables, "s.yaml");
        MigrationsFolder folder = generated(plain);
        custom(folder, plain, "recent", "CREATE VIEW recent AS SELECT id, title FROM posts WHERE id > 1;");
        SchemaDef declared = dev.godwit.engine.yaml.YamlSchemaReader.read(tables + "views:\n  - {name: recent, existing: true}\n", "s.yaml");
        Verifier.Verification v = Verifier.check(() -> declared, folder);
        assertEquals(List.of(), v.findings());
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", "tok");
             dev.godwit.engine.d1.D1Database d1 = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings("acct", "db", "tok", standIn.endpoint()))) {
            new Migrator(d1, history, EngineLog.SILENT).apply(v.migrations(), new ApplyOptions(false, false, 1));
            assertEquals(List.of(), Verifier.drift(d1, history, v.migrations(), v.recorded()));
            d1.runAtomically(List.of("DROP VIEW recent", "CREATE VIEW recent AS SELECT id FROM posts"), false);
            List<Finding> changed = Verifier.drift(d1, history, v.migrations(), v.recorded());
            assertEquals(1, changed.size(), changed.toString());
            assertTrue(changed.get(0).message().contains("\n    differs: view \"recent\": its SELECT is not the one the migrations create (here: SELECT id"
                    + " FROM posts)\n"), changed.get(0).message());
        }
    }

    /**
     * The rebuild as drizzle-kit (or Godwit before it kept triggers, KeptTriggersTest) wrote it: without the CREATE TRIGGER
     * statements at its end, and without Godwit's checksum.
     */
    private static void asDrizzleKitWroteIt(MigrationsFolder folder, String tag) throws Exception {
        Path file = folder.sqlFile(tag);
        String sql = Files.readString(file);
        int kept = sql.indexOf("--> statement-breakpoint\nCREATE TRIGGER");
        assertTrue(kept > 0, sql);
        Files.writeString(file, sql.substring(0, kept));
        Files.deleteIfExists(folder.sumFile(tag));
    }

    /**
     * drizzle-kit 0.31 adds a column with a default SQLite cannot add to a table holding rows ({@code DEFAULT (lower('ABC'))},
     * {@code CURRENT_TIMESTAMP}): the migration fails on every database whose table has a row (oracle case d6_sql_default_exprs,
     * AppliedDrizzleKitCasesTest). The replay gave tables no rows before a migration that only adds, so db:verify passed it.
     */
    @Test
    void anAddedColumnSqliteRefusesOnATableHoldingRowsIsAFinding() throws Exception {
        MigrationsFolder folder = drizzleKitsFirstTwoSteps("d6_sql_default_exprs");
        SchemaDef step1 = folder.readSnapshot(folder.snapshotFile("0001_step1")).schema();

        List<Finding> findings = Verifier.verify(step1, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(findings), findings.toString());
        String m = findings.get(0).message();
        assertTrue(m.contains("fails in drizzle/0001_step1.sql at statement 1:\n    ALTER TABLE `u` ADD `a0` numeric DEFAULT (lower('ABC'));"), m);
        assertTrue(m.contains("Cannot add a column with non-constant default"), m);
    }

    /**
     * drizzle-kit 0.31's rebuild of `select` (oracle case e_reserved_words_everywhere) copies "having" from a table that has no
     * such column, so SQLite fills it with the text 'having', and then creates a UNIQUE index on it. On the replay's generated
     * rows, all 'having' now, the index fails: the replay ran the migration again on empty tables, as for a constraint the
     * data must meet, and passed it. db:apply's pre-flight refused it on real rows (AppliedDrizzleKitCasesTest).
     */
    @Test
    void aColumnFilledWithItsOwnNameIsFoundWhenALaterStatementOfTheMigrationFailsOnTheGeneratedRows() throws Exception {
        MigrationsFolder folder = drizzleKitsFirstTwoSteps("e_reserved_words_everywhere");
        List<Finding> findings = Verifier.verify(folder.readSnapshot(folder.snapshotFile("0001_step1")).schema(), folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(findings), findings.toString());
        String m = findings.get(0).message();
        assertTrue(m.startsWith("replaying drizzle/0001_step1.sql on tables holding generated rows (as D1 runs it) removes or rewrites rows"), m);
        assertTrue(m.contains("\n    - \"select\".\"having\": 3 of 3 rows filled with the text 'having', the column's own name"), m);
        assertTrue(m.contains("through 0001_step1.sql statement 9: INSERT INTO `__new_select`"), m);
    }

    /** drizzle-kit's own folder of an oracle case (drizzle-kit-cases/), its first two steps. */
    private MigrationsFolder drizzleKitsFirstTwoSteps(String oracleCase) throws Exception {
        Path theirs = Path.of("src/test/resources/drizzle-kit-cases/" + oracleCase + "/drizzle");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Files.createDirectories(folder.metaDir());
        for (String tag : List.of("0000_step0", "0001_step1")) {
            Files.copy(theirs.resolve(tag + ".sql"), folder.sqlFile(tag));
            Files.copy(theirs.resolve("meta").resolve(tag.substring(0, 4) + "_snapshot.json"), folder.snapshotFile(tag));
        }
        dev.godwit.engine.folder.Journal journal = MigrationsFolder.at(theirs).readJournal();
        Files.writeString(folder.journalFile(), new dev.godwit.engine.folder.Journal(journal.entries().subList(0, 2)).toJsonText());
        return folder;
    }

    private void custom(MigrationsFolder folder, SchemaDef schema, String name, String sql) throws Exception {
        new Generator().generate(schema, folder, GenerateOptions.batch().withName(name).withCustom(true));
        Path file = folder.migrations().get(folder.migrations().size() - 1).file();
        Files.writeString(file, Files.readString(file) + "\n" + sql + "\n");
    }

    /**
     * In a project whose history is wrangler's (d1_migrations), db:apply reads each file as wrangler runs it, where a
     * {@code --> statement-breakpoint} inside a string is text; db:verify's replay cut the file there as drizzle's migrators
     * do and failed the folder the apply takes as it is (and, the other way, would replay statements the apply never runs).
     */
    @Test
    void aWranglerHistoryProjectsMigrationsAreReplayedAsWranglerRunsThem() throws Exception {
        SchemaDef v1 = users(ColumnDef.of("note", "text"));
        MigrationsFolder folder = generated(v1);
        custom(folder, v1, "seed", "INSERT INTO users (email, note) VALUES ('a@x', 'cut --> statement-breakpoint here');");
        var wrangler = new dev.godwit.engine.target.ProjectSettings.History("d1_migrations", true, "wrangler.toml");
        Verifier.Verification asWrangler = Verifier.check(() -> v1, folder, false, wrangler);
        assertEquals(List.of(), asWrangler.findings());
        assertTrue(asWrangler.migrations().stream().allMatch(Migration::readAsWrangler));

        Verifier.Verification asDrizzle = Verifier.check(() -> v1, folder, false, null);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(asDrizzle.findings()), asDrizzle.findings().toString());
        assertTrue(asDrizzle.findings().get(0).message().contains("0001_seed.sql"), asDrizzle.findings().toString());
    }

    /**
     * A hand-written trigger on a table that a later generated migration rebuilds is dropped with the table: the audit row,
     * guard or timestamp it wrote silently stops. db:verify passed (only db:apply's pre-flight saw it, at deploy time). It is a
     * finding until a later migration creates the trigger again, or drops it by name.
     */
    @Test
    void aTriggerARebuildDropsIsAFindingUntilAMigrationCreatesItAgainOrDropsIt() throws Exception {
        SchemaDef v0 = shop("", "      - {name: note, type: text}\n");
        SchemaDef v1 = shop("", "      - {name: note, type: text, notNull: true, default: none}\n");
        MigrationsFolder folder = generated(v0);
        String trigger = "CREATE TRIGGER orders_touch AFTER UPDATE OF status ON orders BEGIN UPDATE customers SET name = name WHERE id = NEW.customer_id; END";
        custom(folder, v0, "touch", trigger + ";");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("note").withAcceptDataLoss(true));   // note made NOT NULL
        asDrizzleKitWroteIt(folder, "0002_note");
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertEquals("after drizzle/0002_note.sql, trigger \"orders_touch\" on \"orders\" is gone and no later migration creates it again: the migration"
                + " drops the table (a rebuild's DROP TABLE drops its triggers) without DROP TRIGGER, so what the trigger did (an audit row, a guard,"
                + " a timestamp) silently stops. Create it again after the rebuild, in a custom migration (mvn db:generate -Ddb.custom) holding:\n    "
                + trigger + ";\n  or, if it is meant to go, say so there: DROP TRIGGER IF EXISTS \"orders_touch\";", f.get(0).message());

        custom(folder, v1, "touch_again", trigger + ";");
        assertEquals(List.of(), Verifier.verify(v1, folder));
        Files.writeString(folder.sqlFile("0003_touch_again"), "DROP TRIGGER IF EXISTS orders_touch;\n");
        assertEquals(List.of(), Verifier.verify(v1, folder));
    }

    /**
     * db:verify's lost-trigger finding named a trigger whose name holds a double quote and a space as "orders "touch" trigger",
     * no name DROP TRIGGER takes (only its DROP TRIGGER IF EXISTS line was quoted). It now quotes it as SQL does, as the other
     * trigger findings do.
     */
    @Test
    void aLostTriggerNamedWithADoubleQuoteAndASpaceIsNamedAsSqlQuotesIt() throws Exception {
        SchemaDef v0 = shop("", "      - {name: note, type: text}\n");
        SchemaDef v1 = shop("", "      - {name: note, type: text, notNull: true, default: none}\n");
        MigrationsFolder folder = generated(v0);
        String trigger = "CREATE TRIGGER \"orders \"\"touch\"\" trigger\" AFTER UPDATE OF status ON orders BEGIN UPDATE customers SET name = name"
                + " WHERE id = NEW.customer_id; END";
        custom(folder, v0, "touch", trigger + ";");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("note").withAcceptDataLoss(true));   // note made NOT NULL
        asDrizzleKitWroteIt(folder, "0002_note");
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertEquals("after drizzle/0002_note.sql, trigger \"orders \"\"touch\"\" trigger\" on \"orders\" is gone and no later migration creates it"
                + " again: the migration drops the table (a rebuild's DROP TABLE drops its triggers) without DROP TRIGGER, so what the trigger did (an"
                + " audit row, a guard, a timestamp) silently stops. Create it again after the rebuild, in a custom migration (mvn db:generate"
                + " -Ddb.custom) holding:\n    " + trigger + ";\n  or, if it is meant to go, say so there: DROP TRIGGER IF EXISTS \"orders \"\"touch\"\""
                + " trigger\";", f.get(0).message());
    }

    /**
     * A trigger a rebuild dropped stops mattering when a later migration drops its table: the finding told to create it again
     * on a table no longer there (which fails), so a history holding both failed db:verify for good. A table renamed after
     * the loss still has it missing.
     */
    @Test
    void aTriggerLostToARebuildIsNoFindingOnceItsTableIsDroppedButStaysOneWhenRenamed() throws Exception {
        SchemaDef v0 = shop("", "      - {name: note, type: text}\n");
        SchemaDef v1 = shop("", "      - {name: note, type: text, notNull: true, default: none}\n");
        SchemaDef v2 = dev.godwit.engine.yaml.YamlSchemaReader.read("tables:\n  - name: customers\n    columns:\n"
                + "      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text, notNull: true}\n", "s.yaml");
        MigrationsFolder folder = generated(v0);
        custom(folder, v0, "touch", "CREATE TRIGGER orders_touch AFTER UPDATE OF status ON orders BEGIN UPDATE customers SET name = name"
                + " WHERE id = NEW.customer_id; END;");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("note").withAcceptDataLoss(true));   // note made NOT NULL
        asDrizzleKitWroteIt(folder, "0002_note");
        custom(folder, v1, "rename", "ALTER TABLE orders RENAME TO purchases;\nALTER TABLE purchases RENAME TO orders;");
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(Verifier.verify(v1, folder)), "renamed and back: still lost");
        custom(folder, v1, "by_hand", "ALTER TABLE orders RENAME TO orders_old;\nCREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL"
                + " REFERENCES customers(id) ON DELETE CASCADE, status text NOT NULL, note text DEFAULT 'none' NOT NULL);\n"
                + "INSERT INTO orders SELECT * FROM orders_old;\nDROP TABLE orders_old;");
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(Verifier.verify(v1, folder)), "rebuilt by hand under its name: still lost");
        new Generator().generate(v2, folder, GenerateOptions.batch().withName("no_orders").withAcceptDataLoss(true));
        assertEquals(List.of(), Verifier.verify(v2, folder));
    }

    /**
     * A trigger dropped on purpose, by a DROP TRIGGER SQLite takes (schema-qualified, or with a comment after it), is not a
     * trigger lost to a rebuild: the replay reported it as one ("drops the table ... without DROP TRIGGER").
     */
    @Test
    void aTriggerDroppedByAQualifiedOrCommentedDropTriggerIsNotLost() throws Exception {
        SchemaDef v0 = shop("", "");
        String trigger = "CREATE TRIGGER orders_touch AFTER UPDATE OF status ON orders BEGIN UPDATE customers SET name = name WHERE id = NEW.customer_id; END";
        for (String drop : List.of("DROP TRIGGER main.orders_touch;", "DROP TRIGGER IF EXISTS \"main\".\"orders_touch\";",
                "DROP TRIGGER orders_touch; -- the application does it now", "DROP TRIGGER orders_touch /* replaced */;")) {
            MigrationsFolder folder = generated(v0);
            custom(folder, v0, "touch", trigger + ";");
            custom(folder, v0, "untouch", drop);
            assertEquals(List.of(), Verifier.verify(v0, folder), drop);
        }
    }

    /**
     * A generated migration that changes a view drops it and creates it again, which drops its INSTEAD OF triggers (the
     * writes an application makes through the view): lost as a rebuilt table's triggers are, and reported the same way.
     */
    @Test
    void anInsteadOfTriggerOfAViewTheMigrationCreatesAgainIsAFinding() throws Exception {
        String tables = "tables:\n  - name: items\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: price, type: integer}\n";
        SchemaDef v0 = dev.godwit.engine.yaml.YamlSchemaReader.read(tables + "views:\n  - {name: cheap, as: \"select id, price from items where price < 10\"}\n", "s.yaml");
        SchemaDef v1 = dev.godwit.engine.yaml.YamlSchemaReader.read(tables + "views:\n  - {name: cheap, as: \"select id, price from items where price < 100\"}\n", "s.yaml");
        MigrationsFolder folder = generated(v0);
        String trigger = "CREATE TRIGGER cheap_insert INSTEAD OF INSERT ON cheap BEGIN INSERT INTO items (id, price) VALUES (NEW.id, NEW.price); END";
        custom(folder, v0, "cheap_insert", trigger + ";");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("cheaper"));
        asDrizzleKitWroteIt(folder, "0002_cheaper");
        assertTrue(Files.readString(folder.sqlFile("0002_cheaper")).contains("DROP VIEW"), "the view is created again");
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertTrue(f.get(0).message().startsWith("after drizzle/0002_cheaper.sql, trigger \"cheap_insert\" on \"cheap\" is gone"), f.get(0).message());

        custom(folder, v1, "cheap_insert_again", trigger + ";");
        assertEquals(List.of(), Verifier.verify(v1, folder));
    }

    /**
     * A view renamed as drizzle-kit writes it (DROP VIEW of the old name, CREATE VIEW of the new) loses its INSTEAD OF trigger;
     * the replay took the old view for dropped on purpose and said nothing. The finding names the migration, both names, and the
     * trigger written for the new one.
     */
    @Test
    void anInsteadOfTriggerOfAViewRenamedByDropAndCreateIsAFinding() throws Exception {
        String tables = "tables:\n  - name: items\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: price, type: integer}\n";
        SchemaDef v0 = dev.godwit.engine.yaml.YamlSchemaReader.read(tables + "views:\n  - {name: cheap, as: \"select id, price from items where price < 10\"}\n", "s.yaml");
        SchemaDef v1 = dev.godwit.engine.yaml.YamlSchemaReader.read(tables
                + "views:\n  - {name: bargains, renamedFrom: cheap, as: \"select id, price from items where price < 10\"}\n", "s.yaml");
        MigrationsFolder folder = generated(v0);
        String trigger = "CREATE TRIGGER cheap_insert INSTEAD OF INSERT ON cheap BEGIN INSERT INTO items (id, price) VALUES (NEW.id, NEW.price); END";
        custom(folder, v0, "cheap_insert", trigger + ";");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("bargains"));
        asDrizzleKitWroteIt(folder, "0002_bargains");
        assertEquals("DROP VIEW `cheap`;--> statement-breakpoint\nCREATE VIEW `bargains` AS select id, price from items where price < 10;",
                Files.readString(folder.sqlFile("0002_bargains")));
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertEquals("after drizzle/0002_bargains.sql, trigger \"cheap_insert\" on \"bargains\" is gone and no later migration creates it again: the"
                + " migration drops the view \"cheap\" and creates it as \"bargains\" (a rename as drizzle-kit writes it; DROP VIEW drops its INSTEAD OF"
                + " triggers) without DROP TRIGGER, so the writes the trigger made through the view fail from then on. Create it again on the renamed"
                + " view, in a custom migration (mvn db:generate -Ddb.custom) holding:\n    "
                + trigger.replace("ON cheap", "ON \"bargains\"") + ";\n  or, if it is meant to go, say so there: DROP TRIGGER IF EXISTS \"cheap_insert\";",
                f.get(0).message());

        custom(folder, v1, "cheap_insert_again", trigger.replace("ON cheap", "ON bargains") + ";");
        assertEquals(List.of(), Verifier.verify(v1, folder));
    }

    /**
     * SQLite checks a trigger's body only when it fires: dropping the table an audit trigger writes leaves the trigger standing,
     * the migration succeeds, and every UPDATE of orders fails from then on. The replay passed it; now it names the trigger,
     * until a later migration drops or mends it.
     */
    @Test
    void aTriggerLeftWritingADroppedTableIsAFindingUntilAMigrationMendsIt() throws Exception {
        SchemaDef withAudit = dev.godwit.engine.yaml.YamlSchemaReader.read("tables:\n  - name: orders\n    columns:\n"
                + "      - {name: id, type: integer, primaryKey: true}\n      - {name: status, type: text}\n"
                + "  - name: audit\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: what, type: text}\n", "s.yaml");
        SchemaDef without = dev.godwit.engine.yaml.YamlSchemaReader.read("tables:\n  - name: orders\n    columns:\n"
                + "      - {name: id, type: integer, primaryKey: true}\n      - {name: status, type: text}\n", "s.yaml");
        MigrationsFolder folder = generated(withAudit);
        custom(folder, withAudit, "audit", "CREATE TRIGGER orders_audit AFTER UPDATE ON orders BEGIN INSERT INTO audit (what) VALUES ('order ' || NEW.id); END;");
        new Generator().generate(without, folder, GenerateOptions.batch().withName("no_audit").withAcceptDataLoss(true));
        List<Finding> f = Verifier.verify(without, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertEquals("after drizzle/0002_no_audit.sql, trigger \"orders_audit\" on \"orders\" can no longer run (no such table: main.audit): a table or"
                + " column its body uses is gone, and every write on \"orders\" that fires it fails from then on. Drop it (DROP TRIGGER) or create it"
                + " again without what is gone, in the migration or a custom one after it (mvn db:generate -Ddb.custom)", f.get(0).message());

        custom(folder, without, "drop_audit_trigger", "DROP TRIGGER orders_audit;");
        assertEquals(List.of(), Verifier.verify(without, folder));
    }

    /**
     * A generated rebuild of a parent deletes and inserts again the rows of its ON DELETE CASCADE children, which fires their
     * triggers. One that refuses every delete fails on every database holding orders: still a finding (with the way out),
     * not the warning a RAISE on rows like the generated ones gets. One with a condition is that warning, and the replay's
     * own emptying of the tables for its second run no longer fires it (that failed the build as the migration's fault).
     */
    @Test
    void aChildsTriggerFiredByAParentRebuildFailsOnlyWhenItRefusesEveryRow() throws Exception {
        SchemaDef v0 = shop("", "");
        SchemaDef v1 = shop("      - {name: tier, type: text, notNull: true, default: free}\n    checks: [{name: tier_in, expression: \"tier IN ('free','pro')\"}]\n", "");
        MigrationsFolder folder = generated(v0);
        custom(folder, v0, "guard", "CREATE TRIGGER orders_keep BEFORE DELETE ON orders BEGIN SELECT RAISE(ABORT, 'soft delete only'); END;");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("tier"));
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertTrue(f.get(0).message().contains(" fails in drizzle/0002_tier.sql at statement 5:\n    DELETE FROM `orders`;\n"), f.get(0).message());
        assertTrue(f.get(0).message().contains("(soft delete only)\n  A trigger's RAISE refused the statement whatever the rows (a rebuild deletes"
                + " and inserts again the rows of the tables it keeps, and their triggers fire): drop the trigger in a custom migration before this"
                + " one (mvn db:generate -Ddb.custom) and create it again in one after it"), f.get(0).message());

        Files.writeString(folder.sqlFile("0001_guard"), "CREATE TRIGGER orders_keep BEFORE DELETE ON orders WHEN OLD.status <> 'cancelled'"
                + " BEGIN SELECT RAISE(ABORT, 'only cancelled orders go'); END;\n");
        Verifier.Verification v = Verifier.check(v1, folder);
        assertEquals(List.of(), v.findings());
        assertEquals(1, v.warnings().size(), v.warnings().toString());
        assertTrue(v.warnings().get(0).startsWith("replaying 0002_tier.sql on tables holding generated rows fails at statement 5:"), v.warnings().get(0));
    }

    /** Each with where it is and what to do: a repeated journal idx, a file that is not UTF-8, a custom migration left empty. */
    @Test
    void folderMistakesAreNamedWithTheWayOut() throws Exception {
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")));
        Path journal = folder.journalFile();
        String original = Files.readString(journal);
        Files.writeString(journal, original.replace("\"idx\": 1", "\"idx\": 0"));
        List<Finding> idx = Verifier.verify(users(ColumnDef.of("name", "text")), folder);
        assertTrue(idx.stream().anyMatch(x -> x.message().equals("journal entries 0000_v0 and 0001_v1 both have idx 0: each entry needs its own"
                + " (drizzle-kit numbers them 0, 1, 2, ... in order). Give 0001_v1 the idx of its place in drizzle/meta/_journal.json")), idx.toString());
        // mid-merge, apply and status (which read the journal) send the user to db:rebase, not to restoring the file
        Files.writeString(journal, "<<<<<<< HEAD\n" + original + "\n=======\n" + original + "\n>>>>>>> feature\n");
        dev.godwit.engine.folder.SnapshotException conflicted = org.junit.jupiter.api.Assertions.assertThrows(
                dev.godwit.engine.folder.SnapshotException.class, folder::readJournal);
        assertTrue(conflicted.getMessage().startsWith("drizzle/meta/_journal.json has git conflict markers: two branches each generated migrations."
                + " Run mvn db:rebase"), conflicted.getMessage());
        assertEquals(null, conflicted.getCause(), "no parser error for Maven to print after it");
        Files.writeString(journal, original);

        Path sql = folder.sqlFile("0001_v1");
        String text = Files.readString(sql);
        Files.write(sql, ("-- caf\u00e9\n" + text).replace("\u00e9", "?").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] latin1 = Files.readAllBytes(sql);
        latin1[6] = (byte) 0xE9;
        Files.write(sql, latin1);
        dev.godwit.engine.folder.SnapshotException notUtf8 = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.folder.SnapshotException.class,
                () -> Verifier.verify(users(ColumnDef.of("name", "text")), folder));
        assertTrue(notUtf8.getMessage().startsWith("drizzle/0001_v1.sql is not UTF-8 text (byte 0xE9 at line 1, column 7). Migrations are read as"
                + " UTF-8"), notUtf8.getMessage());
        // Windows PowerShell 5's `>` writes UTF-16 with a byte order mark: named as such, with the conversion
        Files.write(sql, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        dev.godwit.engine.folder.SnapshotException utf16 = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.folder.SnapshotException.class,
                () -> Verifier.verify(users(ColumnDef.of("name", "text")), folder));
        assertTrue(utf16.getMessage().startsWith("drizzle/0001_v1.sql is UTF-16 text (it starts with a UTF-16 byte order mark"), utf16.getMessage());
        assertTrue(utf16.getMessage().contains("(iconv -f utf-16 -t utf-8, Out-File -Encoding utf8,"), utf16.getMessage());
        Files.writeString(sql, text);

        new Generator().generate(users(ColumnDef.of("name", "text")), folder, GenerateOptions.batch().withName("later").withCustom(true));
        Verifier.Verification empty = Verifier.check(users(ColumnDef.of("name", "text")), folder);
        assertEquals(List.of(), empty.findings());
        assertEquals(List.of("drizzle/0002_later.sql holds no SQL (only comments): db:apply refuses it while it is pending (applied, it would be"
                + " recorded and locked). Write its SQL, or remove it with mvn db:drop if no database has it"), empty.warnings());
    }

    /**
     * SQLite keeps a view's text and checks it only when the view is read: a migration that drops a table a view still reads
     * leaves the view failing on every database, while the replay's schema still matches the snapshot view for view. The
     * replay now reads every view after each migration and names the one that broke it. (db:generate refuses to write such a
     * migration; drizzle-kit writes it, and so does a hand: here the view's changes are taken out of a generated one.)
     */
    @Test
    void aViewLeftReadingADroppedTableFailsTheReplayNamingTheMigration() throws Exception {
        ViewDef view = new ViewDef("emails", "select email from users", false, null);
        TableDef posts = new TableDef("posts", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
        SchemaDef v0 = new SchemaDef(List.of(users().tables().get(0), posts), List.of(view));
        SchemaDef v1 = new SchemaDef(List.of(posts), List.of(view));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("init"));
        SchemaDef unbroken = new SchemaDef(List.of(posts), List.of(new ViewDef("emails", "select 'x' as email", false, null)));
        new Generator().generate(unbroken, folder, GenerateOptions.batch().withName("drop_users").withAcceptDataLoss(true));
        Path sql = folder.sqlFile("0001_drop_users");
        Files.writeString(sql, Files.readString(sql).replaceAll("(?m)^(DROP|CREATE) VIEW[^\\n]*\\n?", ""));
        Files.writeString(folder.sumFile("0001_drop_users"), dev.godwit.engine.folder.Checksums.sha256Hex(Files.readString(sql)));
        Path snap = folder.snapshotFile("0001_drop_users");
        Files.writeString(snap, Files.readString(snap).replace("select 'x' as email", "select email from users"));
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f), f.toString());
        assertTrue(f.get(0).message().startsWith("after drizzle/0001_drop_users.sql, view \"emails\" can no longer be read (no such table: main.users)"),
                f.get(0).message());
    }

    /**
     * A view over a table-valued function this SQLite lacks ({@code generate_series}, which the CLI has and sqlite-jdbc's build
     * not) is unreadable with "no such table: main.generate_series": it was a finding, "it reads a table or column that is not
     * there". It is no table; json_each, json_tree and pragma_table_info, which this SQLite has, read as they always did.
     */
    @Test
    void aViewOverATableValuedFunctionIsNoMissingTable() throws Exception {
        SchemaDef s = new SchemaDef(List.of(users().tables().get(0)), List.of(
                new ViewDef("nums", "select value from generate_series(1, 10)", false, null),
                new ViewDef("nums_twice", "select value * 2 as v from nums", false, null),
                new ViewDef("parts", "select j.value from users u, json_each('[1,2]') j", false, null),
                new ViewDef("user_cols", "select name from pragma_table_info('users')", false, null),
                new ViewDef("typo", "select * from user", false, null)));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(s, folder, GenerateOptions.batch().withName("init"));
        List<Finding> f = Verifier.verify(s, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().startsWith("view \"typo\", created in drizzle/0000_init.sql, cannot be read (no such table: main.user)"), f.toString());
    }

    /** A view unreadable from its first migration on is said to be so, not to have lost what it reads. */
    @Test
    void aViewCreatedUnreadableIsSaidToBeSoFromTheStart() throws Exception {
        ViewDef view = new ViewDef("emails", "select email from users", false, null);
        SchemaDef v0 = new SchemaDef(List.of(users().tables().get(0)), List.of(view));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("init"));
        Path sql = folder.sqlFile("0000_init");
        Files.writeString(sql, Files.readString(sql).replace("select email from users", "select emial from users"));
        Files.writeString(folder.sumFile("0000_init"), dev.godwit.engine.folder.Checksums.sha256Hex(Files.readString(sql)));
        List<Finding> f = Verifier.verify(v0, folder);
        assertTrue(f.stream().anyMatch(x -> x.message().startsWith("view \"emails\", created in drizzle/0000_init.sql, cannot be read (no such column:"
                + " emial): it reads a table or column that is not there, and every query on it fails.")), f.toString());
    }

    /**
     * A view over a table a later custom migration creates (an FTS5 table, which the schema cannot declare) is unreadable only
     * until that migration: the history mends itself, and the check passes (before, it failed for good, the history being
     * what it is).
     */
    @Test
    void aViewReadableOnceALaterMigrationCreatesWhatItReadsIsNoFinding() throws Exception {
        SchemaDef s = new SchemaDef(List.of(users().tables().get(0)), List.of(new ViewDef("hits", "select rowid, body from docs", false, null)));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(s, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(s, folder, GenerateOptions.batch().withName("search").withCustom(true));
        Path custom = folder.sqlFile("0001_search");
        Files.writeString(custom, Files.readString(custom) + "\nCREATE VIRTUAL TABLE docs USING fts5(body);\n");
        assertEquals(List.of(), Verifier.verify(s, folder));
        Files.writeString(custom, Files.readString(custom).replace("CREATE VIRTUAL TABLE docs USING fts5(body);", ""));
        List<Finding> f = Verifier.verify(s, folder);
        assertTrue(f.stream().anyMatch(x -> x.message().startsWith("view \"hits\", created in drizzle/0000_init.sql, cannot be read (no such table:"
                + " main.docs)")), f.toString());
    }

    /**
     * In a D1 project, a read of a table of the user's named dbstat, created by an earlier statement of the folder, is what D1
     * reads too: no finding (it was one, as a read of SQLite's dbstat, which D1 lacks); a read before that CREATE still is one.
     */
    @Test
    void aReadOfTheUsersOwnDbstatIsNoFindingInAD1ProjectOnlyAfterItsCreate() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("sizes").withCustom(true));
        Path custom = folder.sqlFile("0001_sizes");
        String body = Files.readString(custom);
        Files.writeString(custom, body + "\nCREATE TABLE dbstat (pgsize integer);\nDELETE FROM dbstat WHERE pgsize IN (SELECT pgsize FROM dbstat);\n"
                + "DROP TABLE dbstat;\n");
        assertEquals(List.of(), Verifier.check(() -> users(), folder, true).findings());
        Files.writeString(custom, body + "\nCREATE TABLE sizes (pgsize integer);\nINSERT INTO sizes SELECT pgsize FROM dbstat;\nCREATE TABLE dbstat (pgsize integer);\n"
                + "DROP TABLE dbstat;\nDROP TABLE sizes;\n");
        List<Finding> d1 = Verifier.check(() -> users(), folder, true).findings();
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(d1), d1.toString());
        assertTrue(d1.get(0).message().startsWith("drizzle/0001_sizes.sql, statement 2:\n    INSERT INTO sizes SELECT pgsize FROM dbstat;\n  it reads dbstat,"),
                d1.get(0).message());
    }

    /** In a D1 project, a statement D1 refuses fails the check (the deploy would fail on it); elsewhere it does not. */
    @Test
    void whatD1RefusesIsAFindingInAD1Project() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("temp").withCustom(true));
        Path custom = folder.sqlFile("0001_temp");
        Files.writeString(custom, Files.readString(custom) + "\nCREATE TEMP TABLE scratch (x);\n");
        assertEquals(List.of(), Verifier.check(() -> users(), folder, false).findings());
        List<Finding> d1 = Verifier.check(() -> users(), folder, true).findings();
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(d1), d1.toString());
        assertTrue(d1.get(0).message().startsWith("drizzle/0001_temp.sql, statement 1:\n"), d1.get(0).message());
        assertTrue(d1.get(0).message().endsWith("D1 refuses TEMP tables, views and triggers; create an ordinary one (and drop it at the end of"
                + " the migration) (this project goes to D1, which refuses it)"), d1.get(0).message());
    }

    /**
     * A comment inside a statement holding a ; or a quote, which D1's /query splitter was reported to read as SQL (workers-sdk#3892,
     * #4767, #4713) and Godwit cannot leave out (a CREATE keeps its text): a warning in a D1 project, nothing elsewhere; a comment
     * above the statement (left out when sent) is none.
     */
    @Test
    void aCommentInsideAStatementHoldingASemicolonOrAQuoteIsWarnedOfInAD1Project() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("notes").withCustom(true));
        Path custom = folder.sqlFile("0001_notes");
        Files.writeString(custom, Files.readString(custom) + "\n-- the notes; one a user\nCREATE TABLE notes (email TEXT, -- user's login; required\n"
                + " body TEXT);\n--> statement-breakpoint\nDROP TABLE notes;\n");
        assertEquals(List.of(), Verifier.check(() -> users(), folder, false).warnings());
        var d1 = Verifier.check(() -> users(), folder, true);
        assertEquals(List.of(), d1.findings());
        // the apostrophe opens a string the ; then stands in: the quote is what a splitter reading comments as SQL runs on with
        assertEquals(List.of("drizzle/0001_notes.sql, statement 1: a comment inside the statement holds ' (-- user's login; required): D1's"
                + " /query splitter was reported to read comments as SQL (workers-sdk#3892, #4767: a ; cuts the request there, \"SQL code did"
                + " not contain a statement\" or \"incomplete input\"; #4713: a quote opens a string that runs over the statements after it),"
                + " where SQLite, and so a local apply, skips them. Godwit leaves out the comments before a statement and after its ;, not one"
                + " inside it (a CREATE's text is stored as written). Move the comment above the statement, or drop the quote from it"
                + " (this project goes to D1; it matters only where the migration is still pending: one every database has applied is not"
                + " sent again, leave it)"), d1.warnings());
    }

    /**
     * A write to an FTS5 table's shadow table, which D1 keeps read-only (defensive mode): db:apply refuses it on wrangler's local
     * D1 file and D1, and the check of a D1 project passed it. It is a finding now, the virtual table found in an earlier migration.
     */
    @Test
    void aWriteToAShadowTableIsAFindingInAD1Project() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("search").withCustom(true));
        Path custom = folder.sqlFile("0001_search");
        Files.writeString(custom, Files.readString(custom) + "\nCREATE VIRTUAL TABLE docs USING fts5(body);\n");
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("reset").withCustom(true));
        Path reset = folder.sqlFile("0002_reset");
        Files.writeString(reset, Files.readString(reset) + "\nINSERT INTO docs_config (k, v) VALUES ('rank', 'bm25(2.0)');\n");
        assertEquals(List.of(), Verifier.check(() -> users(), folder, false).findings());
        List<Finding> d1 = Verifier.check(() -> users(), folder, true).findings();
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(d1), d1.toString());
        assertEquals("drizzle/0002_reset.sql, statement 1:\n    INSERT INTO docs_config (k, v) VALUES ('rank', 'bm25(2.0)');\n  it writes"
                + " \"docs_config\", a shadow table of the FTS5 table \"docs\": D1 runs SQLite in defensive mode, where shadow tables are read-only"
                + " (\"table docs_config may not be modified\"); change"
                + " \"docs\" itself (INSERT INTO \"docs\"(\"docs\") VALUES ('rebuild') rebuilds its index) (this project goes to D1, which refuses"
                + " it)", d1.get(0).message());
    }

    /**
     * A shadow table's name is reserved only while its virtual table is there: a later migration that drops the FTS5 table and
     * makes a plain table of one of its old shadow names (or writes it) is no finding; D1 runs it.
     */
    @Test
    void aShadowNameOfADroppedVirtualTableIsNoFinding() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("search").withCustom(true));
        Path custom = folder.sqlFile("0001_search");
        Files.writeString(custom, Files.readString(custom) + "\nCREATE VIRTUAL TABLE docs USING fts5(body);\n");
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("unsearch").withCustom(true));
        Path drop = folder.sqlFile("0002_unsearch");
        Files.writeString(drop, Files.readString(drop) + "\nDROP TABLE docs;\nCREATE TABLE docs_config (k text PRIMARY KEY, v text);\n"
                + "INSERT INTO docs_config (k, v) VALUES ('rank', 'none');\n");
        List<Finding> d1 = Verifier.check(() -> users(), folder, true).findings();   // (the model lacks docs_config: that finding stands)
        assertTrue(d1.stream().noneMatch(f -> f.message().contains("shadow table")), d1.toString());
    }

    /** SQLite folds only ASCII letters in names: "ärticles_data" beside the FTS5 table "Ärticles" is a table of its own, which D1 writes. */
    @Test
    void aTableNamedLikeAShadowTableOfANameDifferingInANonAsciiLetterIsNoFinding() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("search").withCustom(true));
        Path custom = folder.sqlFile("0001_search");
        Files.writeString(custom, Files.readString(custom) + "\nCREATE VIRTUAL TABLE \"Ärticles\" USING fts5(body);\n"
                + "CREATE TABLE \"ärticles_data\" (n integer);\nINSERT INTO \"ärticles_data\" VALUES (7);\nDROP TABLE \"ärticles_data\";\n");
        assertEquals(List.of(), Verifier.check(() -> users(), folder, true).findings());
    }

    /**
     * A seed written as a six-term UNION ALL: SQLite allows 500 terms, D1 five ("too many terms in compound SELECT"). In a D1
     * project the replay runs the migrations' statements under D1's limits, so the check fails where the deploy would.
     */
    @Test
    void aStatementOverD1sLimitsIsAFindingInAD1Project() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path custom = folder.sqlFile("0001_seed");
        Files.writeString(custom, Files.readString(custom) + "\nINSERT INTO users (id, email) SELECT 1, 'a' UNION ALL SELECT 2, 'b' UNION ALL"
                + " SELECT 3, 'c' UNION ALL SELECT 4, 'd' UNION ALL SELECT 5, 'e' UNION ALL SELECT 6, 'f';\n");
        assertEquals(List.of(), Verifier.check(() -> users(), folder, false).findings());
        List<Finding> d1 = Verifier.check(() -> users(), folder, true).findings();
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(d1), d1.toString());
        assertTrue(d1.get(0).message().startsWith("replaying the migrations on an empty database (as D1 runs them, every table given generated rows"
                + " before each migration) fails in drizzle/0001_seed.sql at statement 1:\n"), d1.get(0).message());
        assertTrue(d1.get(0).message().contains("UNION ALL SELECT 6, 'f';\n  SQLite says: [SQLITE_ERROR] SQL error or missing database (too many terms in"
                + " compound SELECT)\n  That is D1's limit of 5 terms in a compound SELECT"), d1.get(0).message());
        // fixed in place, a migration databases applied already is an edit there, which db:apply refuses until db:repair records it
        assertTrue(d1.get(0).message().endsWith("Fix the migration (not written by db:generate: edit it); on a database that has"
                + " applied it already, record the edit with mvn db:repair (db:apply refuses an applied migration whose text changed)"), d1.get(0).message());
    }

    /** In a D1 project, a migration too large for the one request db:apply sends it in is a finding (db:apply refuses it). */
    @Test
    void aMigrationOverOneD1RequestIsAFindingInAD1Project() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path custom = folder.sqlFile("0001_seed");
        StringBuilder seed = new StringBuilder(Files.readString(custom));
        for (int i = 0; i < 12; i++) seed.append("\nINSERT INTO users (id, email) VALUES (").append(i).append(", '").append(i).append("x".repeat(90_000)).append("');");
        Files.writeString(custom, seed);
        assertEquals(List.of(), Verifier.check(() -> users(), folder, false).findings());
        List<Finding> d1 = Verifier.check(() -> users(), folder, true).findings();
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(d1), d1.toString());
        assertTrue(d1.get(0).message().startsWith("Migration 0001_seed.sql would be a D1 request of "), d1.get(0).message());
        assertTrue(d1.get(0).message().endsWith("(D1's import API). (this project goes to D1)"), d1.get(0).message());
    }

    /**
     * The folder's first migration is a fresh database's first request (CI, a new environment), which also creates the history
     * table (0b4e533): db:apply counts that creation, so db:verify does too. One that fits alone by less than the creation's
     * bytes passed db:verify and was refused by db:apply on every new database.
     */
    @Test
    void theFirstMigrationsRequestCountsTheHistoryTablesCreationInAD1Project() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        StringBuilder padded = new StringBuilder();
        for (int i = 0; i < 10; i++) padded.append("SELECT '").append("x".repeat(90_000)).append("';\n--> statement-breakpoint\n");
        custom(folder, SchemaDef.EMPTY, "pad", padded + "SELECT '';");
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("users"));
        Path first = folder.migrations().get(0).file();
        String header = Files.readString(first).replace(padded + "SELECT '';", "").stripTrailing();
        padded.insert(0, header + "\n");
        Files.writeString(first, padded + "SELECT '';\n");
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        long alone = dev.godwit.engine.d1.D1Sql.requestBytes(drizzle.transactionOf(folder.migrations().get(0)));
        long fill = dev.godwit.engine.db.Capabilities.D1.maxRequestBytes() - 10 - alone;   // 10 bytes under the limit alone
        Files.writeString(first, padded + "SELECT '" + "x".repeat((int) fill) + "';\n");
        Migration m = folder.migrations().get(0);
        assertEquals(dev.godwit.engine.db.Capabilities.D1.maxRequestBytes() - 10, dev.godwit.engine.d1.D1Sql.requestBytes(drizzle.transactionOf(m)));
        assertTrue(dev.godwit.engine.d1.D1Sql.requestBytes(drizzle.transactionOf(m, true)) > dev.godwit.engine.db.Capabilities.D1.maxRequestBytes());

        List<Finding> d1 = Verifier.check(() -> users(), folder, true).findings();
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(d1), d1.toString());
        assertTrue(d1.get(0).message().startsWith("Migration " + m.fileName() + " would be a D1 request of 1000"), d1.get(0).message());
        assertTrue(d1.get(0).message().contains("(its 11 statement(s), its history row and the history table's creation, as the database's first)"),
                d1.get(0).message());
        assertEquals(List.of(), Verifier.check(() -> users(), folder, false).findings());
    }

    /** A seed over D1's 25,000 VDBE instructions: the finding names that limit, not the "out of memory" SQLite reports. */
    @Test
    void aStatementOverD1sInstructionLimitIsNamedInAD1Project() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path custom = folder.sqlFile("0001_seed");
        StringBuilder seed = new StringBuilder(Files.readString(custom)).append("\nINSERT INTO users (id, email) VALUES ");
        for (int i = 0; i < 6_000; i++) seed.append(i == 0 ? "" : ",").append('(').append(i + 1000).append(",'").append(i).append("')");
        Files.writeString(custom, seed.append(';'));
        assertTrue(seed.length() < 100_000, "under D1's statement length");
        List<Finding> d1 = Verifier.check(() -> users(), folder, true).findings();
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(d1), d1.toString());
        assertTrue(d1.get(0).message().contains("out of memory)\n  That is D1's limit of 25,000 VDBE instructions per statement, not memory"),
                d1.get(0).message());
    }

    @Test
    void onlyWritesIntoTablesTheMigrationDidNotCreateAreWarnedAbout() {
        List<String> rebuild = List.of("CREATE TABLE `__new_t` (`id` integer PRIMARY KEY, `x` integer NOT NULL)",
                "INSERT INTO `__new_t`(`id`, `x`) SELECT `id`, `x` FROM `t`", "UPDATE \"t\" SET x = 1", "-- fix\nDELETE FROM main.[u]");
        assertEquals(false, dev.godwit.engine.preflight.DataReplay.writesAnExistingTable(rebuild, 1));
        assertEquals(true, dev.godwit.engine.preflight.DataReplay.writesAnExistingTable(rebuild, 2));
        assertEquals(true, dev.godwit.engine.preflight.DataReplay.writesAnExistingTable(rebuild, 3));
        assertEquals(false, dev.godwit.engine.preflight.DataReplay.writesAnExistingTable(rebuild, 0));
    }

    /** An edit hidden by changing the entry's "when" or renaming the migration leaves its sum behind: that is reported. */
    @Test
    void aSumLeftBehindByAJournalChangeIsReported() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v2);
        Path journal = folder.journalFile();
        String original = Files.readString(journal);
        long when = folder.readJournal().entries().get(1).when();
        Files.writeString(journal, original.replace("\"when\": " + when, "\"when\": " + (when + 1)));
        List<Finding> f = Verifier.verify(v2, folder);
        assertEquals(List.of(Finding.Kind.EDITED), kinds(f), f.toString());
        assertEquals("drizzle/meta/_sums/0001_v1.sha256 was written for another \"when\" than the journal's 0001_v1 (" + (when + 1) + "): the"
                + " journal entry changed after the migration was generated, so its checksum no longer guards it. Put the entry back (git checkout --"
                + " drizzle/meta/_journal.json); if drizzle-kit made a new 0001_v1 after a drop, delete drizzle/meta/_sums/0001_v1.sha256", f.get(0).message());
        // and no warning that the file is missing: it is there, written for the other "when"
        assertEquals(List.of(), Verifier.check(v2, folder).warnings());
        // renamed (file, snapshot and journal tag): the old sum belongs to nothing
        Files.writeString(journal, original.replace("0001_v1", "0001_renamed"));
        Files.move(folder.sqlFile("0001_v1"), folder.sqlFile("0001_renamed"));
        Files.move(folder.snapshotFile("0001_v1"), folder.snapshotFile("0001_renamed"));
        List<Finding> renamed = Verifier.verify(v2, folder);
        assertEquals(List.of(Finding.Kind.EDITED), kinds(renamed), renamed.toString());
        assertTrue(renamed.get(0).message().startsWith("drizzle/meta/_sums/0001_v1.sha256 belongs to no migration of the journal"), renamed.get(0).message());
    }

    @Test
    void editedGeneratedMigrationIsNamedAndReplayShowsTheDifference() throws Exception {
        MigrationsFolder folder = generated(users());
        Path sql = folder.sqlFile("0000_v0");
        Files.writeString(sql, Files.readString(sql).replace("`email` text NOT NULL", "`email` text NOT NULL,\n\t`extra` integer"));
        List<Finding> f = Verifier.verify(users(), folder);
        assertEquals(List.of(Finding.Kind.EDITED, Finding.Kind.REPLAY), kinds(f));
        assertTrue(f.get(0).message().startsWith("drizzle/0000_v0.sql was edited after it was generated."), f.get(0).message());
        assertTrue(f.get(1).message().contains("unexpected column: \"users\".\"extra\""), f.get(1).message());
    }

    /**
     * A folder that is not directly in the project (-Ddb.out=db/migrations): the finding said "restore it (git checkout --
     * migrations/0000_v0.sql)", a path from the folder's parent, which fails where the command is run. Named from the project now.
     */
    @Test
    void anEditedMigrationOfAFolderDeeperInTheProjectIsNamedFromTheProject() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("db/migrations")).shownFrom(dir);
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("v0"));
        Path sql = folder.sqlFile("0000_v0");
        Files.writeString(sql, Files.readString(sql) + "\n-- reviewed\n");
        List<Finding> f = Verifier.verify(users(), folder);
        assertEquals(List.of(Finding.Kind.EDITED), kinds(f), f.toString());
        assertEquals("db/migrations/0000_v0.sql was edited after it was generated. Migrations are generated from the schema, never edited:"
                + " restore it (git checkout -- db/migrations/0000_v0.sql; one never committed and applied nowhere is written again by mvn db:drop"
                + " -Ddb.name=0000_v0 then mvn db:generate) and change the schema code instead, then run mvn db:generate. For"
                + " hand-written SQL use mvn db:generate -Ddb.custom; a deliberate edit (a comment, a reviewed fix) is recorded with mvn db:repair"
                + " -Dlocal", f.get(0).message());
        assertEquals("../outside/x.sql", folder.relative(dir.resolve("../outside/x.sql")), "a folder outside the project: from it too");
    }

    @Test
    void committedCustomMigrationIsAccepted() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path custom = folder.sqlFile("0001_seed");
        Files.writeString(custom, Files.readString(custom) + "\nINSERT INTO `users` (`id`, `email`) VALUES (1, 'a@b.c');");
        assertEquals(List.of(), Verifier.verify(users(), folder));
    }

    /**
     * A seed migration inserting children by the ids their AUTOINCREMENT parents get on an empty database: the replay's rerun
     * on emptied tables resets the AUTOINCREMENT counters too (it handed out ids after the generated rows' and failed the build).
     */
    @Test
    void aSeedNamingAutoincrementIdsPasses() throws Exception {
        TableDef customers = new TableDef("customers", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true).withAutoincrement(true),
                ColumnDef.of("email", "text").withNotNull(true)), null, List.of(IndexDef.onColumns("customers_email_unique", List.of("email"), true, null)),
                List.of(), List.of(), null);
        TableDef orders = new TableDef("orders", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("customer_id", "integer").withNotNull(true), ColumnDef.of("total", "integer").withNotNull(true)), null, List.of(),
                List.of(new dev.godwit.schema.model.ForeignKeyDef("orders_customer_id_customers_id_fk", "orders", List.of("customer_id"), "customers",
                        List.of("id"), dev.godwit.schema.model.FkAction.CASCADE, dev.godwit.schema.model.FkAction.NO_ACTION)), List.of(), null);
        SchemaDef shop = new SchemaDef(List.of(customers, orders), List.of());
        MigrationsFolder folder = generated(shop);
        new Generator().generate(shop, folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path seed = folder.sqlFile("0001_seed");
        Files.writeString(seed, Files.readString(seed) + "\nINSERT INTO customers (email) VALUES ('a@x.io'), ('b@x.io');--> statement-breakpoint\n"
                + "INSERT INTO orders (customer_id, total) VALUES (1, 100), (2, 250);\n");
        Verifier.Verification v = Verifier.check(shop, folder);
        assertEquals(List.of(), v.findings());
        assertEquals(1, v.warnings().size(), v.warnings().toString());
        assertTrue(v.warnings().get(0).startsWith("replaying 0001_seed.sql on tables holding generated rows fails at statement 2:"), v.warnings().get(0));
    }

    /**
     * A hand-written cleanup (DELETE FROM sessions) or a move of rows into another table removes rows on purpose: the replay
     * failed the build for it with no way to say so but deleting the migration. The migration declares it with a comment line
     * naming the tables; only those tables' losses are accepted, so the cascade into a child it did not name still fails.
     */
    @Test
    void aLossTheMigrationDeclaresIsAcceptedForTheTablesItNames() throws Exception {
        SchemaDef shop = shop("", "");
        MigrationsFolder folder = generated(shop);
        new Generator().generate(shop, folder, GenerateOptions.batch().withName("cleanup").withCustom(true));
        Path cleanup = folder.sqlFile("0001_cleanup");
        String template = Files.readString(cleanup);

        Files.writeString(cleanup, template + "\nDELETE FROM customers;\n");
        List<Finding> f = Verifier.verify(shop, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertTrue(f.get(0).message().contains("\n    - \"customers\": 3 of 3 rows deleted, through 0001_cleanup.sql statement 1:"), f.get(0).message());
        assertTrue(f.get(0).message().endsWith("If the loss is intended (a cleanup, rows moved elsewhere), declare it in 0001_cleanup.sql with the"
                + " line\n    -- godwit:accept-data-loss customers, orders\n  and db:verify and db:apply's pre-flight accept it there, for those"
                + " tables only"), f.get(0).message());

        Files.writeString(cleanup, template + "\n-- godwit:accept-data-loss customers\nDELETE FROM customers;\n");
        f = Verifier.verify(shop, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertTrue(f.get(0).message().contains("\n    - \"orders\": 3 of 3 rows deleted"), f.get(0).message());
        assertTrue(!f.get(0).message().contains("\"customers\": 3 of 3"), "the declared table is accepted: " + f.get(0).message());
        assertTrue(f.get(0).message().contains("\n    -- godwit:accept-data-loss orders\n"), f.get(0).message());

        Files.writeString(cleanup, template + "\n-- godwit:accept-data-loss \"Customers\", `orders`\nDELETE FROM customers;\n");
        assertEquals(List.of(), Verifier.verify(shop, folder));
    }

    /**
     * The declaration is a comment line: a line of a multi-line string literal that reads like one (text a migration stores,
     * a seeded template or a note quoting the line) is data, not a declaration, and must not accept the migration's losses.
     */
    @Test
    void aDeclarationLineInsideAStringLiteralAcceptsNothing() throws Exception {
        SchemaDef shop = shop("", "");
        MigrationsFolder folder = generated(shop);
        new Generator().generate(shop, folder, GenerateOptions.batch().withName("cleanup").withCustom(true));
        Path cleanup = folder.sqlFile("0001_cleanup");
        Files.writeString(cleanup, Files.readString(cleanup) + "\nUPDATE customers SET name = 'note:\n-- godwit:accept-data-loss customers, orders\n'"
                + " WHERE 0;--> statement-breakpoint\nDELETE FROM customers;\n");
        List<Finding> f = Verifier.verify(shop, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertTrue(f.get(0).message().contains("\"customers\": 3 of 3 rows deleted"), f.get(0).message());
    }

    /**
     * The line declares the comma-separated tables it starts with; words after them (why the rows go) are not tables, or a
     * reason that mentions another table ("orders keep theirs") would accept that table's loss unseen.
     */
    @Test
    void aReasonAfterTheDeclaredTablesDeclaresNoMoreTables() throws Exception {
        SchemaDef shop = shop("", "");
        MigrationsFolder folder = generated(shop);
        new Generator().generate(shop, folder, GenerateOptions.batch().withName("cleanup").withCustom(true));
        Path cleanup = folder.sqlFile("0001_cleanup");
        Files.writeString(cleanup, Files.readString(cleanup) + "\n-- godwit:accept-data-loss customers (test accounts; orders must stay)\n"
                + "DELETE FROM customers;\n");
        List<Finding> f = Verifier.verify(shop, folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertTrue(f.get(0).message().contains("\n    - \"orders\": 3 of 3 rows deleted"), f.get(0).message());
        assertTrue(!f.get(0).message().contains("\"customers\": 3 of 3"), f.get(0).message());
    }

    @Test
    void brokenMigrationFailsReplayNamingFileAndStatement() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("oops").withCustom(true));
        Files.writeString(folder.sqlFile("0001_oops"), "UPDATE `nope` SET x = 1;");
        List<Finding> f = Verifier.verify(users(), folder);
        assertEquals(List.of(Finding.Kind.REPLAY), kinds(f));
        assertTrue(f.get(0).message().contains("fails in drizzle/0001_oops.sql at statement 1:\n    UPDATE `nope` SET x = 1;"), f.get(0).message());
        assertTrue(f.get(0).message().contains("no such table: nope"), f.get(0).message());
    }

    @Test
    void folderProblemsStopTheOtherChecks() throws Exception {
        MigrationsFolder folder = generated(users());
        Files.writeString(folder.dir().resolve("0001_stray.sql"), "SELECT 1;");
        List<Finding> f = Verifier.verify(users(ColumnDef.of("name", "text")), folder);
        assertEquals(List.of(Finding.Kind.FOLDER), kinds(f));
        assertTrue(f.get(0).message().startsWith("drizzle/0001_stray.sql is SQL outside the snapshots: it has no entry in meta/_journal.json (made by `wrangler d1 migrations create`?)"), f.get(0).message());
        assertTrue(f.get(0).message().contains("Bring it in: move it out of the folder (db:generate refuses a folder holding it), run mvn"
                + " db:generate -Ddb.custom -Ddb.name=stray and paste its SQL into the new file"), f.get(0).message());
        // not for a file wrangler applied somewhere, which its d1_migrations records by name (a red-team followed it into renumbered rows)
        assertTrue(f.get(0).message().endsWith("That is for a file no database has applied yet: one that wrangler applied somewhere is recorded"
                + " there by its file name, and moved or renamed it would run there again; keep such a file as it is (see Limits in Godwit's README)"),
                f.get(0).message());
        // following the advice works: out of the folder, the custom migration is written, the SQL goes in, verify passes
        Path outside = dir.resolve("0001_stray.sql");
        Files.move(folder.dir().resolve("0001_stray.sql"), outside);
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("stray").withCustom(true));
        Path custom = folder.sqlFile("0001_stray");
        Files.writeString(custom, Files.readString(custom) + "\n" + Files.readString(outside));
        assertEquals(List.of(), Verifier.verify(users(), folder));
    }

    @Test
    void brokenOlderSnapshotIsFoundThoughOnlyTheLatestIsReadWhole() throws Exception {
        SchemaDef v2 = users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = generated(users(), v2, users(ColumnDef.of("name", "text"), ColumnDef.of("age", "integer")));
        Path second = folder.metaDir().resolve("0001_snapshot.json");
        String secondText = Files.readString(second);
        Files.writeString(second, secondText.replaceFirst("\"prevId\": \"[^\"]*\"", "\"prevId\": \"elsewhere\""));
        List<Finding> chain = Verifier.verify(v2, folder);
        assertEquals(List.of(Finding.Kind.FOLDER), kinds(chain));
        assertTrue(chain.get(0).message().startsWith("drizzle/meta/0001_snapshot.json has prevId elsewhere but the migration before it has id"),
                chain.get(0).message());
        // a merge of a branch made on a migration the other branch dropped: restoring it is not the way on there
        assertTrue(chain.get(0).message().endsWith(": the snapshot chain is broken (a migration was removed or reordered); restore the missing"
                + " migration, or, where a merge brought migrations made on one that the other branch dropped since (db:drop), run mvn db:rebase:"
                + " it names the way on"), chain.get(0).message());

        Files.writeString(second, secondText);
        Path first = folder.metaDir().resolve("0000_snapshot.json");
        Files.writeString(first, Files.readString(first).replaceFirst("\"isUnique\": true", "\"isUnique\": tru"));
        List<Finding> json = Verifier.verify(v2, folder);
        assertEquals(List.of(Finding.Kind.FOLDER), kinds(json));
        assertTrue(json.get(0).message().matches("drizzle/meta/0000_snapshot.json is not valid JSON \\(line \\d+, column \\d+\\): unexpected 't', a value"
                + " was expected. Restore it from version control."), json.get(0).message());
    }

    @Test
    void aSchemaThatFailsToLoadIsReportedBeforeTheFoldersProblems() throws Exception {
        MigrationsFolder folder = generated(users());
        Files.writeString(folder.dir().resolve("0001_stray.sql"), "SELECT 1;");
        IllegalStateException loading = new IllegalStateException("class Users failed to initialise");
        assertEquals(loading, org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Verifier.check(() -> {
            throw loading;
        }, folder)));
    }

    /**
     * db:verify -Ddb.drift -Ddb.tablesFilter=!legacy_*: another system's table was "unexpected table: legacy_kv", the advice to put
     * it into the schema code. Left out now, pending or not; the migrations' schema declaring a table the filter leaves out is refused.
     */
    @Test
    void driftLeavesOutTheTablesOutsideTheTablesFilter() {
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")));
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        dev.godwit.engine.introspect.TablesFilter filter = dev.godwit.engine.introspect.TablesFilter.parse("!legacy_*");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE legacy_kv (k text PRIMARY KEY, v text)"), false);
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), new ApplyOptions(false, false, 1));
            var made = Verifier.triggersMadeOnce(folder.migrations(), history);
            List<Finding> pending = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder), "", made, filter);
            assertEquals(1, pending.size(), pending.toString());
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            List<Finding> without = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertEquals(1, without.size(), without.toString());
            assertTrue(without.get(0).message().contains("unexpected table: \"legacy_kv\""), "without the filter it is one");
            assertTrue(without.get(0).message().endsWith("\n  If that table is another system's, not the schema code's, leave it out:"
                    + " -Ddb.tablesFilter=!legacy_kv (or <tablesFilter> in the plugin's configuration; db:push and db:pull leave such tables alone too)"),
                    without.get(0).message());
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            assertEquals(List.of(), Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder), "", made, filter));
            // its view too: matched by its own name, and named in the advice (-Ddb.tablesFilter=!legacy_kv alone left it unexpected)
            db.runAtomically(List.of("CREATE VIEW legacy_view AS SELECT k FROM legacy_kv"), false);
            assertEquals(List.of(), Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder), "", made, filter));
            String withView = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)).get(0).message();
            assertTrue(withView.endsWith("\n  If that table and view are another system's, not the schema code's, leave them out:"
                    + " -Ddb.tablesFilter=!legacy_kv,!legacy_view (or <tablesFilter> in the plugin's configuration; db:push and db:pull leave such"
                    + " tables alone too)"), withView);
            dev.godwit.engine.GodwitException e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.GodwitException.class, () -> Verifier.drift(db, history,
                    folder.migrations(), Verifier.recorded(folder), "", made, dev.godwit.engine.introspect.TablesFilter.parse("posts")));
            assertTrue(e.getMessage().startsWith("The migrations' schema declares the table users, which tablesFilter posts leaves out"), e.getMessage());
        }
    }

    /** drizzle-orm's history under a name of the project's was "unexpected table: my_migrations" to the drift: left out now, saying so. */
    @Test
    void driftLeavesOutDrizzleOrmsHistoryUnderAnotherName() {
        MigrationsFolder folder = generated(users());
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        List<String> warned = new ArrayList<>();
        EngineLog log = new EngineLog() {
            @Override
            public void info(String m) {
            }

            @Override
            public void warn(String m) {
                warned.add(m);
            }
        };
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            db.runAtomically(List.of(HistoryTable.forName("my_migrations").createSql(),
                    "INSERT INTO my_migrations (hash, created_at) VALUES ('" + "ab".repeat(32) + "', 1)"), false);
            assertEquals(List.of(), Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder), "",
                    Verifier.triggersMadeOnce(folder.migrations(), history), dev.godwit.engine.introspect.TablesFilter.ALL, log));
            assertEquals(List.of("Leaving table my_migrations out of the comparison: it holds drizzle-orm's migration history (1 row(s), its migrate()'s"
                    + " migrationsTable or drizzle.config's migrations.table), not a table of the schema. db:apply reads it with"
                    + " -Ddb.migrationsTable=my_migrations."), warned);
        }
    }

    /**
     * db:verify -Ddb.drift on a database db:push moved part of the way (users.name there, 0001 adding it and age pending) said "Run mvn
     * db:apply -Dlocal", and the apply then failed "duplicate column name: name"; db:status named that statement (SchemaTrial). The
     * drift check now says what db:status says: the statement db:apply fails at, with the way on (db:push, then db:baseline).
     */
    @Test
    void driftWithPendingMigrationsNamesTheStatementTheApplyFailsAt() {
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text"), ColumnDef.of("age", "integer")));
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), new ApplyOptions(false, false, 1));
            db.runAtomically(List.of("ALTER TABLE users ADD name text"), false);   // as db:push -Dlocal brought it, before age was declared
            List<Finding> found = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder), " -Ddb.local.path=live.sqlite");
            String pending = found.get(0).message();
            assertTrue(pending.startsWith("1 migration(s) are not applied to local SQLite file"), pending);
            assertTrue(pending.contains(": 0001_v1; db:apply fails at 0001_v1.sql, statement 1 of 2:\n    ALTER TABLE `users` ADD `name` text;"), pending);
            assertTrue(pending.contains("duplicate column name: name"), pending);
            assertTrue(pending.contains("bring the rest with mvn db:push -Dlocal -Ddb.local.path=live.sqlite")
                    && pending.contains("mvn db:baseline -Dlocal -Ddb.local.path=live.sqlite -Ddb.baseline=0001_v1"), pending);
            org.junit.jupiter.api.Assertions.assertFalse(pending.contains("Run mvn db:apply"), pending);
            assertEquals(List.of(), found.subList(1, found.size()).stream().map(Finding::message).toList());
        }
    }

    @Test
    void driftFindsPendingMigrationsAndManualChanges() {
        SchemaDef v1 = users();
        MigrationsFolder folder = generated(v1, users(ColumnDef.of("name", "text")));
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), new ApplyOptions(false, false, 1));
            List<Finding> pending = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertEquals(1, pending.size());
            assertTrue(pending.get(0).message().startsWith("1 migration(s) are not applied to local SQLite file"), pending.get(0).message());
            assertTrue(pending.get(0).message().endsWith(": 0001_v1. Run mvn db:apply -Dlocal"), pending.get(0).message());
            // a change by hand behind a pending migration is said too (a trial saw only "not applied", then the apply failing on it)
            db.runAtomically(List.of("CREATE TABLE manual (id integer)"), false);
            List<Finding> behind = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertEquals(2, behind.size(), behind.toString());
            assertTrue(behind.get(1).message().contains("was changed outside the migrations (compared with what the migrations applied there make):\n"
                    + "    unexpected table: \"manual\""), behind.get(1).message());
            db.runAtomically(List.of("DROP TABLE manual"), false);

            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            assertEquals(List.of(), Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)));

            db.runAtomically(List.of("CREATE TABLE manual (id integer)"), false);
            List<Finding> drift = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertEquals(1, drift.size());
            assertTrue(drift.get(0).message().contains("was changed outside the migrations:\n    unexpected table: \"manual\""), drift.get(0).message());
            // an index made by hand is named as found, not as the DROP that would remove it
            db.runAtomically(List.of("DROP TABLE manual", "CREATE INDEX sneaky ON users (email, id)"), false);
            List<Finding> index = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertTrue(index.get(0).message().contains("was changed outside the migrations:\n    unexpected index: \"sneaky\" on \"users\""),
                    index.get(0).message());
            // one redefined by hand under its own name is one line, not "unexpected" and "missing" both
            db.runAtomically(List.of("DROP INDEX sneaky", "DROP INDEX users_email_unique", "CREATE UNIQUE INDEX users_email_unique ON users (email, id)"), false);
            String redefined = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)).get(0).message();
            // with which part differs (a red-team review could not tell from "differs: index")
            assertTrue(redefined.contains("was changed outside the migrations:\n    differs: index \"users_email_unique\" on \"users\": its keys (here:"
                    + " email, id) (to match: "), redefined);
            db.runAtomically(List.of("DROP INDEX users_email_unique", "CREATE UNIQUE INDEX users_email_unique ON users (email) WHERE email <> ''"), false);
            String partial = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)).get(0).message();
            assertTrue(partial.contains("differs: index \"users_email_unique\" on \"users\": its WHERE (here: email <> '') (to match: "), partial);
            org.junit.jupiter.api.Assertions.assertFalse(redefined.contains("unexpected index"), redefined);
        }
    }

    /**
     * A review of the drift check with migrations pending: it compared with the last applied migration's snapshot, so a table an
     * applied hand-written migration made read as "changed outside the migrations, undo it". What the applied ones make is
     * their replay, hand-written ones included.
     */
    @Test
    void driftWithPendingMigrationsTakesWhatAppliedHandWrittenOnesMade() throws Exception {
        SchemaDef v1 = users();
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dev.godwit.engine.generate.Generator g = new dev.godwit.engine.generate.Generator();
        g.generate(v1, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        g.generate(v1, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("codes").withCustom(true));
        Files.writeString(folder.sqlFile("0001_codes"), "CREATE TABLE codes (code text PRIMARY KEY);\n");
        g.generate(users(ColumnDef.of("name", "text")), folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("name"));
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("handmade.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations().subList(0, 2), new ApplyOptions(false, false, 1));
            List<Finding> drift = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertEquals(1, drift.size(), drift.toString());
            assertTrue(drift.get(0).message().startsWith("1 migration(s) are not applied"), drift.get(0).message());
        }
    }

    /**
     * A custom migration creating tables the schema does not declare: db:verify said "run mvn db:generate to add what is missing",
     * and db:generate found nothing to add (the snapshots do not know them); declaring them made db:generate write a CREATE TABLE
     * the replay then refused ("already exists"). A new-user trial found no way on. The finding names the migration and the way.
     */
    @Test
    void tablesAHandWrittenMigrationCreatesGetAWayOn() throws Exception {
        MigrationsFolder folder = generated(users());
        new Generator().generate(users(), folder, GenerateOptions.batch().withName("two").withCustom(true));
        java.nio.file.Path custom = dir.resolve("drizzle/0001_two.sql");
        java.nio.file.Files.writeString(custom, java.nio.file.Files.readString(custom) + "CREATE TABLE a (x);\nCREATE TABLE IF NOT EXISTS `b` (y);\n");
        String finding = Verifier.check(() -> users(), MigrationsFolder.at(dir.resolve("drizzle"))).findings().stream()
                .filter(f -> f.kind() == Finding.Kind.REPLAY).findFirst().orElseThrow().message();
        assertTrue(finding.contains("(a migration db:generate did not write creates what the schema does not declare):\n    unexpected table: \"a\"\n    unexpected table: \"b\""), finding);
        assertTrue(finding.endsWith("\n  \"a\" (0001_two.sql), \"b\" (0001_two.sql) are created by a migration db:generate did not write, and the schema does not"
                + " declare them (db:generate adds nothing: the snapshots do not know them). To keep them, declare them in the schema and run mvn"
                + " db:generate, then delete from the new migration the CREATE TABLE it writes for them (the earlier migration creates them already;"
                + " where nothing else is left in it, write SELECT 1; there, as a migration holding no SQL is refused) and record that edit with mvn db:repair -Dlocal; or, if that migration is applied nowhere yet, move the CREATE TABLE out of it"
                + " into the schema instead. Not to keep them, drop them in a custom migration (mvn db:generate -Ddb.custom)."), finding);
        org.junit.jupiter.api.Assertions.assertFalse(finding.contains("run mvn db:generate to add what is missing"), finding);

        // the way it gives holds: declared, generated, the CREATE TABLEs deleted from the new migration, the edit recorded
        SchemaDef declared = new SchemaDef(List.of(users().tables().get(0), new TableDef("a", List.of(ColumnDef.of("x", "")), null, List.of(), List.of(), List.of(), null),
                new TableDef("b", List.of(ColumnDef.of("y", "")), null, List.of(), List.of(), List.of(), null)), List.of());
        var written = new Generator().generate(declared, MigrationsFolder.at(dir.resolve("drizzle")), GenerateOptions.batch().withName("declare"));
        java.nio.file.Path generatedFile = dir.resolve("drizzle/0002_declare.sql");
        String sql = java.nio.file.Files.readString(generatedFile);
        assertTrue(sql.contains("CREATE TABLE `a`") && sql.contains("CREATE TABLE `b`"), sql);
        java.nio.file.Files.writeString(generatedFile, "-- a and b: created by 0001_two.sql\nSELECT 1;\n");
        new dev.godwit.engine.repair.Repairer(EngineLog.SILENT).repairFolder(MigrationsFolder.at(dir.resolve("drizzle")), dir.resolve("none.sqlite"),
                HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), new dev.godwit.engine.repair.RepairOptions(true, null));
        assertEquals(List.of(), Verifier.check(() -> declared, MigrationsFolder.at(dir.resolve("drizzle"))).findings(), written.toString());
    }

    /**
     * An FTS5 table made by hand passed db:verify -Ddb.drift without a word (the model has no place for a virtual table, db:pull
     * leaves it out), so a new database had no search index. Virtual tables are compared as triggers are, their shadow tables
     * never named; kept in a custom migration (CREATE VIRTUAL TABLE IF NOT EXISTS, as the way on says) it is no drift, and its
     * shadow tables (WITHOUT ROWID) are no warning of db:verify either.
     */
    @Test
    void driftFindsVirtualTablesMadeOrDroppedByHandAndNeverTheirShadowTables() throws Exception {
        MigrationsFolder folder = generated(users());
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            db.runAtomically(List.of("CREATE VIRTUAL TABLE users_fts USING fts5(email)"), false);
            List<Finding> byHand = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertEquals(1, byHand.size(), byHand.toString());
            String finding = byHand.get(0).message();
            assertTrue(finding.contains("was changed outside the migrations:\n    unexpected virtual table: \"users_fts\" (no migration creates it)\n"), finding);
            org.junit.jupiter.api.Assertions.assertFalse(finding.contains("users_fts_"), finding);   // _data, _idx, _content, _docsize, _config: SQLite's
            assertTrue(finding.endsWith("Undo the manual change, or keep a virtual table made outside them in a custom migration (mvn db:generate"
                    + " -Ddb.custom) holding its CREATE VIRTUAL TABLE, written CREATE VIRTUAL TABLE IF NOT EXISTS (this database has it already; the"
                    + " schema code has no place for virtual tables, so without it a new database has none)"), finding);

            // the way on, followed: no drift, and no warning of the shadow tables' WITHOUT ROWID
            new Generator().generate(users(), folder, GenerateOptions.batch().withName("fts").withCustom(true));
            java.nio.file.Path custom = dir.resolve("drizzle/0001_fts.sql");
            java.nio.file.Files.writeString(custom, java.nio.file.Files.readString(custom) + "CREATE VIRTUAL TABLE IF NOT EXISTS users_fts USING fts5(email);\n");
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            assertEquals(List.of(), Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)));
            Verifier.Verification v = Verifier.check(() -> users(), folder);
            assertEquals(List.of(), v.findings());
            assertTrue(v.warnings().stream().noneMatch(w -> w.contains("users_fts")), v.warnings().toString());

            db.runAtomically(List.of("DROP TABLE users_fts"), false);
            String gone = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)).get(0).message();
            assertTrue(gone.contains("\n    virtual table missing: \"users_fts\"") && !gone.contains("users_fts_"), gone);
            db.runAtomically(List.of("CREATE VIRTUAL TABLE users_fts USING fts5(email, tokenize = 'trigram')"), false);
            String changed = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)).get(0).message();
            assertTrue(changed.contains("\n    virtual table differs: \"users_fts\" (not the statement the migrations create)") && !changed.contains("users_fts_"), changed);
        }
    }

    /**
     * A trigger made by hand on the database passed db:verify -Ddb.drift (the schema model holds no trigger), while an index made
     * so was found. Triggers are compared with those the migrations make: one by hand, one dropped, one changed.
     */
    @Test
    void driftFindsTriggersMadeDroppedOrChangedByHand() throws Exception {
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")));
        java.nio.file.Path custom = dir.resolve("drizzle/0002_audit.sql");
        new dev.godwit.engine.generate.Generator().generate(users(ColumnDef.of("name", "text")), folder,
                dev.godwit.engine.generate.GenerateOptions.batch().withName("audit").withCustom(true));
        java.nio.file.Files.writeString(custom, java.nio.file.Files.readString(custom)
                + "CREATE TRIGGER users_named AFTER INSERT ON users BEGIN UPDATE users SET name = 'x' WHERE id = NEW.id AND name IS NULL; END;\n");
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            assertEquals(List.of(), Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)));

            db.runAtomically(List.of("CREATE TRIGGER ws_guard BEFORE DELETE ON users BEGIN SELECT RAISE(ABORT, 'no'); END"), false);
            String byHand = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)).get(0).message();
            assertTrue(byHand.contains("was changed outside the migrations:\n    unexpected trigger: \"ws_guard\" (no migration creates it)"), byHand);
            // the way on is one that can be followed: the schema code has no place for a trigger
            assertTrue(byHand.endsWith("Undo the manual change, or keep a trigger made outside them in a custom migration (mvn db:generate -Ddb.custom)"
                    + " holding its CREATE TRIGGER, written CREATE TRIGGER IF NOT EXISTS (this database has it already; the schema code has no place"
                    + " for triggers)"), byHand);

            db.runAtomically(List.of("DROP TRIGGER ws_guard", "DROP TRIGGER users_named",
                    "CREATE TRIGGER users_named AFTER INSERT ON users BEGIN UPDATE users SET name = 'y' WHERE id = NEW.id; END"), false);
            String changed = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)).get(0).message();
            assertTrue(changed.contains("\n    trigger differs: \"users_named\" (not the statement the migrations create)"), changed);
            // a review: the way on said CREATE TRIGGER IF NOT EXISTS, which leaves a changed trigger as it is
            assertTrue(changed.endsWith("Undo the manual change, or keep a trigger changed outside them in a custom migration holding DROP TRIGGER"
                    + " IF EXISTS and then its CREATE TRIGGER as this database has it (SELECT sql FROM sqlite_master WHERE type = 'trigger')"), changed);

            // a comment, other spacing or quoting is no change (an edit db:repair recorded, a name a RENAME requoted)
            db.runAtomically(List.of("DROP TRIGGER users_named", "CREATE TRIGGER \"users_named\" AFTER INSERT ON `users` BEGIN -- name it\n"
                    + "  UPDATE users SET name = 'x'  WHERE id = NEW.id AND name IS NULL; END"), false);
            assertEquals(List.of(), Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)));
            db.runAtomically(List.of("DROP TRIGGER users_named"), false);
            String gone = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder)).get(0).message();
            assertTrue(gone.contains("\n    trigger missing: \"users_named\""), gone);
            assertTrue(gone.endsWith("Undo the manual change, or for a trigger dropped outside them that is meant to go, a custom migration holding"
                    + " DROP TRIGGER IF EXISTS with its name"), gone);
        }
    }

    /**
     * db:verify's replay counts texts a copy into a numeric column turns into numbers reading back different (RowChange
     * VALUES_CONVERTED), as the pre-flight does; a retype db:generate wrote only with -Ddb.acceptDataLoss was acknowledged there,
     * and is not a finding (the generated rows of a CHECK'd digit column, '01' becoming 1, failed db:verify otherwise), as the
     * pre-flight has it (ReplayedRowsTest has the excuse refused where the snapshots show no such type change).
     */
    @Test
    void aTextToNumberRetypeDbGenerateWroteWithAcceptDataLossIsNoFinding(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        dev.godwit.schema.model.SchemaDef v1 = new dev.godwit.schema.model.SchemaDef(List.of(new dev.godwit.schema.model.TableDef("t",
                List.of(dev.godwit.schema.model.ColumnDef.of("id", "integer").withPrimaryKey(true), dev.godwit.schema.model.ColumnDef.of("code", "text").withNotNull(true)),
                null, List.of(), List.of(), List.of(new dev.godwit.schema.model.CheckDef("digits", "code GLOB '0[0-9]*'")), null)), List.of());
        dev.godwit.schema.model.SchemaDef v2 = new dev.godwit.schema.model.SchemaDef(List.of(new dev.godwit.schema.model.TableDef("t",
                List.of(dev.godwit.schema.model.ColumnDef.of("id", "integer").withPrimaryKey(true), dev.godwit.schema.model.ColumnDef.of("code", "integer").withNotNull(true)),
                null, List.of(), List.of(), List.of(), null)), List.of());
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new dev.godwit.engine.generate.Generator().generate(v1, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        new dev.godwit.engine.generate.Generator().generate(v2, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("retype").withAcceptDataLoss(true));
        assertEquals(List.of(), Verifier.verify(v2, folder));
    }

    /**
     * db:verify -Ddb.drift gave the one advice for every history row the folder lacks ("applied from another branch? merge that
     * branch, or restore the migration") and "Run mvn db:apply -Dlocal" for every pending migration, where db:status and
     * db:apply say otherwise: db:apply refuses pending migrations over another branch's row, a row written twice is a copy
     * db:repair removes, and a row of a migration db:rebase moved is one db:repair moves. Drift now says what they say.
     */
    @Test
    void driftGivesTheWayOnDbStatusAndDbApplyGiveForRowsTheFolderLacks() throws Exception {
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")));
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), new ApplyOptions(false, false, 1));
            db.runAtomically(List.of("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('abcdef0123456789', 1900000000000)"), false);
            List<Finding> drift = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertEquals(2, drift.size(), drift.toString());
            assertTrue(drift.get(0).message().endsWith(" records migration created_at 1900000000000 (hash abcdef012345) that is not in the folder"
                    + " (applied from another branch?): merge that branch, or restore the migration"), drift.get(0).message());
            String pending = drift.get(1).message();
            assertTrue(pending.startsWith("1 migration(s) are not applied to local SQLite file "), pending);
            assertTrue(pending.contains(": 0001_v1; db:apply refuses them before sending anything: The database records migration(s) the folder"
                    + " does not have: created_at 1900000000000 (hash abcdef012345)."), pending);
            assertTrue(pending.contains("if those rows are from an abandoned branch, remove them with mvn db:repair -Dlocal"), pending);
            assertTrue(!pending.contains("Run mvn db:apply"), pending);

            // a copy of 0000_v0's row (two migrate() runs at once)
            db.runAtomically(List.of("DELETE FROM __drizzle_migrations WHERE created_at = 1900000000000",
                    "INSERT INTO __drizzle_migrations (hash, created_at) SELECT hash, created_at FROM __drizzle_migrations"), false);
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            List<Finding> copy = Verifier.drift(db, history, folder.migrations(), Verifier.recorded(folder));
            assertEquals(1, copy.size(), copy.toString());
            assertTrue(copy.get(0).message().matches("local SQLite file .* records 0000_v0 twice: a copy of the row of 0000_v0 \\(created_at \\d+\\);"
                    + " mvn db:repair -Dlocal removes the copy \\(keeping one row\\)"), copy.get(0).message());
        }

        // 0001_v1 moved to a new "when" (db:rebase regenerated around it, or the journal was edited) after it ran here
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("moved.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            long when = folder.readJournal().entries().get(1).when();
            Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace(String.valueOf(when), String.valueOf(when + 7)));
            Files.writeString(folder.sumFile("0001_v1"), Files.readString(folder.sumFile("0001_v1")).replace("when=" + when, "when=" + (when + 7)));
            MigrationsFolder moved = MigrationsFolder.at(folder.dir());
            List<Finding> drift = Verifier.drift(db, history, moved.migrations(), Verifier.recorded(moved));
            assertEquals(2, drift.size(), drift.toString());
            assertTrue(drift.get(0).message().endsWith(" records the SQL of 0001_v1 as created_at " + when + " (hash "
                    + drift.get(0).message().replaceFirst("(?s).*\\(hash (\\w+)\\).*", "$1") + "), under the \"when\" it had before db:rebase or"
                    + " a merge moved it: mvn db:repair -Dlocal moves that row, so that it does not run again"), drift.get(0).message());
            assertTrue(drift.get(1).message().contains(": 0001_v1; db:apply refuses them before sending anything: Migration(s) already applied"
                    + " under another \"when\" would run again"), drift.get(1).message());
        }
    }

    /** An edited applied migration: drift said only to restore it, where db:apply and db:status name db:repair for a deliberate edit. */
    @Test
    void driftNamesDbRepairForADeliberateEditAsDbApplyDoes() throws Exception {
        MigrationsFolder folder = generated(users(), users(ColumnDef.of("name", "text")));
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), new ApplyOptions(false, false, 1));
            Files.writeString(folder.sqlFile("0001_v1"), "-- reviewed\n" + Files.readString(folder.sqlFile("0001_v1")));
            MigrationsFolder edited = MigrationsFolder.at(folder.dir());
            assertEquals(List.of(new Finding(Finding.Kind.DRIFT, "0001_v1.sql was changed after it was applied to " + db.describe() + ": restore it from"
                    + " version control and put new changes in a new migration; if the edit is deliberate (a comment, a reviewed fix), record it"
                    + " with mvn db:repair -Dlocal")), Verifier.drift(db, history, edited.migrations(), Verifier.recorded(edited)));
        }
    }

    /**
     * A drizzle-kit 1.0 migration folder merged in beside the journal is skipped by drizzle's history, so db:apply refuses the
     * folder: the check found nothing, so the pull request went green and the deploy red.
     */
    @Test
    void aDrizzleKit1MigrationFolderBesideTheJournalIsAFindingAsDbApplyRefusesIt() throws Exception {
        MigrationsFolder folder = generated(users());
        Path v1 = Files.createDirectories(folder.dir().resolve("20260510145319_vengeful_harpoon"));
        Files.writeString(v1.resolve("migration.sql"), "CREATE TABLE notes (id integer PRIMARY KEY);\n");
        List<Finding> f = Verifier.check(() -> users(), folder, false).findings();
        assertEquals(List.of(Finding.Kind.FOLDER), kinds(f), f.toString());
        assertTrue(f.get(0).message().startsWith("Migration folder(s) with no journal entry in drizzle: 20260510145319_vengeful_harpoon/migration.sql."
                + " That is drizzle-kit 1.0's layout (one folder per migration, no journal;"), f.get(0).message());
    }
}
