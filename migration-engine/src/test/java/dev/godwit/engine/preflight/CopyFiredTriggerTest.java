package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 53): a hand-written rebuild that creates a counting trigger on its new table before the copy, {@code CREATE
 * TRIGGER posts_count AFTER INSERT ON __new_posts BEGIN UPDATE stats SET n = n + 1; END;} then {@code INSERT INTO __new_posts SELECT
 * ... FROM posts}: the copy fires it for every row the table held already, so {@code stats.n} went from 3 to 6, and the pre-flight said
 * "no rows removed or rewritten" (what a trigger the migration creates writes is taken as written on purpose). A trigger fired by the
 * copy is not: it is refused, named with the copy, the table it wrote and how many rows, and the way out.
 */
class CopyFiredTriggerTest {

    @TempDir
    Path dir;

    private static final String COPY = "INSERT INTO __new_posts SELECT id, coalesce(title, '') FROM posts;";

    private Path file() {
        Path f = dir.resolve("app.sqlite");
        f.toFile().delete();
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            db.runAtomically(List.of("CREATE TABLE posts (id integer PRIMARY KEY NOT NULL, title text)",
                    "INSERT INTO posts VALUES (1, 'a'), (2, 'b'), (3, NULL)",
                    "CREATE TABLE stats (k text PRIMARY KEY NOT NULL, n integer NOT NULL)",
                    "INSERT INTO stats VALUES ('posts', 3)",
                    "CREATE TABLE log (id integer PRIMARY KEY, what text)",
                    "INSERT INTO log VALUES (1, 'x'), (2, 'y')"), false);
        }
        return f;
    }

    private Migration rebuild(String trigger, boolean triggerLast) {
        String create = "CREATE TABLE __new_posts (id integer PRIMARY KEY NOT NULL, title text NOT NULL DEFAULT '');";
        List<String> s = new ArrayList<>(List.of(create, COPY, "DROP TABLE posts;", "ALTER TABLE __new_posts RENAME TO posts;"));
        if (triggerLast) s.add(trigger.replace("__new_posts", "posts"));
        else s.add(1, trigger);
        return new Migration(new JournalEntry(0, "6", 1000L, "0001_posts", true), dir.resolve("0001_posts.sql"),
                String.join("\n--> statement-breakpoint\n", s));
    }

    private static final String COUNTER = "CREATE TRIGGER posts_count AFTER INSERT ON __new_posts BEGIN UPDATE stats SET n = n + 1; END;";

    @Test
    void aCounterTheCopyFiresIsRefusedWithTheCopyAndTheWayOut() {
        Path f = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(rebuild(COUNTER, false))));
        assertTrue(e.getMessage().contains("- \"stats\": 1 of 1 rows written (changed, added or deleted) by trigger \"posts_count\" that the migration"
                + " creates on the rebuild's new table \"__new_posts\" before copying into it: the copy inserts rows the table held already, and it"
                + " fires once for each of them, through 0001_posts.sql statement 3: " + COPY), e.getMessage());
        assertTrue(e.getMessage().contains("move the CREATE TRIGGER to the end of the migration"), e.getMessage());
        // nothing applied: the file's counter is as it was
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            assertEquals(3L, ((Number) db.query("SELECT n FROM stats").get(0).get("n")).longValue());
        }
    }

    /** A trigger deleting through the copy was refused as rows deleted "through 0001_posts.sql", no statement named: the copy is now. */
    @Test
    void aDeletingTriggerTheCopyFiresIsNamedWithTheCopy() {
        Path f = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(
                rebuild("CREATE TRIGGER posts_log AFTER INSERT ON __new_posts BEGIN DELETE FROM log WHERE id = NEW.id; END;", false))));
        assertTrue(e.getMessage().contains("- \"log\": 2 of 2 rows written (changed, added or deleted) by trigger \"posts_log\" that the migration"
                + " creates on the rebuild's new table \"__new_posts\""), e.getMessage());
        assertTrue(e.getMessage().contains("through 0001_posts.sql statement 3: " + COPY), e.getMessage());
        assertFalse(e.getMessage().contains("rows deleted, through 0001_posts.sql\n"), e.getMessage());
    }

    /** The same trigger created after the copy and the rename, as a rebuild should, fires for later writes only: it passes. */
    @Test
    void theTriggerCreatedAfterTheRenamePasses() {
        Path f = file();
        List<String> said = new ArrayList<>();
        Preflight.ofFile(f, false, new EngineLog() {
            @Override
            public void info(String message) {
                said.add(message);
            }

            @Override
            public void warn(String message) {
                said.add(message);
            }
        }).check(List.of(rebuild(COUNTER, true)));
        assertTrue(said.stream().anyMatch(s -> s.contains("no rows removed or rewritten")), said.toString());
    }

    /** A write of the migration's own that fires such a trigger means it to: a seed row counted once is no loss. */
    @Test
    void theMigrationsOwnInsertFiringItPasses() {
        Path f = file();
        Migration m = new Migration(new JournalEntry(0, "6", 1000L, "0001_seed", true), dir.resolve("0001_seed.sql"),
                "CREATE TRIGGER posts_count AFTER INSERT ON posts BEGIN UPDATE stats SET n = n + 1; END;\n--> statement-breakpoint\n"
                        + "INSERT INTO posts VALUES (4, 'd');");
        Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(m));
    }

    /**
     * A seed row the migration inserts into the new table after the copy ({@code INSERT INTO __new_posts (id, title) SELECT 99,
     * 'seed'}) is a new row: the audit trigger created before it logs it as it is meant to. It was refused as a copy firing the
     * trigger for "rows the table held already" (any INSERT with a SELECT was taken for the copy).
     */
    @Test
    void aSeedRowInsertedAfterTheCopyFiringItPasses() {
        Path f = file();
        String audit = "CREATE TRIGGER posts_log AFTER INSERT ON __new_posts BEGIN INSERT INTO log (what) VALUES ('new ' || NEW.id); END;";
        Migration m = new Migration(new JournalEntry(0, "6", 1000L, "0001_posts", true), dir.resolve("0001_posts.sql"), String.join(
                "\n--> statement-breakpoint\n", List.of("CREATE TABLE __new_posts (id integer PRIMARY KEY NOT NULL, title text NOT NULL DEFAULT '');",
                        COPY, audit, "INSERT INTO __new_posts (id, title) SELECT 99, 'seed';", "INSERT INTO __new_posts (id, title) VALUES (98, 'seed');",
                        "DROP TABLE posts;", "ALTER TABLE __new_posts RENAME TO posts;")));
        assertEquals(List.of(), CopyFiredTriggers.in(m.statements()));
        Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(m));
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            assertEquals(2L, ((Number) db.query("SELECT count(*) AS n FROM log").get(0).get("n")).longValue(), "the pre-flight applied nothing");
        }
    }

    @Test
    void readFromTheStatements() {
        List<CopyFiredTriggers.Fired> fired = CopyFiredTriggers.in(rebuild(COUNTER, false).statements());
        assertEquals(List.of(new CopyFiredTriggers.Fired(2, "__new_posts", "posts_count", List.of("stats"))), fired);
        assertEquals(List.of(), CopyFiredTriggers.in(rebuild(COUNTER, true).statements()));
        assertEquals("SELECT count(*) FROM (SELECT id, coalesce(title, '') FROM posts)", CopyFiredTriggers.countOf(COPY));
    }

    /**
     * On a D1 replica the synthesised rows are not the database's, and what a trigger the migration creates writes is not compared:
     * the prediction is partial, naming the trigger and the copy, with the query counting the rows it fires for. The apply then
     * counts them twice on D1, as the stand-in shows.
     */
    @Test
    void throughD1TheCopyFiringATriggerIsAPartialPrediction() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            d1.runAtomically(List.of("CREATE TABLE posts (id integer PRIMARY KEY NOT NULL, title text)",
                    "INSERT INTO posts VALUES (1, 'a'), (2, 'b'), (3, NULL)",
                    "CREATE TABLE stats (k text PRIMARY KEY NOT NULL, n integer NOT NULL)",
                    "INSERT INTO stats VALUES ('posts', 3)"), false);
            new Migrator(d1, history, log).checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log))
                    .apply(List.of(rebuild(COUNTER, false)), ApplyOptions.defaults());
            assertEquals(6L, ((Number) d1.query("SELECT n FROM stats").get(0).get("n")).longValue(), "the truth: D1 counted the copied rows again");
            assertTrue(log.lines().contains("WARN Pre-flight: the prediction for 0001_posts.sql is partial. On a local replica of " + d1.describe()
                    + " (its schema, with 3 generated rows in each table that holds rows there):\n"
                    + "  - Migration 0001_posts.sql, statement 3 of 5: " + COPY + "\n"
                    + "    copies rows the table held already into \"__new_posts\" and so fires trigger \"posts_count\", which the migration creates on it"
                    + " before the copy, once for each of them (writing \"stats\"), so what it writes for them was not tried on the synthesised rows;"
                    + " create the trigger after the copy and the RENAME; what it fires for on the database: SELECT count(*) FROM (SELECT id,"
                    + " coalesce(title, '') FROM posts)\n"
                    + "  Run that query on the database (wrangler d1 execute c020574a-5623-407b-be0c-cd192bab9545 --remote --command \"...\"); if it"
                    + " counts rows, the rebuild fires the trigger named for each of them."), log.lines().toString());
        }
    }
}
