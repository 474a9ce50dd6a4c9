package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.Preflight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 54): drizzle-kit's rebuild of a table a view reads ({@code CREATE TABLE __new_users}, copy, {@code DROP
 * TABLE users}, {@code ALTER TABLE __new_users RENAME TO users}) fails at the RENAME, as SQLite checks every view then and the
 * view reads the dropped table. The apply stopped with SQLite's words only ("error in view v1: no such table: main.users")
 * and "fix the cause"; it now says the view is why, and how to take it around the rebuild.
 */
class ViewsOverRebuildHintTest {

    @TempDir
    Path dir;

    private static final String REBUILD = "PRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
            + "CREATE TABLE `__new_users` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);--> statement-breakpoint\n"
            + "INSERT INTO `__new_users`(\"id\", \"name\") SELECT \"id\", coalesce(\"name\", '') FROM `users`;--> statement-breakpoint\n"
            + "DROP TABLE `users`;--> statement-breakpoint\n"
            + "ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint\n"
            + "PRAGMA foreign_keys=ON;";

    @Test
    void aRenameFailingOnAViewOverTheDroppedTableSaysWhyAndWhatToDo() {
        Path f = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            db.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text)", "INSERT INTO users VALUES (1, 'a')",
                    "CREATE VIEW v1 AS SELECT name FROM users"), false);
        }
        Migration m = new Migration(new JournalEntry(0, "6", 1000L, "0001_notnull", true), dir.resolve("0001_notnull.sql"), REBUILD);
        String hint = "View \"v1\" reads \"users\", which the migration dropped before renaming a table to it: SQLite checks every view on"
                + " ALTER TABLE ... RENAME, and between the two \"v1\" reads a table that is not there (drizzle-kit writes its rebuild so;"
                + " Godwit's takes the views around it). In the migration, drop the view (DROP VIEW \"v1\", and the views over it) before"
                + " the DROP TABLE and create it again after this statement (a reviewed edit: record it with ";
        List<String> said = new ArrayList<>();
        EngineLog log = new EngineLog() {
            @Override
            public void info(String message) {
                said.add(message);
            }

            @Override
            public void warn(String message) {
                said.add(message);
            }
        };
        try {
            Preflight.ofFile(f, false, log).check(List.of(m));
        } catch (RuntimeException refused) {
            said.add(refused.getMessage());
        }
        assertTrue(said.stream().anyMatch(s -> s.contains("error in view v1: no such table: main.users") && s.contains(hint)), said.toString());
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(List.of(m), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains(hint + "mvn db:repair -Dlocal"), e.getMessage());
            assertTrue(e.getMessage().contains("), then run db:apply again."), e.getMessage());
            // rolled back: the table, its row and the view as they were
            assertEquals("a", String.valueOf(db.query("SELECT name FROM v1").get(0).get("name")));
            assertEquals(0, db.query("SELECT name FROM sqlite_master WHERE name = '__new_users'").size());
        }
        // the same rename failing for another reason gets no such hint
        assertEquals(null, ViewsOverRebuildHint.of("ALTER TABLE `__new_users` RENAME TO `users`;", "error in view v1: no such table: main.posts", "x", "y"));
        assertEquals(null, ViewsOverRebuildHint.of("DROP TABLE users;", "error in view v1: no such table: main.users", "x", "y"));
    }
    /** Names with spaces (a quoted table "user list", a view "active users"): SQLite's message names them unquoted. */
    @Test
    void aTableNameWithSpacesGetsTheHintToo() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(List.of("CREATE TABLE \"user list\" (id integer PRIMARY KEY NOT NULL, name text)", "CREATE VIEW \"active users\" AS SELECT name FROM \"user list\""), false);
            Migration m = new Migration(new JournalEntry(0, "6", 1000L, "0001_spaces", true), dir.resolve("0001_spaces.sql"),
                    "CREATE TABLE `__new_user list` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);--> statement-breakpoint\n"
                    + "INSERT INTO `__new_user list`(\"id\", \"name\") SELECT \"id\", coalesce(\"name\", '') FROM `user list`;--> statement-breakpoint\n"
                    + "DROP TABLE `user list`;--> statement-breakpoint\nALTER TABLE `__new_user list` RENAME TO `user list`;");
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(List.of(m), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("View \"active users\" reads \"user list\", which the migration dropped before renaming a table to it"),
                    e.getMessage());
        }
    }
}
