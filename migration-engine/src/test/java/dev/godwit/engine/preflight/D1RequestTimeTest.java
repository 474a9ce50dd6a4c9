package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D1 stops a request at 30 s and a migration is one request; the pre-flight ran the migrations on a copy of the real rows but did
 * not look at how long they took, so a migration that a big table makes slow passed locally and was cut on D1 (README: "Not
 * predicted: D1's 30 seconds per request"). It is now timed there, statement by statement, and one that takes a third of the
 * limit or more is warned about, naming its slowest statements and the way to split it. The test lowers the threshold
 * ({@link D1RequestTime#warnAt}) to 0.1 s so that a real slow statement on a generated table of 2,400 rows (an UPDATE reading the
 * whole table for each row, 5.8 million rows read) crosses it, taking about 0.3 s of CPU on this project's machine (the statement
 * runs seven times here: 4,000 rows and a 0.2 s threshold took 0.85 s a run).
 */
class D1RequestTimeTest {

    @TempDir
    Path dir;

    @Test
    void aMigrationThatTakesLongOnTheRealRowsIsWarnedAboutNamingItsSlowestStatement() throws Exception {
        assertEquals(Duration.ofSeconds(10), D1RequestTime.warnAt, "the default: a third of D1's 30 s");
        Path file = dir.resolve("local-d1.sqlite");
        Target target = new Target.WranglerLocalD1(file, "c0ffee00-0000-4000-8000-000000000001");
        try (Database db = target.open()) {
            db.runAtomically(List.of("CREATE TABLE big (id INTEGER PRIMARY KEY, v INTEGER NOT NULL, w INTEGER)",
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2400)"
                    + " INSERT INTO big (id, v) SELECT i, (i * 7919) % 100003 FROM n"), false);
        }
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("0001_tiny.sql"), "CREATE TABLE tiny (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("0002_slow.sql"), "CREATE TABLE other (id INTEGER PRIMARY KEY);\n"
                + "UPDATE big SET w = (SELECT count(*) FROM big AS b WHERE b.v < big.v);\nCREATE INDEX big_w ON big (w, v);\n");
        RecordingLog log = new RecordingLog();
        Duration before = D1RequestTime.warnAt;
        D1RequestTime.warnAt = Duration.ofMillis(100);
        try (Database db = target.open()) {
            HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
            new Migrator(db, history, log).checkingPendingWith(Preflight.forTarget(target, db, Set.of(history.name()), false, log))
                    .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
        } finally {
            D1RequestTime.warnAt = before;
        }
        List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN Pre-flight:")).toList();
        assertEquals(1, warnings.size(), String.join("\n", log.lines()));
        String w = warnings.get(0);
        String copy = Pattern.quote("a copy of " + file.toAbsolutePath().normalize() + " (its rows as they are now)");
        assertTrue(Pattern.compile("WARN Pre-flight: 0002_slow\\.sql ran for \\d+\\.\\d s on " + copy + "\\. On Cloudflare D1 a migration is one"
                + " request, and D1 stops a request at 30 s and rolls all of it back \\(HTTP 504, or \"exceeded timeout\"\\); this machine's time is"
                + " only a guide to D1's, so from 0\\.1 s on the migration may be cut there\\. Its slowest statement\\(s\\):\n"
                + "  - statement 2 of 3 \\(\\d+\\.\\d s\\): UPDATE big SET w = \\(SELECT count\\(\\*\\) FROM big AS b WHERE b\\.v < big\\.v\\);\n"
                + "  Split it: each migration file is its own request, so move a slow statement into a migration of its own \\(mvn db:generate"
                + " -Ddb.custom\\), and run a data statement over a large table in batches, one range of keys per migration \\(UPDATE \\.\\.\\."
                + " WHERE id BETWEEN 1 AND 50000, then the next range\\)\\.").matcher(w).matches(), w);
        // a warning, not a refusal: the apply went on, as D1's time is only predicted
        try (Database db = target.open()) {
            assertEquals(2, db.query("SELECT name FROM d1_migrations").size());
            assertEquals(1, db.query("SELECT 1 FROM sqlite_master WHERE name = 'big_w'").size());
        }

        // a later pending migration that fails on the copy stops the apply there: the slow one before it, still to be applied
        // once that is fixed, is warned about all the same (the warnings were logged only after the last migration ran)
        Files.writeString(migrations.resolve("0003_slow_again.sql"), "UPDATE big SET w = (SELECT count(*) FROM big AS b WHERE b.v > big.v);\n");
        Files.writeString(migrations.resolve("0004_broken.sql"), "CREATE TABLE tiny (id INTEGER PRIMARY KEY);\n");
        RecordingLog again = new RecordingLog();
        D1RequestTime.warnAt = Duration.ofMillis(100);
        try (Database db = target.open()) {
            HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
            org.junit.jupiter.api.Assertions.assertThrows(PreflightRefusedException.class, () -> new Migrator(db, history, again)
                    .checkingPendingWith(Preflight.forTarget(target, db, Set.of(history.name()), false, again))
                    .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults()));
        } finally {
            D1RequestTime.warnAt = before;
        }
        assertTrue(again.lines().stream().anyMatch(l -> l.startsWith("WARN Pre-flight: 0003_slow_again.sql ran for ")), String.join("\n", again.lines()));
    }

    /**
     * A plain SQLite app's file (no D1 in the project) was warned about as if D1 would cut its migration ("On Cloudflare D1 a
     * migration is one request ..."): nothing there limits a migration's time. The warning is for wrangler's local D1 file, and for
     * a plain file only in a project whose migrations go to D1 too (db:apply passes that: wrangler's config, a D1 database id).
     */
    @Test
    void aPlainSqliteFileIsTimedAgainstD1OnlyInAProjectThatGoesToD1() throws Exception {
        for (boolean d1Project : new boolean[] {false, true}) {
            Path file = dir.resolve("app-" + d1Project + ".sqlite");
            Target target = new Target.LocalFile(file);
            try (Database db = target.open()) {
                db.runAtomically(List.of("CREATE TABLE big (id INTEGER PRIMARY KEY, v INTEGER NOT NULL, w INTEGER)",
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2400)"
                        + " INSERT INTO big (id, v) SELECT i, (i * 7919) % 100003 FROM n"), false);
            }
            Path migrations = dir.resolve("migrations-" + d1Project);
            Files.createDirectories(migrations);
            Files.writeString(migrations.resolve("0001_slow.sql"), "UPDATE big SET w = (SELECT count(*) FROM big AS b WHERE b.v < big.v);\n");
            RecordingLog log = new RecordingLog();
            Duration before = D1RequestTime.warnAt;
            D1RequestTime.warnAt = Duration.ofMillis(100);
            try (Database db = target.open()) {
                HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
                new Migrator(db, history, log).checkingPendingWith(Preflight.forTarget(target, db, Set.of(history.name()), false, log)
                                .forD1Project(d1Project))
                        .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
            } finally {
                D1RequestTime.warnAt = before;
            }
            List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN Pre-flight: 0001_slow.sql ran for ")).toList();
            assertEquals(d1Project ? 1 : 0, warnings.size(), d1Project + ": " + String.join("\n", log.lines()));
            try (Database db = target.open()) {
                assertEquals(1, db.query("SELECT 1 FROM d1_migrations").size(), "applied either way");
            }
        }
    }
}
