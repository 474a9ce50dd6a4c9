package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1Sql;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team finding: D1's {@code /query} splitter was reported to read comments as SQL (workers-sdk#3892, #4767: a {@code ;} in
 * one cuts the request; #4713: a quote in one opens a string over the statements after it), on D1 only. Godwit leaves out the
 * comments before a statement and after its {@code ;}, but one inside a statement is sent (a CREATE keeps its text as written):
 * an apply to a D1 database (wrangler's local D1 file here) warns of it, naming migration and statement, and goes on; a plain SQLite
 * file hears nothing.
 */
class CommentInsideStatementOnD1Test {

    @TempDir
    Path dir;

    @Test
    void aCommentInsideAStatementHoldingASemicolonOrAQuoteIsWarnedOfOnD1() throws Exception {
        for (boolean wranglerFile : new boolean[] {false, true}) {
            Path file = dir.resolve("db-" + wranglerFile + ".sqlite");
            Target target = wranglerFile ? new Target.WranglerLocalD1(file, "c0ffee00-0000-4000-8000-000000000001") : new Target.LocalFile(file);
            Path migrations = dir.resolve("migrations-" + wranglerFile);
            Files.createDirectories(migrations);
            Files.writeString(migrations.resolve("0001_users.sql"), """
                    -- users; the login is the email
                    CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, -- user's login; required
                      name TEXT);
                    INSERT INTO users (email, name) VALUES ('a@b', 'ann'); -- seed; one row
                    UPDATE users /* the "display" name */ SET name = 'Ann' -- it's the name shown
                    ;
                    """);
            RecordingLog log = new RecordingLog();
            try (Database db = target.open()) {
                new Migrator(db, HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT), log).apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
                assertEquals(1, db.query("SELECT id FROM users WHERE name = 'Ann'").size(), "applied");
            }
            List<String> warnings = log.lines().stream().filter(l -> l.contains("splitter")).toList();
            assertEquals(wranglerFile ? 2 : 0, warnings.size(), wranglerFile + ": " + String.join("\n", log.lines()));
            if (wranglerFile) {
                // the quote in "user's" opens a string the ; then stands in, so the quote is what runs over the statements after it
                assertTrue(warnings.get(0).startsWith("WARN Migration 0001_users.sql, statement 1 of 3: a comment inside the statement holds '"
                        + " (-- user's login; required): D1's /query splitter was reported to read comments as SQL"), warnings.get(0));
                assertTrue(warnings.get(0).endsWith("Move the comment above the statement, or drop the quote from it; the apply goes on."),
                        warnings.get(0));
                // the "display" quotes close within their comment: only the apostrophe after them is said
                assertTrue(warnings.get(1).startsWith("WARN Migration 0001_users.sql, statement 3 of 3: a comment inside the statement holds '"
                        + " (-- it's the name shown)"), warnings.get(1));
            }
        }
        // only what is sent counts: the comments before a statement and after its ; are left out
        assertNull(D1Sql.commentReadAsSql("-- it's; here\nSELECT 1; -- done; really"));
        assertNull(D1Sql.commentReadAsSql("SELECT 1 -- a plain note\n"));
        assertTrue(D1Sql.commentReadAsSql("SELECT 1 -- it's\n;").startsWith("a comment inside the statement holds ' (-- it's)"));
        // quotes closed within the comment leave a splitter reading it as SQL where it was (SonicJS's folder had eight such warnings)
        assertNull(D1Sql.commentReadAsSql("UPDATE t /* the \"display\" name */ SET a = 1 -- 'publish', 'archive'\n;"));
        assertNull(D1Sql.commentReadAsSql("SELECT 1 -- 'a;b' and \"it's\"\n;"));
        assertTrue(D1Sql.commentReadAsSql("SELECT 1 -- 'a'; b\n;").startsWith("a comment inside the statement holds ; (-- 'a'; b)"));
        assertTrue(D1Sql.commentReadAsSql("SELECT 1 /* \"open */\n;").startsWith("a comment inside the statement holds \" (/* \"open */)"));
    }
}
