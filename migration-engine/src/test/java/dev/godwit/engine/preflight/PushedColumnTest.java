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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A development database db:push brought part of the way: "posts"."status" pushed and edited, then the code went on and db:generate
 * wrote a rebuild that adds "status" (its copy does not carry it, the previous snapshot had none). The pre-flight found the values
 * lost and said "Fix the migration, or pass -Ddb.acceptDataLoss", which would overwrite them with the default; the migration is
 * right, the database is ahead of its history. It now says so, with db:push and db:baseline.
 */
class PushedColumnTest {

    @TempDir
    Path dir;

    @Test
    void aColumnTheMigrationAddsButTheDatabaseHoldsAlreadyIsSaidToBePushed() throws Exception {
        Path file = dir.resolve("dev.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE `posts` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `title` text)",
                    "ALTER TABLE `posts` ADD `status` text DEFAULT 'draft' NOT NULL",   // db:push
                    "INSERT INTO posts (title, status) VALUES ('a', 'published'), ('b', 'draft')"), false);
        }
        String sql = String.join("\n--> statement-breakpoint\n", "PRAGMA foreign_keys=OFF;",
                "CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `title` text, `status` text DEFAULT 'draft' NOT NULL,"
                        + " CONSTRAINT \"t\" CHECK(length(title) > 0));",
                "INSERT INTO sqlite_sequence (name, seq) SELECT '__new_posts', seq FROM sqlite_sequence WHERE name = 'posts';",
                "INSERT INTO `__new_posts`(`id`, `title`) SELECT `id`, `title` FROM `posts`;", "DROP TABLE `posts`;",
                "ALTER TABLE `__new_posts` RENAME TO `posts`;", "PRAGMA foreign_keys=ON;");
        Path sqlFile = dir.resolve("drizzle/0001_status.sql");
        Migration m = new Migration(new JournalEntry(1, "6", 1000L, "0001_status", true), sqlFile, sql);
        // hand-written (no checksum from db:generate): a column its copy leaves out may be a mistake in it, said as before
        PreflightRefusedException hand = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(m)));
        assertFalse(hand.getMessage().contains("db:push"), hand.getMessage());
        // as db:generate wrote it
        java.nio.file.Files.createDirectories(dir.resolve("drizzle/meta/_sums"));
        java.nio.file.Files.writeString(sqlFile, sql);
        java.nio.file.Files.writeString(dir.resolve("drizzle/meta/_sums/0001_status.sha256"), dev.godwit.engine.folder.MigrationsFolder.sqlSum(sql) + "\n");
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(m)));
        assertTrue(e.getMessage().contains("\"posts\".\"status\": 1 of 2 values not kept"), e.getMessage());
        assertTrue(e.getMessage().contains("(\"posts\".\"status\" is a column 0001_status.sql adds, but the database has it already, holding values:"
                + " db:push or a hand change brought it here before the migration was written. On a development database, bring the rest of the"
                + " schema with db:push and record the migration as applied with db:baseline -Ddb.baseline=0001_status instead of applying it)"), e.getMessage());

        // applied beside history rows the folder lacks (-Ddb.ignoreMissing: a teammate's dev database after db:rebase regenerated its
        // migration): db:baseline refuses those rows and sends to db:repair, so the way on names db:repair at once
        Preflight beside = Preflight.ofFile(file, false, EngineLog.SILENT);
        beside.historyLacks(List.of("created_at 900 (hash 4f2a9c1e07bd)"));
        PreflightRefusedException r = assertThrows(PreflightRefusedException.class, () -> beside.check(List.of(m)));
        assertTrue(r.getMessage().contains("bring the rest of the schema with db:push and record the migration as applied with mvn db:repair -Dlocal,"
                + " which removes the history's rows of migrations the folder lacks (created_at 900 (hash 4f2a9c1e07bd), which db:baseline refuses)"
                + " and records the migrations whose schema the database then has instead of applying it)"), r.getMessage());
        assertFalse(r.getMessage().contains("db:baseline -Ddb.baseline="), r.getMessage());
    }
}
