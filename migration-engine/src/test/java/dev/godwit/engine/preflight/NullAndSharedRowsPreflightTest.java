package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-flight of a remote D1 database runs on a replica of its schema holding generated rows, all set and all distinct: a
 * rebuild copying only the rows {@code WHERE title IS NOT NULL} passed it, and D1 lost every post without a title. Where the
 * generated rows show nothing, rows holding NULL and rows sharing a value are tried too.
 */
class NullAndSharedRowsPreflightTest {

    private static final String POSTS = "CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL, `title` text)";

    @TempDir
    Path dir;

    private Migration migration(String sql) {
        return new Migration(new JournalEntry(0, "6", 1000L, "0000_step", true), dir.resolve("0000_step.sql"), sql);
    }

    @Test
    void aRebuildKeepingOnlyTheRowsWithAValueIsRefusedOnTheReplica() {
        try (SqliteDatabase live = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            live.runAtomically(List.of(POSTS, "INSERT INTO posts VALUES (1, 'a'), (2, NULL)"), false);
            Migration m = migration("CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY NOT NULL, `title` text);\n--> statement-breakpoint\n"
                    + "INSERT INTO `__new_posts` SELECT `id`, `title` FROM `posts` WHERE `title` IS NOT NULL;\n--> statement-breakpoint\n"
                    + "DROP TABLE `posts`;\n--> statement-breakpoint\nALTER TABLE `__new_posts` RENAME TO `posts`;");
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                    () -> Preflight.ofLiveSchema(live, Set.of(), false, EngineLog.SILENT).check(List.of(m)));
            assertTrue(e.getMessage().contains("\"posts\": 1 of 3 rows deleted"), e.getMessage());
        }
    }

    @Test
    void aMigrationThatKeepsEveryRowStillPasses() {
        try (SqliteDatabase live = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            live.runAtomically(List.of(POSTS, "INSERT INTO posts VALUES (1, 'a'), (2, NULL)"), false);
            Preflight.ofLiveSchema(live, Set.of(), false, EngineLog.SILENT).check(List.of(migration(
                    "UPDATE `posts` SET `title` = coalesce(`title`, 'untitled');")));
        }
    }

    /** The second run is spent only where a statement can tell such rows apart: not on a rebuild as db:generate writes it. */
    @Test
    void onlyAMigrationThatCanTellRowsApartIsRunAgain() {
        assertFalse(EdgeRows.mayTellRowsApart(migration("CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY NOT NULL, `title` text NOT NULL);\n"
                + "--> statement-breakpoint\nINSERT INTO `__new_posts`(`id`, `title`) SELECT `id`, coalesce(`title`, '') FROM `posts`;\n"
                + "--> statement-breakpoint\nDROP TABLE `posts`;\n--> statement-breakpoint\nALTER TABLE `__new_posts` RENAME TO `posts`; -- WHERE")));
        assertFalse(EdgeRows.mayTellRowsApart(migration("UPDATE `posts` SET `title` = 'where';")));
        assertFalse(EdgeRows.mayTellRowsApart(migration("CREATE TABLE `__new_players` (`id` integer PRIMARY KEY, `team_id` integer, FOREIGN KEY (`team_id`)"
                + " REFERENCES `teams`(`id`) ON UPDATE cascade ON DELETE set null);\n--> statement-breakpoint\nINSERT INTO `__new_players` SELECT `id`,"
                + " replace(`team_id`, ' ', '') FROM `players`;")));
        for (String sql : List.of("DELETE FROM posts", "INSERT OR IGNORE INTO t SELECT * FROM posts", "INSERT INTO t SELECT DISTINCT title FROM posts",
                "INSERT INTO t SELECT p.id FROM posts p JOIN users u ON u.id = p.user_id", "UPDATE posts SET title = 'x' WHERE id > 1",
                "CREATE TABLE t (a text UNIQUE ON CONFLICT IGNORE)", "INSERT INTO t SELECT min(id) FROM posts GROUP BY title")) {
            assertTrue(EdgeRows.mayTellRowsApart(migration(sql)), sql);
        }
    }

    /**
     * A red-team review (round 48): a local file's rows lost by a rebuild's {@code INSERT OR IGNORE} into a new UNIQUE index were
     * refused "through 0001_uq.sql statement 5: ALTER TABLE ... RENAME" with a hint about copies that leave the primary key out. The
     * copy's own clause did it: the refusal names the copy and that clause (OR IGNORE, DISTINCT, GROUP BY, WHERE).
     */
    @Test
    void rowsACopyLeavesOutAreSaidToGoThroughTheCopyAndItsClause() {
        String head = "CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY NOT NULL, `title` text);\n--> statement-breakpoint\n"
                + "CREATE UNIQUE INDEX `posts_title_unique` ON `__new_posts` (`title`);\n--> statement-breakpoint\n";
        String tail = ";\n--> statement-breakpoint\nDROP TABLE `posts`;\n--> statement-breakpoint\nALTER TABLE `__new_posts` RENAME TO `posts`;";
        String[][] cases = {
                {"INSERT OR IGNORE INTO `__new_posts` SELECT `id`, `title` FROM `posts`", "an INSERT OR IGNORE copies no row that conflicts"},
                {"INSERT INTO `__new_posts` SELECT min(`id`), `title` FROM `posts` GROUP BY `title`", "the copy's GROUP BY folds rows sharing"},
                {"INSERT INTO `__new_posts` SELECT `id`, `title` FROM `posts` WHERE `id` <> 2", "the copy's WHERE keeps only the rows it matches"}};
        for (int i = 0; i < cases.length; i++) {
            Path file = dir.resolve("uq" + i + ".sqlite");
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                db.runAtomically(List.of(POSTS, "INSERT INTO posts VALUES (1, 'a'), (2, 'a'), (3, 'b')"), false);
            }
            Migration m = migration(head + cases[i][0] + tail);
            String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(m))).getMessage();
            assertTrue(e.contains("\"posts\": 1 of 3 rows deleted, through 0000_step.sql statement 3: " + cases[i][0].substring(0, 20)), e);
            assertTrue(e.contains(cases[i][1]), e);
            assertFalse(e.contains("numbers the rows afresh"), e);
        }
    }

    /**
     * A rebuild's {@code __new_posts} is filled from {@code posts}: a NOT NULL it keeps from there cannot fail on rows holding NULL,
     * though another table the migration names has a nullable column of that name (every rebuild of such a schema ran twice).
     */
    @Test
    void aRebuildKeepingItsOwnNotNullIsNotRunAgainForAnotherTablesNullableColumn() {
        try (SqliteDatabase live = SqliteDatabase.open(dir.resolve("shape.sqlite"))) {
            live.runAtomically(List.of("CREATE TABLE posts (id integer PRIMARY KEY, title text NOT NULL)", "CREATE TABLE users (id integer PRIMARY KEY, title text)"), false);
            dev.godwit.schema.model.SchemaDef schema = dev.godwit.engine.introspect.Introspector.introspect(live);
            String rebuild = "CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY, `title` text NOT NULL);\n--> statement-breakpoint\n"
                    + "INSERT INTO `__new_posts` SELECT `id`, `title` FROM `posts`;\n--> statement-breakpoint\nUPDATE `users` SET `title` = `title`;";
            assertFalse(EdgeRows.mayFailOnEdgeRows(migration(rebuild), schema, new NullableCopies()));
            // made NOT NULL from a nullable column of its own table: it may fail on a row holding NULL
            live.runAtomically(List.of("DROP TABLE posts", "CREATE TABLE posts (id integer PRIMARY KEY, title text)"), false);
            assertTrue(EdgeRows.mayFailOnEdgeRows(migration(rebuild), dev.godwit.engine.introspect.Introspector.introspect(live), new NullableCopies()));
        }
    }

    /**
     * A migration db:generate wrote and nobody edited copies every row alike by construction (a parent's backup, DELETE and copy
     * back included): the second run is for SQL nothing else checks, and once edited, it is such SQL.
     */
    @Test
    void aMigrationAsDbGenerateWroteItIsNotRunAgainButOnceEditedItIs() throws Exception {
        try (SqliteDatabase shape = SqliteDatabase.open(dir.resolve("shape.sqlite"))) {
            shape.runAtomically(List.of(POSTS), false);
            dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
            new dev.godwit.engine.generate.Generator().generate(dev.godwit.engine.introspect.Introspector.introspect(shape), folder,
                    dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
            Migration m = folder.migrations().get(0);
            assertTrue(EdgeRows.writtenByGenerate(m));
            java.nio.file.Files.writeString(m.file(), java.nio.file.Files.readString(m.file()) + "\nDELETE FROM `posts` WHERE `title` IS NULL;\n");
            assertFalse(EdgeRows.writtenByGenerate(folder.migrations().get(0)));
            assertFalse(EdgeRows.writtenByGenerate(migration("DELETE FROM `posts` WHERE `title` IS NULL;")));
        }
    }
}

