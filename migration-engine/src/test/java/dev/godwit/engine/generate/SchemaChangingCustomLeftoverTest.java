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
}
