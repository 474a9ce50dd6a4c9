package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key column dropped while a column of its name in other letter case is added (c38 goes, C38 comes): one name to SQLite,
 * but another column. The pre-flight compared C38's default with c38's references and refused "references changed", on a
 * migration db:generate wrote for that schema (fz21n_39). A column the rebuild does not copy, or an explicit DROP COLUMN,
 * is now left out of that comparison when the new column's name differs; a rebuild that forgets to copy a kept column of
 * the very same name is still refused.
 */
class ColumnTakingADroppedNameTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    Path file() {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE p (code text PRIMARY KEY)",
                    "CREATE TABLE k (id integer PRIMARY KEY, c38 text REFERENCES p(code) ON DELETE CASCADE)",
                    "INSERT INTO p VALUES ('a'), ('b')", "INSERT INTO k VALUES (1, 'a'), (2, 'b'), (3, NULL)"), false);
        }
        return file;
    }

    Migration rebuildWith(String newColumn) {
        return new Migration(new JournalEntry(1, "6", 3L, "0001_k", true), dir.resolve("0001_k.sql"),
                "PRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
                        + "PRAGMA defer_foreign_keys=ON;--> statement-breakpoint\n"
                        + "CREATE TABLE `__new_k` (`id` integer PRIMARY KEY NOT NULL, `" + newColumn + "` text DEFAULT 'zz');--> statement-breakpoint\n"
                        + "INSERT INTO `__new_k`(`id`) SELECT `id` FROM `k`;--> statement-breakpoint\n"
                        + "DROP TABLE `k`;--> statement-breakpoint\n"
                        + "ALTER TABLE `__new_k` RENAME TO `k`;--> statement-breakpoint\n"
                        + "PRAGMA foreign_keys=ON;");
    }

    @Test
    void aKeyColumnDroppedWhileAnotherTakesItsNameInOtherCaseIsNoLoss() {
        Path file = file();
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).checkingPendingWith(Preflight.ofFile(file, false, log))
                    .apply(List.of(rebuildWith("C38")), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("id", 1L, "C38", "zz"), Map.of("id", 2L, "C38", "zz"), Map.of("id", 3L, "C38", "zz")),
                    db.query("SELECT id, C38 FROM k ORDER BY id"));
        }
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten")), log.lines().toString());
    }

    @Test
    void aColumnNotPutBackFromTheCopyOrDroppedExplicitlyIsLeftBehind() {
        Path keyed = file();
        Migration dropThenAdd = new Migration(new JournalEntry(1, "6", 3L, "0001_k", true), dir.resolve("0001_k.sql"),
                "CREATE TABLE `__old_k` AS SELECT * FROM `k`;--> statement-breakpoint\n"
                        + "DROP TABLE `k`;--> statement-breakpoint\n"
                        + "CREATE TABLE `k` (`id` integer PRIMARY KEY NOT NULL, `C38` text DEFAULT 'zz');--> statement-breakpoint\n"
                        + "INSERT INTO `k`(`id`) SELECT `id` FROM `__old_k`;--> statement-breakpoint\n"
                        + "DROP TABLE `__old_k`;");
        try (SqliteDatabase db = SqliteDatabase.open(keyed)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).checkingPendingWith(Preflight.ofFile(keyed, false, log))
                    .apply(List.of(dropThenAdd), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM k WHERE C38 = 'zz'"));
        }
        assertEquals(true, StatementText.leftBehind(List.of("ALTER TABLE `k` DROP COLUMN `c38`", "ALTER TABLE `k` ADD `C38` text"), "k", "c38"));
        assertEquals(false, StatementText.leftBehind(List.of("ALTER TABLE `k` DROP COLUMN `note`", "ALTER TABLE `k` ADD `C38` text"), "k", "c38"));
        assertEquals(false, StatementText.leftBehind(List.of("CREATE TABLE `__new_k` (id, C38)", "INSERT INTO `__new_k`(`id`, `C38`) SELECT `id`, `c38` FROM `k`",
                "DROP TABLE `k`", "ALTER TABLE `__new_k` RENAME TO `k`"), "k", "c38"));
    }

    @Test
    void aRebuildThatForgetsAKeptKeyColumnOfTheSameNameIsStillRefused() {
        Path file = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(List.of(rebuildWith("c38"))));
        assertTrue(e.getMessage().contains("\"k\".\"c38\": 2 of 2 references changed (reset to a default or rewritten)"), e.getMessage());
    }
    /**
     * A text column dropped while an integer column is renamed into its name in other letter case (rowid goes, c27 becomes ROWID,
     * fz1076n_53): the type-change rule read rowid's texts as converted into ROWID, and the value rule as not kept. Another
     * column: neither. The same rebuild keeping the text column under its own name but leaving it out of the copy is refused.
     */
    @Test
    void aTextColumnTakenByAnotherInOtherCaseIsNoConversion() {
        Path file = dir.resolve("t.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY, col text DEFAULT '', c27 integer)",
                    "INSERT INTO t VALUES (1, 'x1', 5), (2, '007', 6)"), false);
        }
        String rebuild = "CREATE TABLE `__new_t` (`id` integer PRIMARY KEY NOT NULL, `COL` integer);--> statement-breakpoint\n"
                + "INSERT INTO `__new_t`(`id`, `COL`) SELECT `id`, `c27` FROM `t`;--> statement-breakpoint\n"
                + "DROP TABLE `t`;--> statement-breakpoint\nALTER TABLE `__new_t` RENAME TO `t`;";
        Preflight.ofFile(file, false, log).check(List.of(new Migration(new JournalEntry(1, "6", 3L, "0001_t", true), dir.resolve("0001_t.sql"), rebuild)));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten")), log.lines().toString());
        String leftOut = rebuild.replace("`COL` integer", "`col` text, `c27` integer").replace("(`id`, `COL`) SELECT `id`, `c27`", "(`id`, `c27`) SELECT `id`, `c27`");
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log)
                .check(List.of(new Migration(new JournalEntry(1, "6", 3L, "0001_t", true), dir.resolve("0001_t.sql"), leftOut))));
        assertTrue(e.getMessage().contains("\"t\".\"col\": 2 of 2 values not kept"), e.getMessage());
    }
}
