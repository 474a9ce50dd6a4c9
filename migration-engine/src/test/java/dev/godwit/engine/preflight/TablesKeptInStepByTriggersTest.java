package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review (round 50) found a false refusal: a data fix {@code UPDATE posts SET title = 'apple tart' WHERE id = 'a'} on a table
 * whose AFTER UPDATE trigger keeps a mirror table (or an FTS5 table holding its own content) in step was refused as
 * {@code "posts_search"."title": 1 of 2 values not kept}: a trigger counted as firing on UPDATE only where the migration updates the
 * compared table itself, and one writing through INSERT was not read. What the triggers of a hand-written write put there is taken
 * as asked for (README, Limits); a column of the mirror the migration drops and adds again is still refused.
 */
class TablesKeptInStepByTriggersTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private Path file(String name, String... schema) {
        Path file = dir.resolve(name + ".sqlite");
        List<String> setup = new ArrayList<>(List.of("CREATE TABLE posts (n integer PRIMARY KEY, id text UNIQUE NOT NULL, title text)"));
        setup.addAll(List.of(schema));
        setup.add("INSERT INTO posts VALUES (1, 'a', 'apple pie'), (2, 'b', 'banana bread')");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(setup, false);
        }
        return file;
    }

    private static Migration migration(String sql) {
        return new Migration(new JournalEntry(1, "6", 2000L, "0001_x", true), Path.of("0001_x.sql"), sql);
    }

    private void passes(Path file, String sql) {
        log.lines().clear();
        Preflight.ofFile(file, false, log).check(List.of(migration(sql)));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten")), file + ": " + log.lines());
    }

    private static final String FIX = "UPDATE posts SET title = 'apple tart' WHERE id = 'a'";

    @Test
    void aMirrorTableAnUpdateTriggerKeepsInStepPasses() {
        passes(file("mirror", "CREATE TABLE posts_search (id text PRIMARY KEY, title text)",
                "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_search VALUES (new.id, new.title); END",
                "CREATE TRIGGER posts_au AFTER UPDATE ON posts BEGIN UPDATE posts_search SET title = new.title WHERE id = new.id; END"), FIX);
    }

    @Test
    void aMirrorTableAnUpdateTriggerRewritesThroughInsertOrReplacePasses() {
        passes(file("replace", "CREATE TABLE posts_search (id text PRIMARY KEY, title text)",
                "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_search VALUES (new.id, new.title); END",
                "CREATE TRIGGER posts_au AFTER UPDATE OF title ON posts BEGIN INSERT OR REPLACE INTO posts_search (id, title) VALUES (new.id, new.title); END"),
                FIX);
    }

    @Test
    void aMirrorTableWrittenUnderAQuotedOrCommentedNamePasses() {
        // the name the trigger writes however it is spelt (a trigger's INSERT takes no schema: SQLite refuses main.t there), and
        // a comment where a word may stand: read by the lexer, not a regular expression (a review, round 52)
        int n = 0;
        for (String spelt : List.of("\"posts_search\"", "[posts_search]", "`posts_search`", "/* the mirror */ posts_search",
                "posts_search -- the mirror\n")) {
            passes(file("spelt" + n++, "CREATE TABLE posts_search (id text PRIMARY KEY, title text)",
                    "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO " + spelt + " VALUES (new.id, new.title); END",
                    "CREATE TRIGGER posts_au AFTER UPDATE OF title ON posts BEGIN INSERT OR REPLACE INTO " + spelt
                            + " (id, \"title\" /* kept in step */) VALUES (new.id, new.title); END"), FIX);
        }
    }

    @Test
    void anFts5TableHoldingItsOwnContentPasses() {
        passes(file("fts", "CREATE VIRTUAL TABLE posts_fts USING fts5(id UNINDEXED, title)",
                "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_fts(id, title) VALUES (new.id, new.title); END",
                "CREATE TRIGGER posts_au AFTER UPDATE ON posts BEGIN UPDATE posts_fts SET title = new.title WHERE id = new.id; END"), FIX);
    }

    @Test
    void aColumnOfTheMirrorDroppedAndAddedAgainIsStillRefused() {
        Path file = file("dropped", "CREATE TABLE posts_search (id text PRIMARY KEY, title text, note text)",
                "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_search (id, title) VALUES (new.id, new.title); END",
                "CREATE TRIGGER posts_au AFTER UPDATE ON posts BEGIN UPDATE posts_search SET title = new.title WHERE id = new.id; END");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("UPDATE posts_search SET note = 'kept ' || id"), false);
        }
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(List.of(migration(FIX
                + ";\n--> statement-breakpoint\nALTER TABLE posts_search DROP COLUMN note;\n--> statement-breakpoint\n"
                + "ALTER TABLE posts_search ADD COLUMN note text;"))));
        assertTrue(e.getMessage().contains("\"posts_search\".\"note\": 2 of 2 values not kept"), e.getMessage());
        assertFalse(e.getMessage().contains("\"posts_search\".\"title\""), e.getMessage());
    }
}
