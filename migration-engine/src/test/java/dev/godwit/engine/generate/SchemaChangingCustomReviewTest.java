package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review of the custom-migration snapshot rewrite: only what the latest custom migration's own SQL makes is recorded. */
class SchemaChangingCustomReviewTest {

    @TempDir
    Path dir;

    /** A hand-made index (for speed) the schema code does not declare: db:generate left it alone before, and must not drop it. */
    @Test
    void aHandMadeIndexTheSchemaDoesNotDeclareIsLeftAlone() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = SchemaChangingCustomMigrationTest.users("name");
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(users, folder, GenerateOptions.batch().withName("speed").withCustom(true));
        Path file = folder.sqlFile("0001_speed");
        Files.writeString(file, Files.readString(file) + "CREATE INDEX users_name_fast ON users (name);\n");
        String snap = Files.readString(folder.snapshotFile("0001_speed"));
        List<Finding> findings = Verifier.verify(users, folder);
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("DROP INDEX") || f.message().contains("a custom migration, changes the schema")),
                findings.toString());
        GenerateResult r = new Generator().generate(users, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no DROP INDEX of the hand-made index: " + r.sql());
        assertEquals(List.of(), r.warnings());
        assertEquals(snap, Files.readString(folder.snapshotFile("0001_speed")));
    }

    /** An earlier generated migration edited by hand, then a custom migration only seeding rows: the edit is not the seed's. */
    @Test
    void aSeedAfterAnEditedMigrationIsNoSchemaChange() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = SchemaChangingCustomMigrationTest.users("name");
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        Path init = folder.sqlFile("0000_init");
        Files.writeString(init, Files.readString(init).replace("`name` text", "`name` text,\n\t`email` text"));
        new Generator().generate(users, folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path file = folder.sqlFile("0001_seed");
        Files.writeString(file, Files.readString(file) + "INSERT INTO users (id, name) VALUES (1, 'Ann');\n");
        String snap = Files.readString(folder.snapshotFile("0001_seed"));
        List<Finding> findings = Verifier.verify(users, folder);
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("a custom migration, changes the schema")), findings.toString());
        GenerateResult r = new Generator().generate(users, folder, GenerateOptions.batch().withName("next"));
        assertEquals(snap, Files.readString(folder.snapshotFile("0001_seed")), "the seed's snapshot left as it was");
    }

    /** A rename the code follows and a hand-made index in the same table: the rename is recorded, the index left unrecorded. */
    @Test
    void aHandMadeIndexBesideAFollowedRenameIsNotDropped() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(SchemaChangingCustomMigrationTest.users("name"), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(SchemaChangingCustomMigrationTest.users("name"), folder, GenerateOptions.batch().withName("rename").withCustom(true));
        Path file = folder.sqlFile("0001_rename");
        Files.writeString(file, Files.readString(file) + "ALTER TABLE users RENAME COLUMN name TO full_name;\n--> statement-breakpoint\n"
                + "CREATE INDEX users_fast ON users (full_name);\n");
        SchemaDef renamed = SchemaChangingCustomMigrationTest.users("full_name");
        List<Finding> findings = Verifier.verify(renamed, folder);
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("DROP INDEX")), findings.toString());
        assertEquals("drizzle/0001_rename.sql, a custom migration, changes the schema, which its snapshot (drizzle/meta/0001_snapshot.json,"
                + " a copy of the one before, as db:generate -Ddb.custom writes it) does not record:\n    - rename column \"users\".\"name\" to"
                + " \"full_name\"\n  Run mvn db:generate: it records what 0001_rename.sql makes in its snapshot", findings.get(0).message());
        GenerateResult r = new Generator().generate(renamed, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no DROP INDEX of the hand-made index: " + r.sql());
        assertFalse(Files.readString(folder.snapshotFile("0001_rename")).contains("users_fast"));
        assertTrue(Files.readString(folder.snapshotFile("0001_rename")).contains("\"full_name\""));
        // as with a hand-made index alone: db:verify's replay names it, nothing says to drop it
        List<Finding> after = Verifier.verify(renamed, folder);
        assertFalse(after.stream().anyMatch(f -> f.message().contains("DROP INDEX") || f.message().contains("a custom migration")), after.toString());
    }

    /** A table the custom migration drops and the schema code no longer declares: recorded gone, no DROP TABLE written again. */
    @Test
    void aTableTheCustomMigrationDropsIsRecordedGone() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = SchemaChangingCustomMigrationTest.users("name");
        TableDef legacy = new TableDef("legacy", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
        SchemaDef both = new SchemaDef(List.of(users.tables().get(0), legacy), List.of());
        new Generator().generate(both, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(both, folder, GenerateOptions.batch().withName("cleanup").withCustom(true));
        Path file = folder.sqlFile("0001_cleanup");
        Files.writeString(file, Files.readString(file) + "DROP TABLE legacy;\n");
        List<Finding> findings = Verifier.verify(users, folder);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("a custom migration, changes the schema") && findings.get(0).message().contains("drop table \"legacy\""),
                findings.toString());
        GenerateResult r = new Generator().generate(users, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no DROP TABLE again: " + r.sql());
        assertFalse(Files.readString(folder.snapshotFile("0001_cleanup")).contains("legacy"));
        assertEquals(List.of(), Verifier.verify(users, folder));
    }

    /** A table renamed by a statement this does not read (a quoted name with a space): not taken for a drop, the snapshot left as it was. */
    @Test
    void aTableGoneByAnUnreadRenameIsNotRecordedDropped() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        TableDef a = new TableDef("my users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
        new Generator().generate(new SchemaDef(List.of(a), List.of()), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(new SchemaDef(List.of(a), List.of()), folder, GenerateOptions.batch().withName("rename").withCustom(true));
        Path file = folder.sqlFile("0001_rename");
        Files.writeString(file, Files.readString(file) + "ALTER TABLE \"my users\" RENAME TO \"my people\";\n");
        String snap = Files.readString(folder.snapshotFile("0001_rename"));
        SchemaDef renamed = new SchemaDef(List.of(a.withName("my people").withRenamedFrom("my users")), List.of());
        GenerateResult r = new Generator().generate(renamed, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.sql() != null && r.sql().contains("CREATE TABLE"), "no CREATE TABLE of a table the migration made: " + r.sql());
        assertEquals(snap, Files.readString(folder.snapshotFile("0001_rename")));
    }

    /** A hand rebuild changing a column's type, the code following, and adding a CHECK the code does not declare: the CHECK is not recorded. */
    @Test
    void aHandMadeCheckInARebuildTheCodeFollowsIsNotDropped() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = SchemaChangingCustomMigrationTest.users("age");
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(users, folder, GenerateOptions.batch().withName("retype").withCustom(true));
        Path file = folder.sqlFile("0001_retype");
        Files.writeString(file, Files.readString(file)
                + "CREATE TABLE `__new_users` (`id` integer PRIMARY KEY, `age` integer, CONSTRAINT age_ok CHECK (age >= 0));\n--> statement-breakpoint\n"
                + "INSERT INTO `__new_users`(id, age) SELECT id, age FROM users;\n--> statement-breakpoint\nDROP TABLE users;\n--> statement-breakpoint\n"
                + "ALTER TABLE `__new_users` RENAME TO `users`;\n");
        TableDef u = users.tables().get(0);
        SchemaDef retyped = new SchemaDef(List.of(u.withColumns(List.of(u.columns().get(0), ColumnDef.of("age", "integer")))), List.of());
        GenerateResult r = new Generator().generate(retyped, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no rebuild dropping the hand-made CHECK: " + r.sql());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertFalse(r.warnings().get(0).contains("age_ok"), r.warnings().toString());
        String snap = Files.readString(folder.snapshotFile("0001_retype"));
        assertTrue(snap.contains("\"type\": \"integer\"") && !snap.contains("age_ok"), snap);
    }

    /**
     * A hand rebuild changing a column's type, the code following, and adding a foreign key the code does not declare: recorded, the
     * next db:generate would rebuild the table to drop it, as it would a CHECK made by hand.
     */
    @Test
    void aHandMadeForeignKeyInARebuildTheCodeFollowsIsNotDropped() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = SchemaChangingCustomMigrationTest.users("age");
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(users, folder, GenerateOptions.batch().withName("retype").withCustom(true));
        Path file = folder.sqlFile("0001_retype");
        Files.writeString(file, Files.readString(file)
                + "CREATE TABLE `__new_users` (`id` integer PRIMARY KEY, `age` integer REFERENCES `users`(`id`));\n--> statement-breakpoint\n"
                + "INSERT INTO `__new_users`(id, age) SELECT id, age FROM users;\n--> statement-breakpoint\nDROP TABLE users;\n--> statement-breakpoint\n"
                + "ALTER TABLE `__new_users` RENAME TO `users`;\n");
        TableDef u = users.tables().get(0);
        SchemaDef retyped = new SchemaDef(List.of(u.withColumns(List.of(u.columns().get(0), ColumnDef.of("age", "integer")))), List.of());
        GenerateResult r = new Generator().generate(retyped, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no rebuild dropping the hand-made foreign key: " + r.sql());
        String snap = Files.readString(folder.snapshotFile("0001_retype"));
        assertTrue(snap.contains("\"type\": \"integer\"") && snap.contains("\"foreignKeys\": {}"), snap);
    }
    /**
     * Two renames in one table, the code following one (name -> full_name) and not the other (email -> mail, the code keeps email):
     * only the followed one is recorded; recorded, the other would have db:generate ask to rename mail back, or drop its values.
     */
    @Test
    void aRenameTheCodeDoesNotFollowBesideOneItDoesIsNotRecorded() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        TableDef users = new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("name", "text"),
                ColumnDef.of("email", "text")), null, List.of(), List.of(), List.of(), null);
        new Generator().generate(new SchemaDef(List.of(users), List.of()), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(new SchemaDef(List.of(users), List.of()), folder, GenerateOptions.batch().withName("rename").withCustom(true));
        Path file = folder.sqlFile("0001_rename");
        Files.writeString(file, Files.readString(file) + "ALTER TABLE users RENAME COLUMN name TO full_name;\n--> statement-breakpoint\n"
                + "ALTER TABLE users RENAME COLUMN email TO mail;\n");
        SchemaDef code = new SchemaDef(List.of(users.withColumns(List.of(users.columns().get(0), ColumnDef.of("full_name", "text"),
                users.columns().get(2)))), List.of());
        List<Finding> findings = Verifier.verify(code, folder);
        assertEquals("drizzle/0001_rename.sql, a custom migration, changes the schema, which its snapshot (drizzle/meta/0001_snapshot.json,"
                + " a copy of the one before, as db:generate -Ddb.custom writes it) does not record:\n    - rename column \"users\".\"name\" to"
                + " \"full_name\"\n  Run mvn db:generate: it records what 0001_rename.sql makes in its snapshot", findings.get(0).message());
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("DROP COLUMN")), findings.toString());
        GenerateResult r = new Generator().generate(code, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "mail neither renamed back nor dropped: " + r.sql());
        assertEquals(List.of("0001_rename.sql, a custom migration, changes the schema (rename column \"users\".\"name\" to \"full_name\"): its snapshot"
                + " now records what it makes, so db:generate does not write that change again"), r.warnings());
        String snap = Files.readString(folder.snapshotFile("0001_rename"));
        assertTrue(snap.contains("\"full_name\"") && snap.contains("\"email\"") && !snap.contains("\"mail\""), snap);
        // as with that rename alone: db:verify's replay names what the migrations make and the code does not declare, nothing says to drop it
        List<Finding> after = Verifier.verify(code, folder);
        assertFalse(after.isEmpty());
        assertFalse(after.stream().anyMatch(f -> f.message().contains("DROP COLUMN") || f.message().contains("a custom migration, changes the schema")), after.toString());
    }
    /**
     * As above, with an index on the column the code keeps (email): SQLite moves it onto mail. Recorded so, db:generate wrote
     * DROP INDEX and CREATE INDEX ... (`email`), which fails on apply (no such column: email).
     */
    @Test
    void anIndexOnARenameTheCodeDoesNotFollowStaysRecordedOnTheOldName() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        TableDef users = new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("name", "text"),
                ColumnDef.of("email", "text")), null, List.of(new IndexDef("users_email_idx", List.of(IndexDef.Key.column("email")), false, null)),
                List.of(), List.of(), null);
        new Generator().generate(new SchemaDef(List.of(users), List.of()), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(new SchemaDef(List.of(users), List.of()), folder, GenerateOptions.batch().withName("rename").withCustom(true));
        Path file = folder.sqlFile("0001_rename");
        Files.writeString(file, Files.readString(file) + "ALTER TABLE users RENAME COLUMN name TO full_name;\n--> statement-breakpoint\n"
                + "ALTER TABLE users RENAME COLUMN email TO mail;\n");
        SchemaDef code = new SchemaDef(List.of(users.withColumns(List.of(users.columns().get(0), ColumnDef.of("full_name", "text"),
                users.columns().get(2)))), List.of());
        GenerateResult r = new Generator().generate(code, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no index written on email, which the database does not have: " + r.sql());
        assertEquals(List.of("0001_rename.sql, a custom migration, changes the schema (rename column \"users\".\"name\" to \"full_name\"): its snapshot"
                + " now records what it makes, so db:generate does not write that change again"), r.warnings());
        String snap = Files.readString(folder.snapshotFile("0001_rename"));
        assertTrue(snap.contains("\"full_name\"") && !snap.contains("\"mail\""), snap);
        List<Finding> after = Verifier.verify(code, folder);
        assertFalse(after.stream().anyMatch(f -> f.message().contains("INDEX") || f.message().contains("a custom migration, changes the schema")), after.toString());
    }
}
