package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.restore.Restorer;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three pending migrations applied to D1 through the stand-in, the second (three statements) failing part way each way it can:
 * its SQL refused at its third statement, its connection reset before or after D1 committed it, the token expiring, its history
 * row refused. Afterwards the database, the history and the next run agree: nothing applied twice, nothing recorded that was not
 * applied, and the error names the way back to before the run (both commands) when the run had applied a migration.
 */
class D1ApplyFailsPartWayTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "c020574a-5623-407b-be0c-cd192bab9545";
    static final String TOKEN = "partway-token-xyz-123";

    @TempDir
    Path dir;
    MigrationsFolder folder;
    D1StandIn standIn;
    final RecordingLog log = new RecordingLog();
    String bookmarkBefore;

    @BeforeEach
    void setUp() throws Exception {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("tags").withCustom(true));
        writeTags("INSERT INTO tags VALUES (2, 'b');");
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of()), folder,
                GenerateOptions.batch().withName("posts"));
        standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
        assertTrue(log.lines().stream().noneMatch(l -> l.contains(TOKEN)), "the token never prints");
    }

    void writeTags(String third) throws Exception {
        Path custom = Files.list(dir.resolve("drizzle")).filter(p -> p.getFileName().toString().startsWith("0001_")).findFirst().orElseThrow();
        Files.writeString(custom, "CREATE TABLE tags (id integer PRIMARY KEY, label text);\n--> statement-breakpoint\n"
                + "INSERT INTO tags VALUES (1, 'a');\n--> statement-breakpoint\n" + third + "\n");
    }

    D1Settings settings() {
        return new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()).withRetries(4, Duration.ofMillis(10), Duration.ofSeconds(2));
    }

    /** Applies as db:apply does: the bookmark first, the way back handed to the Migrator. */
    List<String> apply() {
        try (D1Database db = new D1Database(settings())) {
            Target.RemoteD1 target = new Target.RemoteD1(settings(), "test", "shop-staging");
            return new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log)
                    .beforeApplying(p -> {
                        bookmarkBefore = standIn.currentBookmark();
                        return new Restorer(log).beforeApply(target, db, null, " -Ddb.env=staging", " --env staging");
                    })
                    .apply(folder.migrations(), ApplyOptions.defaults()).applied();
        }
    }

    MigrationException failedApply() {
        return assertThrows(MigrationException.class, this::apply);
    }

    String wayBack() {
        return "\n  This run applied 0000_init.sql before it; they stay applied. To go back to before this run (the bookmark is also in"
                + " .godwit/d1-bookmarks.log): mvn db:restore -Ddb.bookmark=" + bookmarkBefore + " -Ddb.env=staging\n    or: wrangler d1"
                + " time-travel restore shop-staging --bookmark=" + bookmarkBefore + " --env staging";
    }

    /** The tables (D1's own left out) and the status of each migration, as db:status reads them. */
    String state() {
        try (D1Database db = new D1Database(settings())) {
            List<String> tables = db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
                    + " AND name NOT LIKE 'sqlite%' ORDER BY name").stream().map(r -> (String) r.get("name")).toList();
            List<String> states = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).status(folder.migrations()).stream()
                    .map(s -> s.name() + "=" + s.state()).toList();
            long rows = db.query("SELECT id FROM __drizzle_migrations").size();
            long tagRows = db.query("SELECT name FROM sqlite_master WHERE name = 'tags'").isEmpty() ? -1
                    : db.query("SELECT id FROM tags").size();
            return tables + " " + states + " history rows " + rows + ", tags rows " + tagRows;
        }
    }

    static final String AFTER_INIT = "[__drizzle_migrations, users] [0000_init=APPLIED, 0001_tags=PENDING, 0002_posts=PENDING] history rows 1,"
            + " tags rows -1";
    static final String ALL = "[__drizzle_migrations, posts, tags, users] [0000_init=APPLIED, 0001_tags=APPLIED, 0002_posts=APPLIED] history"
            + " rows 3, tags rows 2";

    long sent(String marker) {
        return standIn.requestLog().stream().filter(b -> b.contains(marker) && !b.contains("godwit_probe")).count();
    }

    @Test
    void refusedAtItsThirdStatementRollsAllOfItBackAndNamesTheStatementAndTheWayBack() throws Exception {
        writeTags("INSERT INTO tags VALUES (1, 'b');");
        MigrationException e = failedApply();
        assertTrue(e.getMessage().startsWith("Migration 0001_tags.sql failed at statement 3 of 3:\n    INSERT INTO tags VALUES (1, 'b');\n"
                + "  D1 says: UNIQUE constraint failed: tags.id: SQLITE_CONSTRAINT\n  The migration was rolled back: the database is as it"
                + " was after the previous migration."), e.getMessage());
        assertTrue(e.getMessage().endsWith(wayBack()), e.getMessage());
        assertEquals(AFTER_INIT, state());
        writeTags("INSERT INTO tags VALUES (2, 'b');");
        assertEquals(List.of("0001_tags", "0002_posts"), apply());
        assertEquals(ALL, state());
    }

    @Test
    void aConnectionResetBeforeD1RanItIsSentAgainOnceTheHistoryShowsItNotApplied() {
        standIn.dropBeforeRunWhenBodyContains("CREATE TABLE tags", 1);
        assertEquals(List.of("0000_init", "0001_tags", "0002_posts"), apply());
        assertEquals(2, sent("CREATE TABLE tags"));
        assertEquals(ALL, state());
    }

    @Test
    void aConnectionResetAfterD1CommittedItIsNeverSentAgain() {
        standIn.dropAfterCommitWhenBodyContains("CREATE TABLE tags", 1);
        assertEquals(List.of("0000_init", "0001_tags", "0002_posts"), apply());
        assertEquals(1, sent("CREATE TABLE tags"));
        assertEquals(ALL, state());
        assertEquals(List.of(), apply());
    }

    @Test
    void aTokenExpiringMidRunSaysTheMigrationWasNotAppliedAndTheNextRunGoesOn() {
        standIn.expireTokenWhenBodyContains("CREATE TABLE tags");
        MigrationException e = failedApply();
        assertEquals("Migration 0001_tags.sql was not applied: Cloudflare refused the API token (HTTP 403, code 10000: Authentication error)."
                + " Check db.d1.token / CLOUDFLARE_D1_TOKEN: it needs the D1 Edit permission for account " + ACCOUNT + ".\n  Nothing of it ran on"
                + " Cloudflare D1 database " + DATABASE + ": the database is as it was after the previous migration." + wayBack(), e.getMessage());
        standIn.clearFaults();
        assertEquals(AFTER_INIT, state());
        assertEquals(List.of("0001_tags", "0002_posts"), apply());
        assertEquals(ALL, state());
    }

    /**
     * A red-team: the token expired while Godwit re-sent parts of the refused migration to find the failing statement. The error gave
     * D1's constraint message alone, naming no statement and not the token. It now says both, and what to do.
     */
    @Test
    void aTokenExpiringWhileFindingTheFailingStatementSaysSo() throws Exception {
        writeTags("INSERT INTO tags VALUES (1, 'b');");
        standIn.expireTokenAfterBodyContains("CREATE TABLE tags");
        MigrationException e = failedApply();
        assertTrue(e.getMessage().startsWith("Migration 0001_tags.sql failed\n  D1 says: UNIQUE constraint failed: tags.id: SQLITE_CONSTRAINT\n"
                + "  Which statement failed is not known: while Godwit sent parts of the migration again to find it (each rolled back, none"
                + " applied), Cloudflare refused the API token (HTTP 403, code 10000: Authentication error). Check db.d1.token /"
                + " CLOUDFLARE_D1_TOKEN: it needs the D1 Edit permission for account " + ACCOUNT + ". Run db:apply again with a valid token"
                + " to have the statement named.\n  The migration was rolled back: the database is as it was after the previous migration."),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(wayBack()), e.getMessage());
        // db:apply then adds where the token came from (it does so for every refused token)
        assertTrue(D1Exception.refusedTokenIn(e));
        standIn.clearFaults();
        assertEquals(AFTER_INIT, state());
        // with a valid token, the statement is named
        e = failedApply();
        assertTrue(e.getMessage().startsWith("Migration 0001_tags.sql failed at statement 3 of 3:"), e.getMessage());
    }

    /** The answer lost after D1 committed, then the token expired: the history cannot be read, so it may or may not be applied. */
    @Test
    void aLostAnswerThenAnExpiredTokenSaysItMayHaveBeenAppliedAndTheNextRunDoesNotApplyItTwice() {
        standIn.dropAfterCommitWhenBodyContains("CREATE TABLE tags", 1);
        standIn.expireTokenAfterBodyContains("CREATE TABLE tags");
        MigrationException e = failedApply();
        assertTrue(e.getMessage().startsWith("Migration 0001_tags.sql may or may not have been applied: an earlier attempt's answer was lost,"
                + " then Cloudflare refused the API token (HTTP 403, code 10000: Authentication error)."), e.getMessage());
        assertTrue(e.getMessage().endsWith(wayBack()), e.getMessage());
        standIn.clearFaults();
        assertEquals(List.of("0002_posts"), apply());
        // sent twice by the first run (the second, behind its history guard, met the expired token), never by the next
        assertEquals(2, sent("CREATE TABLE tags"));
        assertEquals(ALL, state());
    }

    @Test
    void aLostAnswerOfARequestD1NeverRanThenAnExpiredTokenLeavesItPendingForTheNextRun() {
        standIn.dropBeforeRunWhenBodyContains("CREATE TABLE tags", 1);
        standIn.expireTokenAfterBodyContains("CREATE TABLE tags");
        MigrationException e = failedApply();
        assertTrue(e.getMessage().startsWith("Migration 0001_tags.sql may or may not have been applied:"), e.getMessage());
        standIn.clearFaults();
        assertEquals(AFTER_INIT, state());
        assertEquals(List.of("0001_tags", "0002_posts"), apply());
        assertEquals(ALL, state());
    }

    /** The history row goes in the migration's request: when D1 refuses it, the migration's statements are rolled back with it. */
    @Test
    void aRefusedHistoryRowRollsTheMigrationBackWithIt() {
        try (D1Database db = new D1Database(settings())) {
            db.runAtomically(List.of("CREATE TABLE \"__drizzle_migrations\" (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)",
                    "CREATE TRIGGER one_row BEFORE INSERT ON __drizzle_migrations WHEN (SELECT count(*) FROM __drizzle_migrations) = 1"
                            + " BEGIN SELECT RAISE(ABORT, 'history full'); END"), false);
        }
        MigrationException e = failedApply();
        assertTrue(e.getMessage().startsWith("Migration 0001_tags.sql failed while recording it in __drizzle_migrations\n  D1 says: history"
                + " full: SQLITE_CONSTRAINT\n  The migration was rolled back: the database is as it was after the previous migration."), e.getMessage());
        assertTrue(e.getMessage().endsWith(wayBack()), e.getMessage());
        assertEquals(AFTER_INIT, state());
    }
}
