package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up of red-team round 50: a custom migration creating an FTS5 index with external content over a table that already holds
 * rows, without {@code INSERT INTO posts_fts(posts_fts) VALUES('rebuild')}, leaves the index empty: a search finds none of the rows
 * (FTS5's integrity-check fails), its triggers index only the rows written after. The pre-flight said "no rows removed or
 * rewritten"; it is refused as a migration leaving a view that no longer works is, naming the index, the migration and the line.
 */
class FtsIndexNotBuiltTest {

    @TempDir
    Path dir;

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final String AI = "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_fts(rowid, title) VALUES (new.rowid, new.title); END";

    private Path posts(String name) {
        Path file = dir.resolve(name + ".sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE posts (id integer PRIMARY KEY, title text)",
                    "INSERT INTO posts VALUES (1, 'apple pie'), (2, 'banana bread'), (3, 'cherry tart')"), false);
        }
        return file;
    }

    private Migration fts(String module, String after) {
        String sql = "-- Custom SQL migration file, put your code below! --\nCREATE VIRTUAL TABLE posts_fts USING " + module + "(title, content='posts')" + BR + AI + after;
        return new Migration(new JournalEntry(1, "6", 2000L, "0001_fts", true), dir.resolve("0001_fts.sql"), sql);
    }

    @Test
    void anIndexCreatedOverRowsWithoutRebuildIsRefused() {
        RecordingLog log = new RecordingLog();
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(posts("plain"), false, log).check(List.of(fts("fts5", ""))),
                log.lines()::toString).getMessage();
        assertTrue(e.contains("leave full-text indexes that do not match their rows:")
                && e.contains("- \"posts\": its full-text index \"posts_fts\" (FTS5, content='posts') is created over its 3 rows without being built"
                + " from them") && e.contains("through 0001_fts.sql statement 1: CREATE VIRTUAL TABLE posts_fts USING fts5(title, content='posts')")
                && e.contains("INSERT INTO \"posts_fts\"(\"posts_fts\") VALUES('rebuild');"), e);
        assertTrue(!e.contains("remove or rewrite rows"), e);
    }

    @Test
    void anFts4IndexCreatedOverRowsWithoutRebuildIsRefused() {
        RecordingLog log = new RecordingLog();
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(posts("four"), false, log).check(List.of(fts("fts4", ""))),
                log.lines()::toString).getMessage();
        assertTrue(e.contains("its full-text index \"posts_fts\" (FTS4, content='posts') is created over its 3 rows"), e);
    }

    @Test
    void anIndexBuiltFromTheRowsOrOverAnEmptyTablePasses() {
        RecordingLog log = new RecordingLog();
        Preflight.ofFile(posts("rebuilt"), false, log).check(List.of(fts("fts5", BR + "INSERT INTO posts_fts(posts_fts) VALUES('rebuild')")));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten")), log.lines()::toString);
        Path empty = dir.resolve("empty.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(empty)) {
            db.runAtomically(List.of("CREATE TABLE posts (id integer PRIMARY KEY, title text)", "CREATE TABLE other (id integer PRIMARY KEY)",
                    "INSERT INTO other VALUES (1)"), false);
        }
        RecordingLog onEmpty = new RecordingLog();
        Preflight.ofFile(empty, false, onEmpty).check(List.of(fts("fts5", "")));
        assertTrue(onEmpty.lines().stream().noneMatch(l -> l.contains("full-text")), onEmpty.lines()::toString);
    }

    @Test
    void acceptDataLossAppliesItWithAWarning() {
        RecordingLog log = new RecordingLog();
        Preflight.ofFile(posts("accepted"), true, log).check(List.of(fts("fts5", "")));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("is created over its 3 rows without being built from them")
                && l.contains("Applying anyway because of -Ddb.acceptDataLoss")), log.lines()::toString);
    }
}
