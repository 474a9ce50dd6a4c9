package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The custom-migration snapshot rewrite's leftovers (round 56): a foreign key in another table on a column renamed without the
 * code, db:verify's advice for such a rename, a view SQLite rewrote over a renamed column, a custom migration that fails to replay.
 */
class SchemaChangingCustomLeftoverTest {

    @TempDir
    Path dir;

    private static final ColumnDef ID = ColumnDef.of("id", "integer").withPrimaryKey(true);
    private static final IndexDef EMAIL_UNIQUE = new IndexDef("users_email_unique", List.of(IndexDef.Key.column("email")), true, null);

    private static TableDef users(String name) {
        return new TableDef("users", List.of(ID, ColumnDef.of(name, "text"), ColumnDef.of("email", "text")), null, List.of(EMAIL_UNIQUE),
                List.of(), List.of(), null);
    }

    private static TableDef posts(ColumnDef... more) {
        List<ColumnDef> cols = new java.util.ArrayList<>(List.of(ID, ColumnDef.of("author", "text")));
        cols.addAll(List.of(more));
        return new TableDef("posts", cols, null, List.of(), List.of(new ForeignKeyDef("posts_author_users_email_fk", "posts", List.of("author"),
                "users", List.of("email"), null, null)), List.of(), null);
    }

    private MigrationsFolder initAndCustom(SchemaDef init, String sql) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(init, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(init, folder, GenerateOptions.batch().withName("rename").withCustom(true));
        Path file = folder.sqlFile("0001_rename");
        Files.writeString(file, Files.readString(file) + sql);
        return folder;
    }

    private static final String BOTH_RENAMES = "ALTER TABLE users RENAME COLUMN name TO full_name;\n--> statement-breakpoint\n"
            + "ALTER TABLE users RENAME COLUMN email TO mail;\n";

    private static List<String> refColumns(MigrationsFolder folder, String table) {
        return folder.readSnapshot(folder.snapshotFile("0001_rename")).schema().table(table).orElseThrow().foreignKeys().get(0).refColumns();
    }

    /**
     * A foreign key in another table on users(email), email renamed to mail without the code, posts given a column in the code
     * meanwhile: SQLite rewrites the key to users(mail); recorded so, db:generate rebuilt posts with the code's key on users(email).
     */
    @Test
    void aForeignKeyInAnotherTableOnAnUnfollowedRenameStaysOnTheOldName() throws Exception {
        MigrationsFolder folder = initAndCustom(new SchemaDef(List.of(users("name"), posts()), List.of()), BOTH_RENAMES);
        SchemaDef code = new SchemaDef(List.of(users("full_name"), posts(ColumnDef.of("title", "text"))), List.of());
        GenerateResult r = new Generator().generate(code, folder, GenerateOptions.batch().withName("title"));
        assertTrue(r.written());
        assertEquals("ALTER TABLE `posts` ADD `title` text;", r.sql().strip(), "the new column only, no rebuild of posts: " + r.sql());
        assertEquals(List.of("email"), refColumns(folder, "posts"));
    }

