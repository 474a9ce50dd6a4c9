package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Checksums;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lost answers, transaction statements and requests too large for D1, through the stand-in. */
class D1SafetyTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "5d3c2f0e-1111-4222-8333-944455556666";
    static final String TOKEN = "safety-token-abc-987";

    @TempDir
    Path dir;
    MigrationsFolder folder;
    D1StandIn standIn;
    final RecordingLog log = new RecordingLog();
    final List<String> logLines = log.lines();

    static TableDef table(String name, String... columns) {
        return TestTables.table(name, columns);
    }

    @BeforeEach
    void setUp() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email")), List.of()), folder, GenerateOptions.batch().withName("email"));
        standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    D1Database d1() {
        return new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()).withRetries(4, Duration.ofMillis(10), Duration.ofSeconds(2)));
    }

    ApplyResult apply(D1Database db) {
        return new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults());
    }

    void assertEachMigrationRecordedOnce(D1Database db) {
        List<Migration> ms = folder.migrations();
        List<Map<String, Object>> rows = db.query("SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at");
        assertEquals(ms.size(), rows.size(), rows.toString());
        for (int i = 0; i < ms.size(); i++) assertEquals(Checksums.sha256Hex(ms.get(i).sql()), rows.get(i).get("hash"));
        assertEquals(1, db.query("SELECT name FROM pragma_table_info('users') WHERE name = 'email'").size());
    }

    /**
     * A trial stopped the network while a migration ran: its answer was lost, the history read after it and the attempts
     * again met refused connections, and db:apply said the migration was rolled back and to edit it, while D1 had applied it.
     * Where an earlier attempt's answer was lost and the history cannot be read, it says the migration may have been applied.
     */
    @Test
    void aLostAnswerThenNoNetworkSaysTheMigrationMayHaveBeenApplied() {
        standIn.goAwayAfterCommitWhenBodyContains("ADD `email`");
        try (D1Database db = d1()) {
            MigrationException e = assertThrows(MigrationException.class, () -> apply(db));
            assertTrue(e.getMessage().startsWith("Migration 0001_email.sql may or may not have been applied: an earlier attempt's answer was lost,"), e.getMessage());
            assertTrue(e.getMessage().endsWith("could not be read afterwards to tell. Run db:apply again: it reads the history first and applies the"
                    + " migration only if it is not recorded (never twice)."), e.getMessage());
            assertFalse(e.getMessage().contains("rolled back") || e.getMessage().contains("edit it"), e.getMessage());
        }
        try (SqliteDatabase file = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
            assertEquals(2, file.query("SELECT * FROM __drizzle_migrations").size(), "D1 applied it: the message may not say otherwise");
        }
    }

    @Test
    void aLostAnswerToTheFirstRequestTheHistoryCheckIsAskedAgain() {
        standIn.dropAfterCommitOnceWhenBodyContains("FROM pragma_table_info");
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied());
            assertTrue(standIn.requestLog().get(0).contains("pragma_table_info"), standIn.requestLog().get(0));
            assertEquals(standIn.requestLog().get(0), standIn.requestLog().get(1), "the read was sent again");
            assertEachMigrationRecordedOnce(db);
        }
    }

    /**
     * The history table is created in the first migration's request (a refused first migration leaves none): a lost answer to
     * that request is settled as for any migration, by one read of the history, which finds the table and the migration's row.
     */
    @Test
    void aLostAnswerToTheRequestThatCreatesTheHistoryTableIsSettledByOneRead() {
        standIn.dropAfterCommitOnceWhenBodyContains("CREATE TABLE IF NOT EXISTS");
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied());
            List<String> requests = standIn.requestLog();
            assertTrue(requests.get(1).contains("CREATE TABLE IF NOT EXISTS") && requests.get(1).contains("CREATE TABLE `users`"), requests.get(1));
            assertTrue(requests.get(2).contains("SELECT hash, created_at FROM"), requests.get(2));
            assertTrue(requests.get(3).contains("ADD `email`") && !requests.get(3).contains("CREATE TABLE IF NOT EXISTS"), requests.get(3));
            assertEquals(4, requests.size(), requests.toString());
            assertEachMigrationRecordedOnce(db);
        }
        assertTrue(logLines.contains("INFO   0000_init: this run's request was answered with an error or not at all, but __drizzle_migrations now"
                + " records the migration: the database applied it once; it is not sent again."), logLines.toString());
        assertTrue(logLines.stream().noneMatch(l -> l.startsWith("WARN")), logLines.toString());
    }

    @Test
    void a500AfterD1CommittedIsNotReportedAsAnotherRun() {
        standIn.fail500AfterCommitWhenBodyContains("ADD `email`", 1);
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied(), "0001 was applied by this run");
            assertEachMigrationRecordedOnce(db);
        }
        assertTrue(logLines.stream().anyMatch(l -> l.equals("INFO   0001_email: this run's request was answered with an error or not at all, but"
                + " __drizzle_migrations now records the migration: the database applied it once; it is not sent again.")), logLines.toString());
        assertTrue(logLines.stream().noneMatch(l -> l.contains("another run")), logLines.toString());
    }

    /**
     * D1 committed the migration and answered 500; the retry of the same request met a rate limit longer than Godwit waits.
     * db:apply said "was not applied ... Nothing of it ran ... as it was after the previous migration", while D1 had applied it:
     * the 429 speaks for the retry only, not for the attempt before it.
     */
    @Test
    void aRateLimitOnTheRetryAfterA500DoesNotSayNothingRan() {
        standIn.fail500AfterCommitWhenBodyContains("ADD `email`", 1);
        standIn.respond429AfterThe500AfterCommit(1);
        standIn.setRetryAfterSeconds(120);   // past maxRetryWait (2 s here): not waited for
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied(), "0001 was applied by this run");
            assertEachMigrationRecordedOnce(db);
            assertEquals(2, standIn.requestLog().stream().filter(r -> r.contains("ADD `email`")).count(), standIn.requestLog().toString());
        }
        assertTrue(logLines.stream().anyMatch(l -> l.equals("INFO   0001_email: this run's request was answered with an error or not at all, but"
                + " __drizzle_migrations now records the migration: the database applied it once; it is not sent again.")), logLines.toString());
    }

    /**
     * D1 committed the migration and answered 500, then kept failing with 500s: every retry of the migration and every read of
     * the history after it. The last 500 was said as "D1 rolls a failed request back, so nothing was applied", and db:apply,
     * unable to read the history, said "The migration was rolled back: the database is as it was after the previous migration"
     * and to fix the data or the migration, while D1 had applied it. The earlier 500 may hide a commit: not known, and said so.
     */
    @Test
    void persistent500sAfterA500ThatCommittedDoNotSayTheMigrationWasRolledBack() {
        standIn.fail500AfterCommitWhenBodyContains("ADD `email`", 1);
        standIn.fail500sAfterThe500AfterCommit(1000);
        try (D1Database db = d1()) {
            MigrationException e = assertThrows(MigrationException.class, () -> apply(db));
            assertTrue(e.getMessage().startsWith("Migration 0001_email.sql failed\n  The database's answer did not tell whether it ran (Cloudflare D1 failed (HTTP"
                    + " 500, code 7500: internal error; reference = standin"), e.getMessage());
            assertTrue(e.getMessage().contains(" time(s). D1 rolls a failed request back, but may have committed an attempt before failing: the"
                    + " request may or may not have been applied.), and __drizzle_migrations could not be read afterwards to tell whether the"
                    + " migration was applied. Run db:apply again: it reads the history first and applies the migration only if it is not"
                    + " recorded (never twice)."), e.getMessage());
            assertFalse(e.getMessage().contains("rolled back: the database is as it was"), e.getMessage());
        }
        standIn.clearFaults();
        try (D1Database db = d1()) {
            assertEquals(List.of(), apply(db).applied(), "applied by the first run, once");
            assertEachMigrationRecordedOnce(db);
        }
    }

    /**
     * D1 failing the migration with 500s that commit nothing, the history readable: the client's retries (4 here) are all it gets,
     * not that many again per attempt of the Migrator's, and the history read says it was not applied.
     */
    @Test
    void persistent500sThatCommitNothingAreSentOnlyTheClientsAttemptsAndSayNotApplied() {
        standIn.failWith500WhenBodyContains("ADD `email`", 1000);
        try (D1Database db = d1()) {
            MigrationException e = assertThrows(MigrationException.class, () -> apply(db));
            assertTrue(e.getMessage().contains("__drizzle_migrations does not record the migration, and its row commits with the migration or not"
                    + " at all, so it was not applied: the database is as it was after the previous migration."), e.getMessage());
        }
        assertEquals(4, standIn.requestLog().stream().filter(r -> r.contains("ADD `email`")).count(), standIn.requestLog().toString());
    }

    /**
     * D1's worker lost its connection to the database after the migration committed: HTTP 400, code 7500, "Network connection
     * lost." (d1.md 1.6). Taken as D1 refusing the SQL, db:apply said the migration "was applied by another run meanwhile" and
     * waited for that run; not committed, it said to fix the data or the migration. Whether it committed is not known: the
     * history decides, as for a lost answer.
     */
    @Test
    void aConnectionLostAfterTheCommitIsSettledByTheHistoryNotTakenForAnotherRun() {
        standIn.failAfterCommitWhenBodyContains("ADD `email`", 1, 400, "Network connection lost.");
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied(), "0001 was applied by this run");
            assertEachMigrationRecordedOnce(db);
            assertEquals(1, standIn.requestLog().stream().filter(r -> r.contains("ADD `email`")).count(), standIn.requestLog().toString());
        }
        assertTrue(logLines.stream().anyMatch(l -> l.equals("INFO   0001_email: this run's request was answered with an error or not at all, but"
                + " __drizzle_migrations now records the migration: the database applied it once; it is not sent again.")), logLines.toString());
        assertTrue(logLines.stream().noneMatch(l -> l.contains("another run")), logLines.toString());
    }

    /**
     * D1's other network failures, which its docs list with "Network connection lost." under the same note (debug-d1, "List of
     * D1_ERRORs": retry, if the query is idempotent): "Cannot resolve D1 DB due to transient issue on remote node." and "Replica
     * disconnected from primary.". Taken for refused SQL, db:apply said "The migration was rolled back ... Fix the cause (the data,
     * or the migration with mvn db:generate)" of a migration that a second run applies unchanged, or that D1 had committed.
     */
    @Test
    void d1sTransientIssueOnARemoteNodeIsNoRefusedSqlTheMigrationIsSentAgain() {
        standIn.failWithD1ErrorWhenBodyContains("ADD `email`", 1, 400, "D1_ERROR: Cannot resolve D1 DB due to transient issue on remote node.");
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied());
            assertEachMigrationRecordedOnce(db);
        }
        assertTrue(logLines.stream().noneMatch(l -> l.contains("Fix the cause")), logLines.toString());
    }

    /**
     * D1's "Can't read from request stream because client disconnected." (debug-d1, "List of D1_ERRORs": retry, keeping the
     * connection open) was read as refused SQL: "rolled back ... fix the migration" of a migration D1 may have committed, or that
     * a second run applies unchanged. Now a lost connection: the history decides.
     */
    @Test
    void aClientDisconnectedStreamIsALostConnectionTheHistoryDecides() {
        String words = "D1_ERROR: Can't read from request stream because client disconnected.";
        standIn.failAfterCommitWhenBodyContains("ADD `email`", 1, 400, words);
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied(), "0001 was applied by this run");
            assertEachMigrationRecordedOnce(db);
            assertEquals(1, standIn.requestLog().stream().filter(r -> r.contains("ADD `email`")).count(), standIn.requestLog().toString());
        }
        assertTrue(logLines.stream().noneMatch(l -> l.contains("Fix the cause") || l.contains("another run")), logLines.toString());
        assertTrue(D1Exception.connectionLost(words));
    }

    @Test
    void aReplicaDisconnectedAfterTheCommitIsSettledByTheHistory() {
        standIn.failAfterCommitWhenBodyContains("ADD `email`", 1, 400, "D1_ERROR: Replica disconnected from primary.");
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied(), "0001 was applied by this run");
            assertEachMigrationRecordedOnce(db);
            assertEquals(1, standIn.requestLog().stream().filter(r -> r.contains("ADD `email`")).count(), standIn.requestLog().toString());
        }
    }

    /**
     * An answer that contradicts itself (d1.md 1.5: a successful envelope holding a statement with {@code "success": false}):
     * whether D1 committed is not known, so the history decides. Committed: recorded once, not sent again, and not taken for
     * another run's. Not committed: sent again, applied once.
     */
    @Test
    void aSuccessfulAnswerHoldingAFailedStatementIsSettledByTheHistory() {
        standIn.answerSuccessWithAFailedStatementWhenBodyContains("ADD `email`", 1, true);
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied(), "0001 was applied by this run");
            assertEachMigrationRecordedOnce(db);
            assertEquals(1, standIn.requestLog().stream().filter(r -> r.contains("ADD `email`")).count(), standIn.requestLog().toString());
        }
        assertTrue(logLines.stream().anyMatch(l -> l.equals("INFO   0001_email: this run's request was answered with an error or not at all, but"
                + " __drizzle_migrations now records the migration: the database applied it once; it is not sent again.")), logLines.toString());
        assertTrue(logLines.stream().noneMatch(l -> l.contains("another run")), logLines.toString());
    }

    @Test
    void aSuccessfulAnswerHoldingAFailedStatementOfARequestThatDidNotCommitIsSentAgain() {
        standIn.answerSuccessWithAFailedStatementWhenBodyContains("ADD `email`", 1, false);
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email"), apply(db).applied());
            assertEachMigrationRecordedOnce(db);
            assertEquals(2, standIn.requestLog().stream().filter(r -> r.contains("ADD `email`")).count(), standIn.requestLog().toString());
        }
        assertTrue(logLines.stream().anyMatch(l -> l.startsWith("WARN   0001_email: the database's answer was lost (D1 answered success but reported a"
                + " failed statement (D1_ERROR: internal error; reference = standin") && l.endsWith("it did not record the migration, trying again.")),
                logLines.toString());
    }

    @Test
    void aTransactionStatementBehindACommentIsRefusedBeforeAnythingIsSent() throws Exception {
        Path f = folder.sqlFile("0001_email");
        Files.writeString(f, Files.readString(f) + "\n--> statement-breakpoint\n-- now commit\nCOMMIT;\n");
        try (D1Database db = d1()) {
            MigrationException e = assertThrows(MigrationException.class, () -> apply(db));
            assertTrue(e.getMessage().startsWith("Migration 0001_email.sql, statement 2 of 2 is COMMIT, a transaction statement:\n"
                    + "    COMMIT;\n"), e.getMessage());
        }
        assertEquals(1, standIn.requestCount(), "only the read-only history check went out: " + standIn.requestLog());
        assertTrue(standIn.requestLog().get(0).contains("pragma_table_info"));
    }

    @Test
    void aRequestOverTheSizeLimitIsNotSentAndTheMessageDoesNotSayD1RolledItBack() {
        try (D1Database db = new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()).withMaxRequestBytes(600))) {
            MigrationException e = assertThrows(MigrationException.class, () -> apply(db));
            // refused with the other checks before anything is applied (not at the migration's turn, after the ones before it)
            assertTrue(e.getMessage().startsWith("Migration 0000_init.sql would be a D1 request of 617 bytes"), e.getMessage());   // with the history table's creation
            assertTrue(e.getMessage().endsWith(", at most 600 bytes, since D1 runs a request as one transaction and gives it 30 seconds. Split the"
                    + " migration into smaller ones, or load large data with `wrangler d1 execute --remote --file` (D1's import API). Nothing was"
                    + " applied."), e.getMessage());
            assertEquals(1, standIn.requestCount(), "only the read-only history check went out: " + standIn.requestLog());
            assertFalse(e.getMessage().contains("D1 says"), e.getMessage());
            assertFalse(e.getMessage().contains("rolled back"), e.getMessage());
            assertTrue(standIn.requestLog().stream().noneMatch(b -> b.contains("CREATE TABLE `users`")), "never sent");
        }
    }
    /**
     * A fresh database's first migration goes in one request with the history table's creation: the size check before
     * anything is sent left that out, so a migration that fit alone passed it and the D1 client refused the request
     * afterwards in its own words, naming no migration. The check counts the creation for that one migration now.
     */
    @Test
    void theSizeCheckCountsTheHistoryTablesCreationInAFreshDatabasesFirstRequest() {
        try (D1Database db = new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()).withMaxRequestBytes(600))) {
            MigrationException e = assertThrows(MigrationException.class, () -> apply(db));
            assertTrue(e.getMessage().startsWith("Migration 0000_init.sql would be a D1 request of 6"), e.getMessage());
            assertTrue(e.getMessage().contains(" bytes (its 1 statement(s), its history row and the history table's creation, as the database's"
                    + " first); Godwit sends each migration as one request, at most 600 bytes"), e.getMessage());
            assertEquals(1, standIn.requestCount(), "only the read-only history check went out: " + standIn.requestLog());
        }
    }

}
