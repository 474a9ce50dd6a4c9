package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written table whose CREATE TABLE has a comment between its closing parenthesis and WITHOUT ROWID was read by the
 * pre-flight as a rowid table (a pattern wanted only spaces there): its snapshot of the table asked for a rowid the table has not.
 */
class WithoutRowidAfterACommentTest {

    @TempDir
    Path dir;

    @Test
    void theCommentDoesNotHideWithoutRowid() {
        assertTrue(Shape.withoutRowid("CREATE TABLE t (k text PRIMARY KEY, v integer) /* keyed by k */ WITHOUT ROWID"));
        assertTrue(Shape.withoutRowid("CREATE TABLE t (k text PRIMARY KEY, v integer) -- keyed by k\nWITHOUT ROWID"));
        assertTrue(Shape.withoutRowid("CREATE TABLE t (k text PRIMARY KEY) STRICT, WITHOUT ROWID"));
        assertEquals(false, Shape.withoutRowid("CREATE TABLE t (k text PRIMARY KEY, note text DEFAULT 'without rowid')"));
        assertEquals(false, Shape.withoutRowid("CREATE TABLE t (k text PRIMARY KEY) /* not WITHOUT ROWID */"));
    }

    @Test
    void aMigrationOverSuchATableIsCheckedOnItsRows() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE settings (k text PRIMARY KEY, v integer) /* keyed by k */ WITHOUT ROWID");
            s.execute("INSERT INTO settings VALUES ('a', 1), ('b', 2)");
        }
        RecordingLog log = new RecordingLog();
        Migration m = new Migration(new JournalEntry(1, "6", 2000L, "0001_x", true), dir.resolve("0001_x.sql"),
                "UPDATE settings SET v = v + 1;");
        Preflight.forTarget(new Target.LocalFile(file), null, Set.of(), false, log).check(List.of(m));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("Pre-flight")), log.lines().toString());
    }
}