    /** The same key within users itself (a manager's email): its referenced column stays recorded on email too. */
    @Test
    void aSelfReferencingForeignKeyOnAnUnfollowedRenameStaysOnTheOldName() throws Exception {
        TableDef u = users("name");
        TableDef withManager = u.withColumns(List.of(ID, ColumnDef.of("name", "text"), ColumnDef.of("email", "text"), ColumnDef.of("manager", "text")))
                .withForeignKeys(List.of(new ForeignKeyDef("users_manager_users_email_fk", "users", List.of("manager"), "users", List.of("email"), null, null)));
        MigrationsFolder folder = initAndCustom(new SchemaDef(List.of(withManager), List.of()), BOTH_RENAMES);
        TableDef followed = withManager.withColumns(List.of(ID, ColumnDef.of("full_name", "text"), ColumnDef.of("email", "text"), ColumnDef.of("manager", "text")));
        GenerateResult r = new Generator().generate(new SchemaDef(List.of(followed), List.of()), folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no rebuild of users: " + r.sql());
        assertEquals(List.of("email"), refColumns(folder, "users"));
    }

    /**
     * A custom migration whose rename fails (a typo: nme): db:generate said the ambiguous-rename refusal of a diff from the copied
     * snapshot ("is full_name a rename of name?"), only db:verify named the statement. It names the migration, the statement and
     * SQLite's error, and writes nothing.
     */
    @Test
    void aCustomMigrationThatFailsToReplayIsNamedByGenerate() throws Exception {
        MigrationsFolder folder = initAndCustom(new SchemaDef(List.of(users("name")), List.of()),
                "ALTER TABLE users RENAME COLUMN nme TO full_name;\n");
        String snap = Files.readString(folder.snapshotFile("0001_rename"));
        SchemaDef code = new SchemaDef(List.of(users("full_name")), List.of());
        RuntimeException e = assertThrows(RuntimeException.class, () -> new Generator().generate(code, folder, GenerateOptions.batch().withName("next")));
        assertEquals("drizzle/0001_rename.sql, a custom migration, fails when the migrations are replayed on an empty database, at statement 1:\n"
                + "    ALTER TABLE users RENAME COLUMN nme TO full_name;\n"
                + "  SQLite says: [SQLITE_ERROR] SQL error or missing database (no such column: \"nme\")\n  db:generate cannot tell what it makes to the schema, so it wrote nothing. Fix the"
                + " statement in 0001_rename.sql, then run mvn db:generate again (on a database that has applied it already, record the edit"
                + " with mvn db:repair)", e.getMessage());
        assertEquals(2, folder.migrations().size());
        assertEquals(snap, Files.readString(folder.snapshotFile("0001_rename")));
    }

    /** A custom migration only seeding rows is left alone by the rewrite: no warning, its snapshot as it was, nothing written. */
    @Test
    void aSeedOnlyCustomMigrationIsLeftAlone() throws Exception {
        SchemaDef schema = new SchemaDef(List.of(users("name"), posts()), List.of());
        MigrationsFolder folder = initAndCustom(schema, "INSERT INTO users (id, name, email) VALUES (1, 'Ann', 'ann@example.com');\n--> statement-breakpoint\n"
                + "INSERT INTO posts (id, author) VALUES (1, 'ann@example.com');\n");
        String snap = Files.readString(folder.snapshotFile("0001_rename"));
        assertEquals(List.of(), Verifier.verify(schema, folder));
        GenerateResult r = new Generator().generate(schema, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written());
        assertEquals(List.of(), r.warnings());
        assertEquals(snap, Files.readString(folder.snapshotFile("0001_rename")));
    }

    /**
     * A custom migration renaming a column the code does not follow (email -> mail, the code keeping email): db:verify's replay
     * finding ended "or run mvn db:generate to add what is missing", and db:generate said No schema changes. It says what to do.
     */
    @Test
    void verifyAdvisesFollowingOrUndoingAnUnfollowedRename() throws Exception {
        SchemaDef code = new SchemaDef(List.of(users("name")), List.of());
        MigrationsFolder folder = initAndCustom(code, "ALTER TABLE users RENAME COLUMN email TO mail;\n");
        List<Finding> findings = Verifier.verify(code, folder);
        assertEquals(1, findings.size(), findings.toString());
        String m = findings.get(0).message();
        assertFalse(m.contains("run mvn db:generate to add what is missing"), m);
        assertTrue(m.endsWith("\n  drizzle/0001_rename.sql, a custom migration, renames column \"users\".\"email\" to \"mail\", which the schema code does not"
                + " follow (it still declares \"email\"), so db:generate writes nothing for it. Follow the rename in the schema code (declare \"mail\";"
                + " mvn db:generate then records it in 0001_rename.sql's snapshot), or keep \"email\": take the RENAME COLUMN out of 0001_rename.sql"
                + " where it is applied nowhere yet, else rename it back in a new custom migration (mvn db:generate -Ddb.custom) holding:\n"
                + "    ALTER TABLE `users` RENAME COLUMN `mail` TO `email`;"), m);
        assertFalse(new Generator().generate(code, folder, GenerateOptions.batch().withName("next")).written());
        // following it as advised: db:generate records the rename, and the folder verifies
        SchemaDef followed = new SchemaDef(List.of(new TableDef("users", List.of(ID, ColumnDef.of("name", "text"), ColumnDef.of("mail", "text")), null,
                List.of(new IndexDef("users_email_unique", List.of(IndexDef.Key.column("mail")), true, null)), List.of(), List.of(), null)), List.of());
        GenerateResult r = new Generator().generate(followed, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), r.sql());
        assertEquals(List.of(), Verifier.verify(followed, folder));
    }

    /** Once db:generate recorded a rename the code follows beside it, the snapshot is no copy: only undoing the rename is offered. */
    @Test
    void verifyAdvisesUndoingAnUnfollowedRenameOnceTheSnapshotIsRewritten() throws Exception {
        MigrationsFolder folder = initAndCustom(new SchemaDef(List.of(users("name")), List.of()), BOTH_RENAMES);
        SchemaDef code = new SchemaDef(List.of(users("full_name")), List.of());
        new Generator().generate(code, folder, GenerateOptions.batch().withName("next"));
        List<Finding> findings = Verifier.verify(code, folder);
        assertEquals(1, findings.size(), findings.toString());
        String m = findings.get(0).message();
        assertTrue(m.endsWith("\n  drizzle/0001_rename.sql, a custom migration, renames column \"users\".\"email\" to \"mail\", which the schema code does not"
                + " follow (it still declares \"email\"), so db:generate writes nothing for it. Rename it back in a new custom migration (mvn db:generate"
                + " -Ddb.custom) holding:\n    ALTER TABLE `users` RENAME COLUMN `mail` TO `email`;\n  or, where 0001_rename.sql is applied nowhere"
                + " yet, take the RENAME COLUMN out of it"), m);
    }

    /**
     * A view over a column the custom migration renames, the code following both: SQLite rewrites the view's text; recorded with
     * its old text, the next db:generate wrote DROP VIEW and CREATE VIEW for nothing.
     */
    @Test
    void aViewSqliteRewroteOverAFollowedRenameIsRecordedAsMade() throws Exception {
        SchemaDef init = new SchemaDef(List.of(users("name")), List.of(new ViewDef("names", "select `name` from `users`", false, null)));
        MigrationsFolder folder = initAndCustom(init, "ALTER TABLE users RENAME COLUMN name TO full_name;\n");
        SchemaDef code = new SchemaDef(List.of(users("full_name")), List.of(new ViewDef("names", "select `full_name` from `users`", false, null)));
        GenerateResult r = new Generator().generate(code, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no DROP VIEW / CREATE VIEW: " + r.sql());
        assertTrue(Files.readString(folder.snapshotFile("0001_rename")).contains("select `full_name` from `users`"));
        assertEquals(List.of(), Verifier.verify(code, folder));
    }
}
