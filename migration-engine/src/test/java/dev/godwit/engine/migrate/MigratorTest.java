package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    final RecordingLog log = new RecordingLog();
    final List<String> logLines = log.lines();

    static TableDef table(String name, String... columns) {
        return TestTables.table(name, columns);
    }

    @BeforeEach
    void threeMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email")), List.of()), folder, GenerateOptions.batch().withName("email"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title")), List.of()), folder, GenerateOptions.batch().withName("posts"));
    }

    private List<Map<String, Object>> q(SqliteDatabase db, String sql) {
        return db.query(sql);
    }

    @Test
    void refusesAnEditedAppliedMigrationNamingTheFile() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
        }
        Path edited = folder.sqlFile("0001_email");
        Files.writeString(edited, Files.readString(edited) + "\n-- tweak");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator m = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log);
            MigrationException e = assertThrows(MigrationException.class, () -> m.apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Applied migration(s) changed since they were applied: 0001_email.sql."), e.getMessage());
            assertTrue(e.getMessage().contains("-Ddb.ignoreChecksums"));
            assertTrue(q(db, "SELECT name FROM sqlite_master WHERE name = 'posts'").isEmpty(), "nothing applied");
            ApplyResult r = m.apply(folder.migrations(), new ApplyOptions(false, true, 3));
            assertEquals(List.of("0002_posts"), r.applied());
            assertTrue(logLines.stream().anyMatch(l -> l.startsWith("WARN Applied migration(s) changed") && l.contains("ignoreChecksums")));
        }
    }

    /**
     * A migration applied here and edited since (the -- godwit:accept-data-loss line added after it ran, as the pre-flight's
     * way on for another database says): the refusal said to record it with "mvn db:repair", which works on the configured
     * database (Cloudflare D1 unless -Dlocal), not on this local file. Its commands now name this database, and the way on works.
     */
    @Test
    void anEditedAppliedMigrationsRepairCommandNamesTheLocalDatabase() throws Exception {
        Path file = dir.resolve("staging.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
        }
        Path edited = folder.sqlFile("0001_email");
        Files.writeString(edited, "-- godwit:accept-data-loss users\n" + Files.readString(edited));
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator m = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).withCommandArgs(" -Ddb.local.path=staging.sqlite");
            MigrationException e = assertThrows(MigrationException.class, () -> m.apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().endsWith(" If the edit is deliberate (a comment, a reviewed fix), record it with mvn db:repair -Dlocal"
                    + " -Ddb.local.path=staging.sqlite; to apply anyway this once, pass -Ddb.ignoreChecksums."), e.getMessage());
            assertTrue(q(db, "SELECT name FROM sqlite_master WHERE name = 'posts'").isEmpty(), "nothing applied");
            new dev.godwit.engine.repair.Repairer(log).repair(folder, db, HistoryTable.forName("__drizzle_migrations"),
                    new dev.godwit.engine.repair.RepairOptions(true, null));
            assertEquals(List.of("0002_posts"), m.apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }

    @Test
    void windowsLineEndingsAreNotAnEdit() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults());
        }
        for (Migration m : folder.migrations()) Files.writeString(m.file(), m.sql().replace("\n", "\r\n"));
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(), new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }

    /**
     * A migration mixing line ends when it was applied (lines added on Windows to a file with LF): db:apply recorded the hash of the
     * mixed text, and git, which commits it with LF and checks it out with one kind throughout, gave no checkout matching it:
     * db:status read it EDITED and db:apply refused, on Linux CI and on the Windows machine after its next checkout.
     */
    @Test
    void aMigrationMixingLineEndsIsNotAnEditOnceGitChecksItOutWithOneKind() throws Exception {
        Migration first = folder.migrations().get(0);
        String lf = first.sql().replace("\r\n", "\n") + "\n-- reviewed\n";
        Files.writeString(first.file(), lf.replace("\n-- reviewed\n", "\r\n-- reviewed\r\n"));
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults());
        }
        for (String checkedOut : List.of(lf, lf.replace("\n", "\r\n"))) {
            Files.writeString(first.file(), checkedOut);
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                Migrator m = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log);
                assertTrue(m.status(folder).stream().allMatch(s -> s.state() == MigrationState.State.APPLIED), m.status(folder).toString());
            }
        }
    }

    /**
     * A hand-written migration that mixed CRLF and LF when it ran here, before Godwit recorded such a file's LF text: its row
     * holds the hash of the mixed text, which no checkout gives back (git keeps one kind of line end). The refusal said "restore
     * the file from version control", and the file is as version control has it; it names db:repair now, and why. A file with
     * an edit git has not committed still gets the old words.
     */
    @Test
    void aRowOfAMixedLineEndsFileFromBeforeNamesRepairWhereTheFileIsAsCommitted() throws Exception {
        new Generator().generate(new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title")), List.of()), folder,
                new GenerateOptions("backfill", true, false, null));
        Migration custom = folder.migrations().get(3);
        String lf = "UPDATE users SET email = name || '@example.com';\n--> statement-breakpoint\nUPDATE users SET name = trim(name);\n";
        String mixed = lf.replace("trim(name);\n", "trim(name);\r\n");
        Files.writeString(custom.file(), mixed);
        Path file = dir.resolve("app.sqlite");
        HistoryTable history = HistoryTable.forName("__drizzle_migrations");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, history, log).apply(folder.migrations(), ApplyOptions.defaults());
            // as a Godwit before round 57 recorded it: the hash of the mixed bytes
            db.runAtomically(List.of("UPDATE __drizzle_migrations SET hash = '" + dev.godwit.engine.folder.Checksums.sha256Hex(mixed)
                    + "' WHERE created_at = " + custom.when()), false);
        }
        Files.writeString(custom.file(), lf);   // git's checkout: LF throughout
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "folder");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator m = new Migrator(db, history, log);
            MigrationException e = assertThrows(MigrationException.class, () -> m.apply(folder.migrations(), ApplyOptions.defaults()));
            assertEquals("Applied migration(s) 0003_backfill.sql are recorded in __drizzle_migrations with other SQL than their files, which are"
                    + " as version control has them (git status lists no change), so restoring them changes nothing. Most likely a file mixed"
                    + " CRLF and LF line ends when it was applied here (lines saved on Windows into a file with LF), and its row holds the hash"
                    + " of that mixed text, as Godwit recorded such a file before it recorded its text with LF line ends: git keeps one kind"
                    + " of line end, so no checkout gives those bytes back. If no commit changed the SQL since it ran here (git log -p --"
                    + " drizzle/0003_backfill.sql), record the files as they are with mvn db:repair -Dlocal (it re-records the checksum in the"
                    + " history; no SQL runs); if one did, revert that change and put it in a new migration (mvn db:generate). To apply anyway"
                    + " this once, pass -Ddb.ignoreChecksums. Nothing was applied.", e.getMessage());
            List<dev.godwit.engine.verify.Finding> drift = dev.godwit.engine.verify.Verifier.drift(db, history, folder.migrations(),
                    dev.godwit.engine.verify.Verifier.recorded(folder));
            assertEquals(1, drift.size(), drift.toString());
            assertTrue(drift.get(0).message().startsWith("0003_backfill.sql is recorded in __drizzle_migrations on local SQLite file "), drift.get(0).message());
            assertTrue(drift.get(0).message().contains("record the files as they are with mvn db:repair -Dlocal (it re-records"), drift.get(0).message());
            // the way on works: db:repair re-records it, and the folder applies
            new dev.godwit.engine.repair.Repairer(log).repair(folder, db, history, new dev.godwit.engine.repair.RepairOptions(true, null));
            assertTrue(m.status(folder).stream().allMatch(st -> st.state() == MigrationState.State.APPLIED), m.status(folder).toString());
        }
        // an edit git has not committed: restoring the file is the way, as before
        Files.writeString(custom.file(), lf + "-- tweak\n");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, history, log).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Applied migration(s) changed since they were applied: 0003_backfill.sql. An applied migration"
                    + " must not be edited: restore the file from version control"), e.getMessage());
        }
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void twoAppliesAtOnceApplyEachMigrationOnce() throws Exception {
        Path file = dir.resolve("app.sqlite");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApplyResult>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                try (SqliteDatabase db = SqliteDatabase.open(file)) {
                    go.await();
                    return new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults());
                }
            }));
        }
        go.countDown();
        int applied = 0;
        for (Future<ApplyResult> f : results) applied += f.get().applied().size();
        pool.shutdown();
        assertEquals(3, applied, "each migration applied by exactly one of the two runs: " + logLines);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(3, q(db, "SELECT * FROM __drizzle_migrations").size());
        }
    }

    @Test
    void dryRunChangesNothing() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            ApplyResult r = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), new ApplyOptions(true, false, 3));
            assertTrue(r.dryRun());
            assertEquals(3, r.applied().size());
            assertTrue(q(db, "SELECT name FROM sqlite_master").isEmpty(), "not even the history table");
            assertTrue(logLines.stream().anyMatch(l -> l.contains("CREATE TABLE `posts`")), logLines.toString());
        }
    }

    /**
     * drizzle's layout: the migrators of the folder (drizzle-orm's, Godwit's) cut the file at every breakpoint, quoted or not, so
     * one inside a string leaves the statement before it inside an open quote, which D1's one request would run on into the next
     * part: refused before anything runs (wrangler's layout, which never cuts there, applies it: HandWrittenMigrationsTest).
     */
    @Test
    void aBreakpointInsideAStringIsRefusedInDrizzlesLayout() throws Exception {
        Path f = folder.sqlFile("0002_posts");
        Files.writeString(f, Files.readString(f) + "\n--> statement-breakpoint\nINSERT INTO users (name) VALUES ('separate with --> statement-breakpoint lines');");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("ends inside a quoted string or name that is not closed:\n    INSERT INTO users (name) VALUES ('separate with"),
                    e.getMessage());
            assertTrue(q(db, "SELECT name FROM sqlite_master WHERE name = 'users'").isEmpty(), "checked before anything runs: nothing applied");
        }
    }

    /**
     * drizzle's layout: a marker after each statement of a trigger's body (a hand-written custom migration) cuts the trigger there,
     * and the refusal named the END; left over as "a transaction statement: Remove it", which leaves the trigger cut. It names the
     * cut trigger and the marker instead, before anything runs (wrangler's layout, where the markers are comments, applies it).
     */
    @Test
    void aBreakpointInsideATriggerBodyIsNamedAsSuch() throws Exception {
        Path f = folder.sqlFile("0002_posts");
        Files.writeString(f, Files.readString(f) + "\n--> statement-breakpoint\nCREATE TRIGGER users_ai AFTER INSERT ON users BEGIN\n"
                + "  INSERT INTO posts (title) VALUES ('a');--> statement-breakpoint\n  INSERT INTO posts (title) VALUES ('b');\nEND;");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("is a CREATE TRIGGER cut inside its body, before its END:\n    CREATE TRIGGER users_ai"), e.getMessage());
            assertTrue(e.getMessage().contains("Remove the markers inside the trigger's body"), e.getMessage());
            assertTrue(!e.getMessage().contains("is END, a transaction statement"), e.getMessage());
            assertTrue(q(db, "SELECT name FROM sqlite_master WHERE name = 'users'").isEmpty(), "checked before anything runs: nothing applied");
        }
        Migration asWrangler = folder.migrations().get(2).asWranglerRuns();
        assertEquals(null, StatementRules.firstProblem(asWrangler), "wrangler reads the markers as comments: the trigger is whole");
    }

    /**
     * A red-team review: a custom migration written without breakpoint markers applied with Godwit, while drizzle-orm's migrate()
     * (which sends the text between markers as one statement) ran only its first statement and recorded it. The apply says so.
     */
    @Test
    void severalStatementsBetweenTwoBreakpointsAreWarnedAbout() throws Exception {
        Path f = folder.sqlFile("0002_posts");
        Files.writeString(f, Files.readString(f) + "\n--> statement-breakpoint\nINSERT INTO users (name) VALUES ('ann');\nINSERT INTO users (name) VALUES ('bob');\n");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(2, q(db, "SELECT name FROM users").size(), "Godwit runs each statement");
        }
        List<String> warned = logLines.stream().filter(l -> l.contains("several statements")).toList();
        assertEquals(1, warned.size(), logLines.toString());
        assertTrue(warned.get(0).contains("0002_posts.sql holds several statements with no --> statement-breakpoint between them: statements 2 to 3"
                + " (INSERT INTO users (name) VALUES ('ann'); ... INSERT INTO users (name) VALUES ('bob');). Godwit runs each, but drizzle-orm's migrate()"
                + " sends the text between two markers as one statement"), warned.get(0));
    }

    /**
     * drizzle-orm's own fixture sqlite-blank-statements ends in a breakpoint: Godwit skips the blank part after it, but drizzle-orm
     * 0.45's migrate() on better-sqlite3 sends it and fails ("Failed to run the query '\n'", The supplied SQL string contains no
     * statements), recording nothing. The apply says so, as it does for several statements between two markers.
     */
    @Test
    void aBlankPartBetweenBreakpointsIsWarnedAbout() throws Exception {
        Path f = folder.sqlFile("0002_posts");
        Files.writeString(f, Files.readString(f) + "\n--> statement-breakpoint\n");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults());
        }
        List<String> warned = logLines.stream().filter(l -> l.contains("holding no statement")).toList();
        assertEquals(1, warned.size(), logLines.toString());
        assertTrue(warned.get(0).contains("0002_posts.sql has a part between --> statement-breakpoint markers holding no statement (after the"
                + " last statement). Godwit skips it, but drizzle-orm's migrate() sends each part as a statement, which better-sqlite3 refuses"),
                warned.get(0));
        assertEquals(0, logLines.stream().filter(l -> l.contains("0001_") && l.contains("holding no statement")).count());
    }

    /** A migration with both: several statements in a part, then a blank part, warned in that order, each once. */
    @Test
    void severalStatementsAndABlankPartAreWarnedAboutInThatOrder() throws Exception {
        Path f = folder.sqlFile("0002_posts");
        Files.writeString(f, Files.readString(f) + "\n--> statement-breakpoint\nINSERT INTO users (name) VALUES ('ann');\nINSERT INTO users (name)"
                + " VALUES ('bob');\n--> statement-breakpoint\n");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults());
        }
        List<String> warned = logLines.stream().filter(l -> l.contains("0002_posts.sql holds several") || l.contains("0002_posts.sql has a part")).toList();
        assertEquals(2, warned.size(), logLines.toString());
        assertTrue(warned.get(0).contains("0002_posts.sql holds several statements with no --> statement-breakpoint between them: statements 2 to 3"),
                warned.get(0));
        assertTrue(warned.get(1).contains("0002_posts.sql has a part between --> statement-breakpoint markers holding no statement (after the"
                + " last statement). Godwit skips it"), warned.get(1));
    }

    /** A red-team review: a failing 5,000-line INSERT was quoted whole in the error, 158 KB of [ERROR] lines. */
    @Test
    void aLongFailingStatementIsQuotedByItsHead() throws Exception {
        Path f = folder.sqlFile("0002_posts");
        StringBuilder insert = new StringBuilder("INSERT INTO nope (v) VALUES\n");
        for (int i = 0; i < 5000; i++) insert.append("  (").append(i).append(i < 4999 ? "),\n" : ");");
        Files.writeString(f, Files.readString(f) + "\n--> statement-breakpoint\n" + insert);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("INSERT INTO nope (v) VALUES\n      (0),\n"), e.getMessage());
            assertTrue(e.getMessage().contains("\n    … (4976 more lines)"), e.getMessage());
            assertTrue(e.getMessage().length() < 3000, "a message of " + e.getMessage().length() + " characters");
        }
    }

    /** A trial: the refusal sent the user to db:restore for a file of which db:apply had kept no copy ("There is no backup"). */
    @Test
    void theWayBackSaysSoWhereNoCopyOfTheFileWasKept() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            List<Migration> all = folder.migrations();
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(List.of(all.get(0), all.get(2)), ApplyOptions.defaults());
            MigrationException kept = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(all, ApplyOptions.defaults()));
            assertTrue(kept.getMessage().contains("go back to before them (mvn db:restore -Dlocal) or start it afresh"), kept.getMessage());
            MigrationException none = assertThrows(MigrationException.class, () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log)
                    .withLocalCopyKept(false).apply(all, ApplyOptions.defaults()));
            assertTrue(none.getMessage().contains("go back to before them (db:restore has no copy of this file to go back to: db:apply keeps one only"
                    + " of a file that held something) or start it afresh"), none.getMessage());
        }
    }

    @Test
    void refusesTransactionStatementsInAMigration() throws Exception {
        Path f = folder.sqlFile("0002_posts");
        Files.writeString(f, "BEGIN TRANSACTION;\n--> statement-breakpoint\n" + Files.readString(f));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Migration 0002_posts.sql, statement 1 of 2 is BEGIN, a transaction statement:\n    BEGIN TRANSACTION;"),
                    e.getMessage());
            assertTrue(q(db, "SELECT name FROM sqlite_master WHERE name = 'users'").isEmpty(), "checked before anything runs: nothing applied");
        }
    }

    @Test
    void statusListsAppliedAndPending() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            Migrator m = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log);
            m.apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            List<MigrationState> s = m.status(folder.migrations());
            assertEquals(List.of(MigrationState.State.APPLIED, MigrationState.State.APPLIED, MigrationState.State.PENDING), s.stream().map(MigrationState::state).toList());
        }
    }

    @Test
    void anEmptyCustomMigrationIsRefusedBeforeAnythingIsApplied() {
        new Generator().generate(new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title")), List.of()), folder,
                GenerateOptions.batch().withName("seed").withCustom(true));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults()));
            assertEquals("Migration 0003_seed.sql holds no SQL (only comments); applying it would record it as applied and lock it."
                    + " Write your SQL in drizzle/0003_seed.sql (below its comment), or db:drop it. Nothing was applied.", e.getMessage());
            assertEquals(List.of(), q(db, "SELECT name FROM sqlite_master WHERE name = 'users'"));
        }
    }
    /**
     * The refusal of an empty custom migration named its file from the folder's parent ("migrations/0000_seed.sql" for
     * db/migrations), which opens nothing where mvn runs; every other message names files as the folder is shown
     * (MigrationsFolder.relative: from where mvn runs, or absolute). So does this one.
     */
    @Test
    void anEmptyCustomMigrationIsNamedFromWhereMvnRuns() {
        MigrationsFolder deeper = MigrationsFolder.at(dir.resolve("app/db/migrations")).shownFrom(dir);
        new Generator().generate(new SchemaDef(List.of(table("users", "name")), List.of()), deeper, GenerateOptions.batch().withName("seed").withCustom(true));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(deeper.migrations(), ApplyOptions.defaults()));
            assertEquals("Migration 0000_seed.sql holds no SQL (only comments); applying it would record it as applied and lock it."
                    + " Write your SQL in app/db/migrations/0000_seed.sql (below its comment), or db:drop it. Nothing was applied.", e.getMessage());
            assertTrue(Files.exists(dir.resolve("app/db/migrations/0000_seed.sql")));
            assertEquals(List.of(), q(db, "SELECT name FROM sqlite_master"));
        }
        MigrationsFolder absolute = MigrationsFolder.at(dir.resolve("app/db/migrations")).shownAbsolute();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(absolute.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains(" Write your SQL in " + dir.resolve("app/db/migrations/0000_seed.sql").toAbsolutePath().normalize()
                    + " (below its comment)"), e.getMessage());
        }
    }

    /**
     * A fresh database whose first migration failed kept the empty history table db:apply had created just before it (drizzle's
     * layout or wrangler's). The table is now created in the first migration's own transaction: the failure names the
     * migration's statement as before, and the database is left as it was.
     */
    @Test
    void aFreshDatabaseWhoseFirstMigrationFailsKeepsNoHistoryTable() {
        for (HistoryTable history : List.of(HistoryTable.forName("__drizzle_migrations"), new HistoryTable.Wrangler("d1_migrations"))) {
            Path file = dir.resolve(history.name() + ".sqlite");
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                db.runAtomically(List.of("CREATE TABLE users (x)"), false);
                MigrationException e = assertThrows(MigrationException.class,
                        () -> new Migrator(db, history, log).apply(folder.migrations(), ApplyOptions.defaults()));
                assertTrue(e.getMessage().startsWith("Migration 0000_init.sql failed at statement 1 of 1:\n    CREATE TABLE `users`"), e.getMessage());
                // a red team: the runtime's stack trace showed the suppressed "statement 3 failed" (counting the history table's
                // creation and the guard sent first) under "failed at statement 1 of 1"
                assertEquals(1, e.getSuppressed().length);
                assertTrue(e.getSuppressed()[0].getMessage().startsWith("statement 1 failed: "), e.getSuppressed()[0].getMessage());
                assertEquals(List.of(Map.of("name", "users")), q(db, "SELECT name FROM sqlite_master ORDER BY name"), "only users, as it was");
                db.runAtomically(List.of("DROP TABLE users"), false);
                assertEquals(List.of("0000_init", "0001_email", "0002_posts"),
                        new Migrator(db, history, log).apply(folder.migrations(), ApplyOptions.defaults()).applied());
                assertEquals(3, ((Number) q(db, "SELECT count(*) AS n FROM " + history.name()).get(0).get("n")).intValue());
            }
        }
    }

}
