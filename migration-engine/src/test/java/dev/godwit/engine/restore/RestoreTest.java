package dev.godwit.engine.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Exception;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.d1.D1TimeTravel;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time Travel against the D1 stand-in over HTTP, and local copies, restoring exact rows and schema. */
class RestoreTest {

    @TempDir
    Path dir;

    final List<String> lines = new ArrayList<>();
    final EngineLog log = new EngineLog() {
        @Override
        public void info(String message) {
            lines.add(message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }
    };

    static final String SCHEMA_AND_ROWS = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '_cf_%' ORDER BY type, name";

    @Test
    void bookmarkBeforeABadChangeRestoresRowsAndSchemaExactly() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "secret-token-1")) {
            D1Settings settings = new D1Settings("acct", "db-1", "secret-token-1", standIn.endpoint());
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop");
            try (D1Database db = new D1Database(settings)) {
                db.runAtomically(List.of("CREATE TABLE users (id integer primary key, name text)", "INSERT INTO users VALUES (1, 'ada'), (2, 'bob')"), false);
                List<Map<String, Object>> schemaBefore = db.query(SCHEMA_AND_ROWS);
                List<Map<String, Object>> rowsBefore = db.query("SELECT * FROM users ORDER BY id");

                new Restorer(log).beforeApply(target, db, null, " -Ddb.env=staging", " --env staging");
                String bookmark = standIn.currentBookmark();
                assertEquals(List.of("Time Travel bookmark of D1 database shop before this apply: " + bookmark,
                        "  to go back: mvn db:restore -Ddb.bookmark=" + bookmark + " -Ddb.env=staging",
                        "          or: wrangler d1 time-travel restore shop --bookmark=" + bookmark + " --env staging"), lines);

                db.runAtomically(List.of("DELETE FROM users WHERE id = 2", "ALTER TABLE users ADD COLUMN oops text", "CREATE TABLE junk (x)"), false);
                assertNotEquals(schemaBefore, db.query(SCHEMA_AND_ROWS));
                String afterBad = standIn.currentBookmark();

                lines.clear();
                Restorer.Result r = new Restorer(log).remote(target, bookmark, null, "mvn db:restore -Ddb.bookmark=BOOKMARK -Ddb.force");
                assertEquals(new Restorer.Result(bookmark, afterBad), r);
                assertEquals(schemaBefore, db.query(SCHEMA_AND_ROWS));
                assertEquals(rowsBefore, db.query("SELECT * FROM users ORDER BY id"));
                assertTrue(lines.contains("  to undo this restore: mvn db:restore -Ddb.bookmark=" + afterBad + " -Ddb.force"), lines.toString());

                // and the restore can itself be undone
                new Restorer(log).remote(target, afterBad, null, "x");
                assertEquals(List.of(Map.of("id", 1L, "name", "ada")), db.query("SELECT id, name FROM users WHERE oops IS NULL"));
                assertEquals(1, db.query("SELECT name FROM sqlite_master WHERE name = 'junk'").size());
            }
            assertFalse(standIn.requestLog().stream().anyMatch(l -> l.contains("secret-token-1")));
            assertFalse(String.join("\n", lines).contains("secret-token-1"));
        }
    }

    /**
     * A remote apply failed at its third migration, the two before it applied; the user restores to the bookmark db:apply printed
     * before the run. The restore printed bookmarks alone: nothing said it had undone the two migrations that went through (or,
     * made while another run applied, which of that run's migrations it undid), which db:apply then runs again. It reads the
     * history before and after and says which migrations it took out, or put back, or that none changed.
     */
    @Test
    void aRestoreSaysWhichMigrationsItTookOutOfTheHistory() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-h", "tok-hist-5")) {
            D1Settings settings = new D1Settings("acct", "db-h", "tok-hist-5", standIn.endpoint());
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop");
            dev.godwit.engine.migrate.HistoryTable history = new dev.godwit.engine.migrate.HistoryTable.Wrangler("d1_migrations");
            try (D1Database db = new D1Database(settings)) {
                db.runAtomically(List.of(history.createSql(), "CREATE TABLE a (x)", "INSERT INTO d1_migrations (name) VALUES ('0000_a.sql')"), false);
                String beforeRun = standIn.currentBookmark();
                db.runAtomically(List.of("CREATE TABLE b (x)", "INSERT INTO d1_migrations (name) VALUES ('0001_b.sql')"), false);
                db.runAtomically(List.of("CREATE TABLE c (x)", "INSERT INTO d1_migrations (name) VALUES ('0002_c.sql')"), false);
                String afterRun = standIn.currentBookmark();

                new Restorer(log).readingHistory(db, history).remote(target, beforeRun, null, "mvn db:restore -Ddb.bookmark=BOOKMARK -Ddb.force");
                assertTrue(lines.contains("The history (d1_migrations) no longer records 2 migration(s) it recorded before this restore: 0001_b.sql,"
                        + " 0002_c.sql. They are pending again: db:apply runs them again (db:status lists them)."), lines.toString());

                lines.clear();
                new Restorer(log).readingHistory(db, history).remote(target, afterRun, null, "x");
                assertTrue(lines.contains("The history (d1_migrations) records 2 migration(s) it did not record before this restore: 0001_b.sql,"
                        + " 0002_c.sql."), lines.toString());

                db.runAtomically(List.of("INSERT INTO c VALUES (1)"), false);
                String afterRow = standIn.currentBookmark();
                lines.clear();
                new Restorer(log).readingHistory(db, history).remote(target, afterRun, null, "x");
                assertTrue(lines.contains("The history (d1_migrations) records the same 3 migration(s) as before this restore (the latest:"
                        + " 0002_c.sql): no migration was undone."), lines.toString());
                assertNotEquals(afterRow, standIn.currentBookmark());
            }
        }
    }

    /**
     * D1's answer to a restore lost (a dropped connection, a 5xx): the error said only "Cannot restore to bookmark B ... (NoHttpResponse
     * Exception)", though D1 may well have restored, and the bookmark it replaced, the only way back to the contents before, came in
     * that lost answer. The bookmark is now read and printed before the restore, and the error says the restore may have happened,
     * how to make sure, and the command back to before it.
     */
    @Test
    void aRestoreWhoseAnswerIsLostSaysItMayHaveHappenedAndTheWayBackToBeforeIt() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "secret-token-2")) {
            D1Settings settings = new D1Settings("acct", "db-1", "secret-token-2", standIn.endpoint());
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop");
            try (D1Database db = new D1Database(settings)) {
                db.runAtomically(List.of("CREATE TABLE users (id integer primary key, name text)", "INSERT INTO users VALUES (1, 'ada')"), false);
                String good = standIn.currentBookmark();
                db.runAtomically(List.of("INSERT INTO users VALUES (2, 'bob')", "CREATE TABLE junk (x)"), false);
                String before = standIn.currentBookmark();

                // neither given: where the bookmarks are kept is named (a trial looked for them)
                dev.godwit.engine.GodwitException none = assertThrows(dev.godwit.engine.GodwitException.class,
                        () -> new Restorer(log).remote(target, null, null, "x"));
                assertTrue(none.getMessage().startsWith("db:restore needs -Ddb.bookmark=BOOKMARK (db:apply and db:push print one before they change"
                        + " anything, and keep each in .godwit/d1-bookmarks.log with the database and the time) or -Ddb.timestamp=RFC3339"), none.getMessage());

                standIn.dropRestoreAnswerNext(1);
                D1Exception e = assertThrows(D1Exception.class,
                        () -> new Restorer(log).remote(target, good, null, "mvn db:restore -Ddb.bookmark=BOOKMARK -Ddb.env=staging -Ddb.force"));
                assertTrue(lines.contains("Time Travel bookmark of D1 database shop before this restore: " + before), lines.toString());
                assertTrue(e.getMessage().startsWith("Cannot restore to bookmark " + good + " at " + standIn.endpoint() + " ("), e.getMessage());
                assertTrue(e.getMessage().endsWith(" D1's answer was lost, so the restore may or may not have happened. To make sure, run the same"
                        + " command again (a second restore to the same bookmark leaves the same contents). The bookmark before it was " + before
                        + "; to go back to that: mvn db:restore -Ddb.bookmark=" + before + " -Ddb.env=staging -Ddb.force"), e.getMessage());
                assertTrue(e.outcomeUnknown());
                assertFalse(e.getMessage().contains("secret-token-2"));
                // D1 did restore here; the printed way back brings the contents from before it
                assertEquals(List.of(Map.of("id", 1L, "name", "ada")), db.query("SELECT * FROM users ORDER BY id"));
                new Restorer(log).remote(target, before, null, "x");
                assertEquals(2, db.query("SELECT * FROM users").size());

                // a 200 without a body to read: D1 took the restore, so "Try again later" alone was no answer (it had restored)
                standIn.answerRestoresWithAnEmptyBodyNext(1);
                String before2 = standIn.currentBookmark();
                D1Exception empty = assertThrows(D1Exception.class, () -> new Restorer(log).remote(target, good, null, "mvn db:restore -Ddb.bookmark=BOOKMARK"));
                assertTrue(empty.outcomeUnknown(), empty.getMessage());
                assertTrue(empty.getMessage().contains("the restore may or may not have happened") && empty.getMessage().endsWith("; to go back to that:"
                        + " mvn db:restore -Ddb.bookmark=" + before2), empty.getMessage());
                assertEquals(List.of(Map.of("id", 1L, "name", "ada")), db.query("SELECT * FROM users ORDER BY id"), "D1 restored");
                new Restorer(log).remote(target, before2, null, "x");
                assertEquals(2, db.query("SELECT * FROM users").size());
                assertEquals(1, db.query("SELECT name FROM sqlite_master WHERE name = 'junk'").size());
            }
        }
    }

    /**
     * The bookmark read before an apply (the way back) failing, a 5xx say, stopped the apply with only "Cannot read the Time Travel
     * bookmark ... Try again later.": nothing said whether any migration had gone out. It says now that nothing was changed.
     */
    @Test
    void aBookmarkThatCannotBeReadBeforeAnApplySaysNothingWasChanged() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok", standIn.endpoint()).withRetries(3, java.time.Duration.ofMillis(10),
                    java.time.Duration.ofSeconds(2));
            try (D1Database db = new D1Database(settings)) {
                standIn.failTimeTravelWith500Next(3);   // the read is asked again after a 5xx; here every attempt fails
                D1Exception e = assertThrows(D1Exception.class,
                        () -> new Restorer(log).beforeApply(new Target.RemoteD1(settings, "test", "shop"), db, null, "", ""));
                assertEquals("Cannot read the Time Travel bookmark of D1 database db-1 (HTTP 500, code 7500: internal error; reference = standin-tt,"
                        + " 3 attempts). Try again later. Nothing was changed: the bookmark, the way back, is read before anything is sent.", e.getMessage());
                assertEquals(List.of(), lines);
                // the restore reads it first too (its answer alone gives the replaced bookmark): failing, it restores nothing
                String now = standIn.currentBookmark();
                standIn.failTimeTravelWith500Next(3);
                D1Exception restore = assertThrows(D1Exception.class,
                        () -> new Restorer(log).remote(new Target.RemoteD1(settings, "test", "shop"), now, null, "x"));
                assertTrue(restore.getMessage().endsWith("Try again later. Nothing was restored."), restore.getMessage());
                assertTrue(standIn.timeTravelQueries().stream().noneMatch(q -> q.startsWith("restore")), standIn.timeTravelQueries().toString());
            }
        }
    }

    /**
     * The bookmark read is the first request of every remote db:apply with pending migrations, and the restore's first too. A 429
     * there (the token's budget spent by a fleet run, say) or a 5xx stopped the apply at once ("Cannot read the Time Travel bookmark
     * ... HTTP 429 ... Try again later"), where every other D1 request waits for Retry-After and a read is asked again: Time Travel's
     * requests were sent once. They now wait and go again as the others do; a Retry-After longer than Godwit waits still stops
     * before anything is sent. A restore refused with 429 (D1's 10 restores per 10 minutes) is sent again too: D1 ran nothing.
     */
    @Test
    void aRateLimitedOrFailedBookmarkReadIsAskedAgainBeforeTheApplyGoesOn() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok-rl")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok-rl", standIn.endpoint()).withRetries(4, java.time.Duration.ofMillis(10),
                    java.time.Duration.ofSeconds(2));
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop");
            try (D1Database db = new D1Database(settings)) {
                db.runAtomically(List.of("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"), false);
                String bookmark = standIn.currentBookmark();
                standIn.setRetryAfterSeconds(1);
                standIn.respond429ToTimeTravelNext(2);
                long t0 = System.nanoTime();
                new Restorer(log).beforeApply(target, db, null, "", "");
                assertTrue(System.nanoTime() - t0 >= 2_000_000_000L, "Retry-After honoured twice");
                assertEquals(List.of("Cloudflare's API rate limit was hit (HTTP 429): waiting 1 s as it asks (attempt 2 of 4).",
                        "Cloudflare's API rate limit was hit (HTTP 429): waiting 1 s as it asks (attempt 3 of 4).",
                        "Time Travel bookmark of D1 database shop before this apply: " + bookmark), lines.subList(0, 3));
                assertEquals(3, standIn.timeTravelQueries().size(), standIn.timeTravelQueries().toString());

                lines.clear();
                standIn.failTimeTravelWith500Next(1);
                new Restorer(log).beforeApply(target, db, null, "", "");
                assertEquals("Time Travel bookmark of D1 database shop before this apply: " + bookmark, lines.get(0));

                db.runAtomically(List.of("INSERT INTO t VALUES (2)"), false);
                standIn.setRetryAfterSeconds(0);
                standIn.respond429ToTimeTravelNext(1);   // the restore itself: refused, D1 ran nothing, so it is sent again
                try (D1TimeTravel tt = new D1TimeTravel(settings)) {
                    assertEquals(bookmark, tt.restore(bookmark).bookmark());
                }
                assertEquals(List.of(Map.of("x", 1L)), db.query("SELECT x FROM t"));
                assertEquals(2, standIn.timeTravelQueries().stream().filter(q -> q.startsWith("restore")).count());

                lines.clear();
                standIn.setRetryAfterSeconds(300);   // Cloudflare's 5-minute block: longer than Godwit waits
                standIn.respond429ToTimeTravelNext(1);
                D1Exception e = assertThrows(D1Exception.class, () -> new Restorer(log).beforeApply(target, db, null, "", ""));
                assertEquals("Cannot read the Time Travel bookmark of D1 database db-1 (HTTP 429, code 971: Please wait and consider throttling your"
                        + " request speed). Try again later. Nothing was changed: the bookmark, the way back, is read before anything is sent.",
                        e.getMessage());
                assertEquals(List.of(), lines);
            }
            assertFalse(standIn.requestLog().stream().anyMatch(l -> l.contains("tok-rl")));
        }
    }

    /**
     * D1 answering a bookmark read with success but no bookmark (an alpha database has no Time Travel): the apply printed "Time Travel
     * bookmark ... before this apply: " and "to go back: mvn db:restore -Ddb.bookmark=" with nothing after it, and went on without a
     * way back. It now stops there, before anything is sent, saying what D1 answered.
     */
    @Test
    void anAnswerWithoutABookmarkStopsTheApplyBeforeAnythingIsSent() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok", standIn.endpoint());
            try (D1Database db = new D1Database(settings)) {
                standIn.answerBookmarkReadsWithoutABookmarkNext(1);
                D1Exception e = assertThrows(D1Exception.class,
                        () -> new Restorer(log).beforeApply(new Target.RemoteD1(settings, "test", "shop"), db, null, "", ""));
                assertEquals("Cannot read the Time Travel bookmark of D1 database db-1: D1 answered without a bookmark ({}). Time Travel may not be"
                        + " available for this database (wrangler d1 info shows its version; an alpha database has none). Nothing was changed: the"
                        + " bookmark, the way back, is read before anything is sent.", e.getMessage());
                assertEquals(List.of(), lines);
            }
        }
    }

    /** db:repair and db:baseline take the way back as an apply does, in their own words. */
    @Test
    void aHistoryChangeTakesTheWayBackInItsOwnWords() throws Exception {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok", standIn.endpoint());
            try (D1Database db = new D1Database(settings)) {
                new Restorer(log).beforeHistoryChange("repair", new Target.RemoteD1(settings, "test", "shop"), db, null, " -Ddb.env=staging", " --env staging");
                assertEquals(List.of("Time Travel bookmark of D1 database shop before this repair: " + standIn.currentBookmark(),
                        "  to go back: mvn db:restore -Ddb.bookmark=" + standIn.currentBookmark() + " -Ddb.env=staging",
                        "          or: wrangler d1 time-travel restore shop --bookmark=" + standIn.currentBookmark() + " --env staging"), lines);
            }
        }
        lines.clear();
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (x)"), false);
            LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 5);
            new Restorer(log).beforeHistoryChange("baseline", new Target.LocalFile(file), db, backups, "", "");
            assertTrue(lines.get(0).startsWith("Kept a copy of app.sqlite before recording the baseline: "), lines.toString());
            assertEquals(1, backups.list(file).size());
        }
    }

    /**
     * A bookmark read answered 200 with no body (a proxy's, or an answer cut short) stopped the apply with "Cannot read the Time
     * Travel bookmark ... (HTTP 200). Try again later.", where a lost answer to the same read is asked again: it is a read, asked again.
     */
    @Test
    void aBookmarkReadAnsweredWithAnEmptyBodyIsAskedAgain() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok", standIn.endpoint()).withRetries(3, java.time.Duration.ofMillis(10), java.time.Duration.ofSeconds(2));
            try (D1Database db = new D1Database(settings)) {
                standIn.answerBookmarkReadsWithAnEmptyBodyNext(1);
                new Restorer(log).beforeApply(new Target.RemoteD1(settings, "test", "shop"), db, null, "", "");
                assertEquals("Time Travel bookmark of D1 database shop before this apply: " + standIn.currentBookmark(), lines.get(0));
            }
        }
    }

    /**
     * The bookmark read before an apply, the way back, was only printed at INFO: under mvn -q (quiet: errors only) or once a CI log
     * has expired it was gone, and with it the way back to exactly before the apply. db:apply now also appends it, with the command
     * that restores it, to .godwit/d1-bookmarks.log (next to the local copies; mvn clean keeps it); the token is never in it.
     */
    @Test
    void theBookmarkBeforeAnApplyIsKeptInAFileAsWellAsPrinted() throws Exception {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok-kept-77")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok-kept-77", standIn.endpoint());
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop-staging");
            LocalBackups backups = new LocalBackups(dir.resolve("project/.godwit/backups"), 5);
            try (D1Database db = new D1Database(settings)) {
                db.runAtomically(List.of("CREATE TABLE t (x)"), false);
                String first = standIn.currentBookmark();
                new Restorer(log).beforeApply(target, db, backups, " -Ddb.env=staging", " --env staging");
                db.runAtomically(List.of("INSERT INTO t VALUES (1)"), false);
                String second = standIn.currentBookmark();
                new Restorer(log).beforeApply(target, db, backups, " -Ddb.env=staging", " --env staging");
                Path file = dir.resolve("project/.godwit/d1-bookmarks.log");
                List<String> kept = Files.readAllLines(file);
                assertEquals(2, kept.size(), kept.toString());
                assertTrue(kept.get(0).matches("[0-9T:-]+Z  D1 database shop-staging \\(db-1\\)  bookmark " + first
                        + "  mvn db:restore -Ddb.bookmark=" + first + " -Ddb.env=staging"), kept.get(0));
                assertTrue(kept.get(1).endsWith("bookmark " + second + "  mvn db:restore -Ddb.bookmark=" + second + " -Ddb.env=staging"),
                        kept.get(1));
                assertTrue(lines.contains("  (kept in " + file + ")"), lines.toString());
                assertFalse(Files.readString(file).contains("tok-kept-77"));
            }
        }
    }

    /**
     * db:restore -Ddb.bookmark=B with B staging's bookmark (from the log) and the run on production (-Ddb.env=production, or
     * CLOUDFLARE_ENV=production left in the shell) sent it to production: the stand-in refuses it (HTTP 400), and what real D1
     * does is not known. The log says which database B is of: it is refused before anything is sent, naming that database and
     * the command that restores it. A bookmark the log does not know goes through as before; one of this database restores it.
     */
    @Test
    void aBookmarkTheLogRecordsForAnotherDatabaseIsRefusedBeforeAnythingIsSent() throws Exception {
        try (D1StandIn staging = D1StandIn.start(dir.resolve("staging.sqlite"), "acct", "db-stage", "tok");
             D1StandIn production = D1StandIn.start(dir.resolve("production.sqlite"), "acct", "db-prod", "tok")) {
            D1Settings stagingSettings = new D1Settings("acct", "db-stage", "tok", staging.endpoint());
            D1Settings productionSettings = new D1Settings("acct", "db-prod", "tok", production.endpoint());
            Target.RemoteD1 stagingTarget = new Target.RemoteD1(stagingSettings, "test", "shop-staging");
            Target.RemoteD1 productionTarget = new Target.RemoteD1(productionSettings, "test", "shop-production");
            LocalBackups backups = new LocalBackups(dir.resolve("project/.godwit/backups"), 5);
            Path bookmarks = dir.resolve("project/.godwit/" + Restorer.BOOKMARKS);
            String stagingBookmark;
            String productionBookmark;
            try (D1Database s = new D1Database(stagingSettings); D1Database p = new D1Database(productionSettings)) {
                s.runAtomically(List.of("CREATE TABLE t (x)"), false);
                p.runAtomically(List.of("CREATE TABLE t (x)"), false);
                new Restorer(log).beforeApply(stagingTarget, s, backups, " -Ddb.env=staging", " --env staging");
                stagingBookmark = staging.currentBookmark();
                new Restorer(log).beforeApply(productionTarget, p, backups, " -Ddb.env=production", " --env production");
                productionBookmark = production.currentBookmark();
                p.runAtomically(List.of("INSERT INTO t VALUES (1)"), false);
            }
            int requests = production.timeTravelQueries().size();
            GodwitException e = assertThrows(GodwitException.class, () -> new Restorer(log).withBookmarksLog(bookmarks)
                    .remote(productionTarget, stagingBookmark, null, "mvn db:restore -Ddb.bookmark=BOOKMARK -Ddb.env=production -Ddb.force"));
            assertTrue(e.getMessage().startsWith("Bookmark " + stagingBookmark + " was taken on D1 database shop-staging (db-stage) ("), e.getMessage());
            assertTrue(e.getMessage().contains(", as " + bookmarks + " records), not on shop-production (db-prod), which this run works on"), e.getMessage());
            assertTrue(e.getMessage().endsWith(" To restore shop-staging to it: mvn db:restore -Ddb.bookmark=" + stagingBookmark + " -Ddb.env=staging."
                    + " Nothing was restored."), e.getMessage());
            assertEquals(requests, production.timeTravelQueries().size(), "nothing was sent");
            // the check alone, as db:restore makes it before it asks
            assertThrows(GodwitException.class, () -> new Restorer(log).withBookmarksLog(bookmarks).refuseOtherDatabasesBookmark(productionTarget, " " + stagingBookmark));

            // a bookmark the log does not know goes through, to D1 (which answers for it: the stand-in, 400)
            assertThrows(D1Exception.class, () -> new Restorer(log).withBookmarksLog(bookmarks)
                    .remote(productionTarget, "00000009-00000040-00000077-0123456789abcdef0123456789abcdef", null, "x"));
            // this database's own bookmark restores it
            new Restorer(log).withBookmarksLog(bookmarks).remote(productionTarget, productionBookmark, null, "x");
            try (D1Database p = new D1Database(productionSettings)) {
                assertEquals(List.of(), p.query("SELECT * FROM t"));
            }
        }
    }

    /**
     * db:restore printed the bookmark it replaced ("to undo this restore: mvn db:restore -Ddb.bookmark=..."), the way back from a
     * restore that replaced all of the database, but did not keep it in .godwit/d1-bookmarks.log as db:apply keeps its own: under
     * mvn -q it was lost, and pasted with another environment the log's check of which database a bookmark is of did not know it
     * and sent it. It is kept now, before the restore goes out, with the command that restores it.
     */
    @Test
    void theBookmarkBeforeARestoreIsKeptInTheLogAndCheckedAsAnApplysIs() throws Exception {
        try (D1StandIn staging = D1StandIn.start(dir.resolve("staging.sqlite"), "acct", "db-stage", "tok-restore-81");
             D1StandIn production = D1StandIn.start(dir.resolve("production.sqlite"), "acct", "db-prod", "tok-restore-81")) {
            D1Settings stagingSettings = new D1Settings("acct", "db-stage", "tok-restore-81", staging.endpoint());
            D1Settings productionSettings = new D1Settings("acct", "db-prod", "tok-restore-81", production.endpoint());
            Target.RemoteD1 stagingTarget = new Target.RemoteD1(stagingSettings, "test", "shop-staging");
            Target.RemoteD1 productionTarget = new Target.RemoteD1(productionSettings, "test", "shop-production");
            Path bookmarks = dir.resolve("project/.godwit/" + Restorer.BOOKMARKS);
            String to;
            try (D1Database s = new D1Database(stagingSettings)) {
                s.runAtomically(List.of("CREATE TABLE t (x)"), false);
                to = staging.currentBookmark();
                s.runAtomically(List.of("INSERT INTO t VALUES (1)"), false);
            }
            String before = staging.currentBookmark();
            Restorer.Result r = new Restorer(log).withBookmarksLog(bookmarks)
                    .remote(stagingTarget, to, null, "mvn db:restore -Ddb.bookmark=BOOKMARK -Ddb.env=staging -Ddb.force");
            assertEquals(before, r.replaced());
            List<String> kept = Files.readAllLines(bookmarks);
            assertEquals(1, kept.size(), kept.toString());
            assertTrue(kept.get(0).matches("[0-9T:-]+Z  D1 database shop-staging \\(db-stage\\)  bookmark " + before
                    + "  mvn db:restore -Ddb.bookmark=" + before + " -Ddb.env=staging -Ddb.force"), kept.get(0));
            assertFalse(Files.readString(bookmarks).contains("tok-restore-81"));
            // the way back from the restore, pasted with production chosen: refused before anything is sent
            int requests = production.timeTravelQueries().size();
            GodwitException e = assertThrows(GodwitException.class, () -> new Restorer(log).withBookmarksLog(bookmarks)
                    .remote(productionTarget, before, null, "mvn db:restore -Ddb.bookmark=BOOKMARK -Ddb.env=production -Ddb.force"));
            assertTrue(e.getMessage().startsWith("Bookmark " + before + " was taken on D1 database shop-staging (db-stage) ("), e.getMessage());
            assertEquals(requests, production.timeTravelQueries().size(), "nothing was sent");
        }
    }

    /**
     * .godwit/d1-bookmarks.log took a line for every apply to D1 and never let one go: a CI that deploys a few times a day
     * grew it for good, though D1 keeps no state older than 30 days (Time Travel's window), so such a bookmark restores nothing.
     * The lines older than that now go when one is added; a line the file's own form does not start is kept.
     */
    @Test
    void bookmarksOlderThanTimeTravelsWindowLeaveTheLog() throws Exception {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok-kept-77")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok-kept-77", standIn.endpoint());
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop-staging");
            LocalBackups backups = new LocalBackups(dir.resolve("project/.godwit/backups"), 5);
            Path file = dir.resolve("project/.godwit/d1-bookmarks.log");
            Files.createDirectories(file.getParent());
            String old = Instant.now().minus(java.time.Duration.ofDays(31)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + "  D1 database shop-staging (db-1)  bookmark 0000-old  mvn db:restore -Ddb.bookmark=0000-old";
            String recent = Instant.now().minus(java.time.Duration.ofDays(29)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + "  D1 database shop-staging (db-1)  bookmark 0000-recent  mvn db:restore -Ddb.bookmark=0000-recent";
            Files.write(file, List.of(old, "a note of the team's own", recent));
            try (D1Database db = new D1Database(settings)) {
                db.runAtomically(List.of("CREATE TABLE t (x)"), false);
                new Restorer(log).beforeApply(target, db, backups, " -Ddb.env=staging", " --env staging");
            }
            List<String> kept = Files.readAllLines(file);
            assertEquals(3, kept.size(), kept.toString());
            assertEquals(List.of("a note of the team's own", recent), kept.subList(0, 2));
            assertTrue(kept.get(2).contains("mvn db:restore -Ddb.bookmark="), kept.get(2));
        }
    }

    @Test
    void timestampRestoresTheStateAtThatTime() throws Exception {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok", standIn.endpoint());
            try (D1Database db = new D1Database(settings)) {
                db.runAtomically(List.of("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"), false);
                Thread.sleep(20);
                String at = Instant.now().toString();
                Thread.sleep(20);
                db.runAtomically(List.of("INSERT INTO t VALUES (2)"), false);
                new Restorer(log).remote(new Target.RemoteD1(settings, "test"), null, at, "x");
                assertEquals(List.of(Map.of("x", 1L)), db.query("SELECT x FROM t"));
            }
            try (D1TimeTravel tt = new D1TimeTravel(settings)) {
                D1Exception e = assertThrows(D1Exception.class, () -> tt.restore("00000000-nope"));
                assertEquals("Cannot restore to bookmark 00000000-nope of D1 database db-1 (HTTP 400, code 7400: Invalid bookmark: 00000000-nope).",
                        e.getMessage());
                D1Exception bad = assertThrows(D1Exception.class, () -> tt.bookmarkAt("yesterday"));
                assertTrue(bad.getMessage().startsWith("-Ddb.timestamp=yesterday is not an RFC 3339 timestamp"), bad.getMessage());
            }
        }
    }

    /**
     * A time copied from a log without its offset ({@code 2026-12-07T12:00:00}) is refused, naming the offset; Maven printed the
     * parser's words after ours ("... Nothing was changed. Text '2026-12-07T12:00:00' could not be parsed at index 19"), as it
     * adds the message of an exception's cause that ours does not hold.
     */
    @Test
    void aTimestampWithoutItsOffsetIsRefusedInOurWordsAlone() {
        D1Exception e = assertThrows(D1Exception.class, () -> D1TimeTravel.instantOf("2026-12-07T12:00:00", Instant.parse("2026-12-07T13:00:00Z")));
        assertEquals("-Ddb.timestamp=2026-12-07T12:00:00 is not an RFC 3339 timestamp; write it like 2026-11-30T12:00:00Z or"
                + " 2026-11-30T13:00:00+01:00 (with the offset), or as Unix time in seconds. Nothing was changed.", e.getMessage());
        assertNull(e.getCause(), "a cause's message is printed by Maven after ours");
    }

    /**
     * wrangler d1 time-travel takes Unix time as well as RFC 3339 and refuses a time in the future or more than 30 days back
     * before asking D1 (convertTimestampToISO). Godwit refused Unix time, and sent a future time to D1, which answers with the
     * current state: "Restored" with nothing changed (an offset mistaken, Z for a local time).
     */
    @Test
    void timestampsAreReadAsWranglerReadsThemAndAFutureOrTooOldOneIsRefusedBeforeAnyRequest() throws Exception {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok")) {
            D1Settings settings = new D1Settings("acct", "db-1", "tok", standIn.endpoint());
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop");
            try (D1Database db = new D1Database(settings)) {
                db.runAtomically(List.of("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"), false);
                Thread.sleep(1100);
                long unixSeconds = Instant.now().getEpochSecond();
                Thread.sleep(1100);
                db.runAtomically(List.of("INSERT INTO t VALUES (2)"), false);
                int before = standIn.requestLog().size();
                D1Exception future = assertThrows(D1Exception.class, () -> new Restorer(log).remote(target, null, "2099-01-01T00:00:00+01:00", "x"));
                assertTrue(future.getMessage().startsWith("-Ddb.timestamp=2099-01-01T00:00:00+01:00 (2098-12-31T23:00:00Z) is in the future (it is now "),
                        future.getMessage());
                assertTrue(future.getMessage().endsWith("): Time Travel goes back to a past state. Check the offset (Z is UTC; 2026-11-30T13:00:00+01:00"
                        + " for a local time). Nothing was changed."), future.getMessage());
                D1Exception old = assertThrows(D1Exception.class, () -> new Restorer(log).remote(target, null, "2020-01-01T00:00:00Z", "x"));
                assertEquals("-Ddb.timestamp=2020-01-01T00:00:00Z is more than 30 days ago: D1's Time Travel keeps the last 30 days (7 on the Workers"
                        + " Free plan), and wrangler d1 time-travel refuses it too. Nothing was changed.", old.getMessage());
                assertEquals(before, standIn.requestLog().size(), "nothing was sent for either");
                assertEquals(List.of(Map.of("x", 1L), Map.of("x", 2L)), db.query("SELECT x FROM t ORDER BY x"));

                lines.clear();
                new Restorer(log).remote(target, null, String.valueOf(unixSeconds), "x");
                assertEquals(List.of(Map.of("x", 1L)), db.query("SELECT x FROM t"), "Unix seconds, as wrangler takes them");
                assertTrue(lines.get(0).startsWith("The bookmark at " + Instant.ofEpochSecond(unixSeconds) + " is "), lines.toString());
                // sent as wrangler sends it (toISOString: UTC, milliseconds), also for a time with microseconds (a fleet report's startedAt)
                Instant micro = Instant.now().minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusNanos(123_456_000);
                new Restorer(log).remote(target, null, micro.toString(), "x");
                String sent = standIn.timeTravelQueries().stream().filter(q -> q.startsWith("bookmark?timestamp=")).reduce((a, b) -> b).orElseThrow();
                assertEquals("bookmark?timestamp=" + java.net.URLEncoder.encode(micro.toString().replace(".123456Z", ".123Z"),
                        java.nio.charset.StandardCharsets.UTF_8), sent);
                assertEquals("bookmark?timestamp=" + java.net.URLEncoder.encode(Instant.ofEpochSecond(unixSeconds).toString().replace("Z", ".000Z"),
                        java.nio.charset.StandardCharsets.UTF_8), standIn.timeTravelQueries().stream().filter(q -> q.startsWith("bookmark?timestamp="))
                        .findFirst().orElseThrow());
            }
        }
    }

    /** A first apply to a database that holds nothing keeps no (empty) copy, and says so. */
    /**
     * A local copy restored under a path holding quotes (a folder like {@code O'Brien}, a {@code "} in a name): sqlite-jdbc's
     * {@code restore from "…"} statement took the quotes off and failed ("Unable to open the database file") for a {@code "}.
     */
    @Test
    void aCopyUnderAPathHoldingQuotesIsRestored() throws Exception {
        for (String folder : List.of("O'Brien", "say \"hi\"", "both ' and \" here")) {
            Path file = dir.resolve(folder).resolve("app.sqlite");
            Files.createDirectories(file.getParent());
            LocalBackups backups = new LocalBackups(file.getParent().resolve(".godwit/backups"), 2);
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY, v text)", "INSERT INTO t VALUES (1, 'kept')"), false);
            }
            Path copy = backups.backup(file);
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                db.runAtomically(List.of("DELETE FROM t", "INSERT INTO t VALUES (2, 'later')"), false);
            }
            LocalBackups.restore(file, copy);
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                assertEquals(List.of(Map.of("id", 1L, "v", "kept")), db.query("SELECT id, v FROM t"), folder);
            }
        }
    }

    /**
     * Copies taken in the same millisecond are named x.sqlite, x-2.sqlite, ...; by name "-2" sorted before ".sqlite", so the
     * newer copy counted as the older: pruned first, and not the one db:restore -Dlocal takes by default.
     */
    @Test
    void copiesTakenInOneMillisecondKeepTheOrderTheyWereTakenIn() {
        Path file = dir.resolve("app.sqlite");
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 2, Clock.fixed(Instant.parse("2026-12-04T10:00:00.123Z"), ZoneOffset.UTC));
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (v text)", "INSERT INTO t VALUES ('first')"), false);
            backups.backup(file);
            for (String v : List.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh")) {
                db.runAtomically(List.of("UPDATE t SET v = '" + v + "'"), false);
                backups.backup(file);
            }
        }
        List<String> kept = backups.list(file).stream().map(p -> p.getFileName().toString().replaceFirst("^app-[0-9a-f]{8}-", "app-")).toList();
        assertEquals(List.of("app-20261204T100000.123Z-10.sqlite", "app-20261204T100000.123Z-11.sqlite"), kept);
        try (SqliteDatabase copy = SqliteDatabase.open(backups.list(file).get(1))) {
            assertEquals(List.of(Map.of("v", "eleventh")), copy.query("SELECT v FROM t"));
        }
    }

    /** A clock that reads {@code now[0]}, which a test moves on between copies. */
    private static Clock reading(Instant[] now) {
        return new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        };
    }

    /**
     * An apply that fails and rolls back leaves the database as it was, and each run of it again took another copy: five failed
     * runs pushed the copy from before the last migration that did change something out of the folder (a new-user trial found
     * db:restore then had nothing useful to go back to). The copy of a database unchanged since the newest one is that one.
     */
    @Test
    void aCopyOfADatabaseUnchangedSinceTheNewestCopyIsThatCopy() {
        Path file = dir.resolve("app.sqlite");
        Instant[] now = {Instant.parse("2026-12-05T10:00:00Z")};
        Clock clock = reading(now);
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 2, clock);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (v text)", "INSERT INTO t VALUES ('before the cleanup')"), false);
            Path beforeCleanup = backups.backup(file);
            db.runAtomically(List.of("DELETE FROM t"), false);   // the migration that changed something
            now[0] = now[0].plusSeconds(60);
            Path afterCleanup = backups.backup(file);
            for (int run = 0; run < 5; run++) {   // a failing migration, run again and again: nothing changes
                now[0] = now[0].plusSeconds(60);
                Path copy = backups.backup(file);
                assertEquals(afterCleanup, copy);
                assertTrue(backups.reused());
                lines.clear();
                new Restorer(log).beforeApply(new Target.LocalFile(file), db, backups, "", "");
                assertEquals("Kept a copy of app.sqlite before applying: " + afterCleanup + " (taken before an earlier run: the database has not"
                        + " changed since, so no second copy)", lines.get(0));
            }
            assertEquals(List.of(beforeCleanup, afterCleanup), backups.list(file));
            db.runAtomically(List.of("INSERT INTO t VALUES ('new')"), false);
            now[0] = now[0].plusSeconds(60);
            Path changed = backups.backup(file);
            assertFalse(backups.reused());
            assertEquals(List.of(afterCleanup, changed), backups.list(file));
        }
        try (SqliteDatabase copy = SqliteDatabase.open(backups.list(file).get(0))) {
            assertEquals(List.of(), copy.query("SELECT v FROM t"));
        }
    }

    @Test
    void noCopyOfADatabaseThatHoldsNothing() {
        Path file = dir.resolve("new.sqlite");
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 2);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.query("PRAGMA user_version");
            new Restorer(log).beforeApply(new Target.LocalFile(file), db, backups, "", "");
        }
        assertEquals(List.of(), backups.list(file));
        assertEquals(List.of("No copy kept of new.sqlite before applying: it holds nothing yet."), lines);
    }

    /**
     * -Ddb.backup naming something that is no copy of a database: a .sql dump was "restored" (the message said so, nothing
     * changed) and an empty file emptied the database. Both are refused before anything is touched, saying what they are.
     */
    @Test
    void aBackupThatIsNoDatabaseIsRefusedAndNothingChanges() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE users (id integer primary key, name text)", "INSERT INTO users VALUES (1, 'ada')"), false);
        }
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 2);
        Path dump = dir.resolve("dump.sql");
        Files.writeString(dump, "CREATE TABLE users (id integer primary key, name text);\nINSERT INTO users VALUES (2, 'bob');\n");
        GodwitException e = assertThrows(GodwitException.class, () -> new Restorer(log).local(file, backups, dump));
        assertEquals("-Ddb.backup=" + dump + " is not an SQLite database file (it does not begin with SQLite's header): db:restore takes the"
                + " copies db:apply keeps in " + backups.dir() + " (there are none). An SQL dump is loaded with sqlite3 instead"
                + " (sqlite3 app.sqlite < dump.sql). Nothing was changed.", e.getMessage());
        Path empty = Files.createFile(dir.resolve("empty.sqlite"));
        e = assertThrows(GodwitException.class, () -> new Restorer(log).local(file, backups, empty));
        assertTrue(e.getMessage().startsWith("-Ddb.backup=" + empty + " is empty: restoring it would empty app.sqlite"), e.getMessage());
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("id", 1L, "name", "ada")), db.query("SELECT * FROM users"));
        }
        assertTrue(!Files.exists(backups.dir()), "no copy taken for a restore that did not happen");
        assertEquals(List.of(), lines);
    }

    @Test
    void localCopyBeforeApplyAndRestoreOfTheLatest() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE users (id integer primary key, name text)", "INSERT INTO users VALUES (1, 'ada')"), false);
        }
        Instant[] now = {Instant.parse("2026-11-30T10:00:00Z")};
        Clock clock = reading(now);
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 2, clock);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Restorer(log).beforeApply(new Target.LocalFile(file), db, backups, "", "");
        }
        String stem = LocalBackups.stem(file);
        assertTrue(stem.matches("app-[0-9a-f]{8}"), stem);
        Path first = dir.resolve(".godwit/backups/" + stem + "-20261130T100000.000Z.sqlite");
        assertEquals(List.of(first), backups.list(file));
        assertEquals(List.of("Kept a copy of app.sqlite before applying: " + first,
                "  to go back: mvn db:restore -Dlocal (the latest copy; -Ddb.backup=FILE for another)"), lines);

        List<Map<String, Object>> schemaBefore;
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            schemaBefore = db.query(SCHEMA_AND_ROWS);
            db.runAtomically(List.of("DROP TABLE users", "CREATE TABLE users (id integer primary key)"), false);
        }
        now[0] = now[0].plusSeconds(60);
        Restorer.Result r = new Restorer(log).local(file, backups, null);
        Path replaced = dir.resolve(".godwit/backups/" + stem + "-before-restore-20261130T100100.000Z.sqlite");
        assertEquals(new Restorer.Result(first.toString(), replaced.toString()), r);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(schemaBefore, db.query(SCHEMA_AND_ROWS));
            assertEquals(List.of(Map.of("id", 1L, "name", "ada")), db.query("SELECT * FROM users"));
        }
        assertTrue(Files.exists(replaced));
        assertEquals(List.of(first), backups.list(file), "the copy of the replaced file is not a candidate for the next restore");

        // the last N are kept (of a database changed between them: the copy of an unchanged one stands for the next, see below)
        for (int i = 0; i < 3; i++) {
            now[0] = now[0].plusSeconds(60);
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                db.runAtomically(List.of("INSERT INTO users VALUES (" + (10 + i) + ", 'x')", "DELETE FROM users WHERE id = " + (10 + i)), false);
                db.runAtomically(List.of("CREATE TABLE t" + i + " (x)", "DROP TABLE t" + i), false);
            }
            backups.backup(file);
        }
        assertEquals(List.of(dir.resolve(".godwit/backups/" + stem + "-20261130T100300.000Z.sqlite"),
                dir.resolve(".godwit/backups/" + stem + "-20261130T100400.000Z.sqlite")), backups.list(file));

        // Another database of the same name (-Ddb.local.path=other/app.sqlite) has copies of its own: neither restored
        // from nor pruned for this one.
        Path twin = Files.createDirectories(dir.resolve("other")).resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(twin)) {
            db.runAtomically(List.of("CREATE TABLE empty (x)"), false);
        }
        for (int i = 0; i < 3; i++) {
            now[0] = now[0].plusSeconds(60);
            try (SqliteDatabase db = SqliteDatabase.open(twin)) {
                db.runAtomically(List.of("INSERT INTO empty VALUES (" + i + ")"), false);
            }
            backups.backup(twin);
        }
        assertEquals(2, backups.list(twin).size());
        assertEquals(List.of(dir.resolve(".godwit/backups/" + stem + "-20261130T100300.000Z.sqlite"),
                dir.resolve(".godwit/backups/" + stem + "-20261130T100400.000Z.sqlite")), backups.list(file), "this file's copies untouched");
        new Restorer(log).local(file, backups, null);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("id", 1L, "name", "ada")), db.query("SELECT * FROM users"), "restored from its own copy");
        }

        GodwitException none = assertThrows(GodwitException.class, () -> new Restorer(log).local(dir.resolve("other.sqlite"), backups, null));
        assertEquals("There is no backup of " + dir.resolve("other.sqlite") + " in " + dir.resolve(".godwit/backups")
                + ": db:apply -Dlocal keeps one before it applies a migration to the file, none while the file holds nothing yet (its first"
                + " apply). Nothing was changed.", none.getMessage());
    }

    /**
     * The local file became unreadable (written over, truncated): what db:restore is for. The copy of the file it replaces went
     * through SQLite, which refused it, and db:restore stopped with "Cannot copy app.sqlite ... before applying: [SQLITE_NOTADB]
     * ...; nothing was applied", with no way on. The file is moved aside as it was (no byte of it lost) and the copy restored.
     */
    @Test
    void aFileSqliteCannotReadIsMovedAsideAsItWasAndTheLatestCopyRestored() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE users (id integer primary key, name text)", "INSERT INTO users VALUES (1, 'ada')"), false);
        }
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 2);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Restorer(log).beforeApply(new Target.LocalFile(file), db, backups, "", "");
        }
        Path copy = backups.list(file).get(0);
        for (byte[] broken : List.of("not a database, written over the file by mistake".repeat(20).getBytes(),
                java.util.Arrays.copyOf(Files.readAllBytes(copy), 100))) {
            Files.write(file, broken);
            lines.clear();
            Restorer.Result r = new Restorer(log).local(file, backups, null);
            assertEquals(copy.toString(), r.restoredTo());
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                assertEquals(List.of(Map.of("id", 1L, "name", "ada")), db.query("SELECT * FROM users"));
            }
            Path kept = Path.of(r.replaced());
            assertTrue(java.util.Arrays.equals(broken, Files.readAllBytes(kept)), "the unreadable file is kept byte for byte");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("The file as it was is not one SQLite can read (") && l.endsWith(": it was moved, as it"
                    + " was, to " + kept)), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains("to undo this restore")), lines.toString());
            assertEquals(List.of(copy), backups.list(file), "what was moved aside is no copy a restore picks");
        }
    }


    /**
     * A backup that ran out of room said only SQLite's 'database or disk is full; nothing was applied': not what the copy needs,
     * nor that the copies kept beside it take the room, nor -Ddb.backups. The half-written copy is removed, not left to be taken
     * for the newest.
     */
    @Test
    void aCopyThatRunsOutOfRoomSaysWhatItNeedsAndWhatTheKeptCopiesTake() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (x)", "INSERT INTO t VALUES (randomblob(100000))"), false);
        }
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 5);
        backups.backup(file);
        Path half = dir.resolve(".godwit/backups/half.sqlite");
        Files.writeString(half, "begun");
        GodwitException e = backups.copyFailed(file, half, half, new org.sqlite.SQLiteException("[SQLITE_FULL] Insertion failed because database is full"
                + " (database or disk is full)", org.sqlite.SQLiteErrorCode.SQLITE_FULL), false);
        assertTrue(e.getMessage().matches("Cannot copy " + java.util.regex.Pattern.quote(file + " to " + half + " before applying: [SQLITE_FULL]"
                + " Insertion failed because database is full (database or disk is full); " + dir.resolve(".godwit/backups") + " has ")
                + "\\d+ [MG]B free, and the copy needs about 0 MB \\(the 1 earlier copies of this file there take 0 MB: delete the older"
                + " ones, or keep fewer with -Ddb.backups=N, 1 at least\\); nothing was applied"), e.getMessage());
        assertFalse(Files.exists(half), "the half-written copy is removed");
        Path others = dir.resolve(".godwit/backups/others.sqlite");
        Files.writeString(others, "another run's copy, under the name this one was to take");
        backups.copyFailed(file, others, null, new org.sqlite.SQLiteException("[SQLITE_ERROR] output file already exists",
                org.sqlite.SQLiteErrorCode.SQLITE_ERROR), false);
        assertTrue(Files.exists(others), "a copy this run did not begin is not removed");
        assertEquals(1, backups.list(file).size(), "the copy kept before stays");
    }

    /**
     * A backup that ran out of room on a full disk (db:apply -Dlocal, the project on a 30 MB tmpfs holding a 28 MB database) left
     * the journal SQLite's VACUUM INTO had begun beside the copy it removed ({@code app-....sqlite-journal} in .godwit/backups), and,
     * with no earlier copy there, said what the copy needs but not what to do. The journal goes with the copy; the message says
     * to free that room and run again.
     */
    @Test
    void aCopyThatRunsOutOfRoomLeavesNoJournalAndSaysToFreeTheRoom() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (x)"), false);
        }
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 5);
        Path half = dir.resolve(".godwit/backups/app-half.sqlite");
        Files.createDirectories(half.getParent());
        Files.writeString(half, "begun");
        Path journal = dir.resolve(".godwit/backups/app-half.sqlite-journal");
        Files.writeString(journal, "the journal VACUUM INTO began");
        GodwitException e = backups.copyFailed(file, half, half, new org.sqlite.SQLiteException("[SQLITE_FULL] Insertion failed because database is full"
                + " (database or disk is full)", org.sqlite.SQLiteErrorCode.SQLITE_FULL), false);
        assertFalse(Files.exists(half), "the half-written copy is removed");
        assertFalse(Files.exists(journal), "and the journal SQLite began for it");
        assertTrue(e.getMessage().matches("Cannot copy " + java.util.regex.Pattern.quote(file + " to " + half + " before applying: [SQLITE_FULL]"
                + " Insertion failed because database is full (database or disk is full); " + dir.resolve(".godwit/backups") + " has ")
                + "\\d+ [MG]B free, and the copy needs about 0 MB: free that room there, then run again \\(the copy is the way back"
                + " should a migration go wrong\\); nothing was applied"), e.getMessage());
    }

    /**
     * Time Travel's own 429s (the bookmark read before an apply, a restore) waited up to a minute without a word, where the apply's
     * requests say each wait: a build that looks frozen gets cancelled. They say it alike now.
     */
    @Test
    void aRateLimitedBookmarkReadSaysItWaits() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "secret-token-1")) {
            D1Settings settings = new D1Settings("acct", "db-1", "secret-token-1", standIn.endpoint());
            try (D1Database db = new D1Database(settings)) {
                standIn.setRetryAfterSeconds(0);
                standIn.respond429ToTimeTravelNext(1);
                new Restorer(log).beforeApply(new Target.RemoteD1(settings, "test", "shop"), db, null, "", "");
                String bookmark = standIn.currentBookmark();
                assertEquals(List.of("Cloudflare's API rate limit was hit (HTTP 429): waiting 0 ms as it asks (attempt 2 of 5).",
                        "Time Travel bookmark of D1 database shop before this apply: " + bookmark), lines.subList(0, 2));
                lines.clear();
                standIn.respond429ToTimeTravelNext(1);
                new Restorer(log).remote(new Target.RemoteD1(settings, "test", "shop"), bookmark, null, "x");
                assertTrue(lines.contains("Cloudflare's API rate limit was hit (HTTP 429): waiting 0 ms as it asks (attempt 2 of 5)."), lines.toString());
            }
        }
    }

    /** The question and the batch-mode refusal name the copy a local restore would bring back, and when it is from. */
    @Test
    void theCopyALocalRestoreWouldTakeIsNamedWithItsTime() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (x)"), false);
        }
        LocalBackups backups = new LocalBackups(dir.resolve("backups"), 5);
        assertEquals("", Restorer.localCopy(file, backups, null));   // none: local() says so
        Path older = backups.backup(file);
        Thread.sleep(5);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("INSERT INTO t VALUES (1)"), false);   // a changed file: a copy of its own
        }
        Path latest = backups.backup(file);
        assertNotEquals(older, latest);
        assertEquals(" with the copy " + latest.toAbsolutePath().normalize() + " (the latest, taken "
                + LocalBackups.takenAt(latest).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")", Restorer.localCopy(file, backups, null));
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-30T12:00:00.5Z")));
        assertEquals(" with the copy " + older.toAbsolutePath().normalize() + " (-Ddb.backup, last changed 2026-11-30T12:00:00Z)",
                Restorer.localCopy(file, backups, older));
    }
}
