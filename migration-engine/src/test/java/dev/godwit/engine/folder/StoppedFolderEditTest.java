package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.drop.DropOptions;
import dev.godwit.engine.drop.Dropper;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.repair.Repairer;
import dev.godwit.engine.repair.RepairOptions;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A goal that rewrites several files of the folder, stopped dead between two of them (a kill, Ctrl-C): the next goal finds the
 * folder as it was before or as it is after, never mixed. Each file used to be written atomically on its own, so a stop after
 * db:generate's SQL file left a .sql without snapshot or checksum (read as one wrangler wrote by hand), and a stop in db:drop
 * left the migration's files gone while the journal still listed it.
 */
class StoppedFolderEditTest {

    @TempDir
    Path tmp;

    final List<String> log = new ArrayList<>();
    final EngineLog engineLog = new EngineLog() {
        @Override
        public void info(String message) {
            log.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }
    };
    static final HistoryTable DRIZZLE = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    static final SchemaDef V0 = new SchemaDef(List.of(TestTables.table("users", "name")), List.of());
    static final SchemaDef V1 = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of());
    static final SchemaDef V2 = new SchemaDef(List.of(TestTables.table("users", "name", "email"), TestTables.table("posts", "title")), List.of());

    @AfterEach
    void hookOff() {
        FolderEdit.stopAfter(-1);
    }

    /** The same files on every run: a fixed clock and random ids. */
    static Generator generator() {
        return new Generator(Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneOffset.UTC), new Random(7));
    }

    Path base(int migrations) {
        Path dir = tmp.resolve("base" + migrations).resolve("drizzle");
        MigrationsFolder folder = MigrationsFolder.at(dir);
        List<SchemaDef> schemas = List.of(V0, V1, V2);
        List<String> names = List.of("init", "posts", "email");
        for (int i = 0; i < migrations; i++) {
            new Generator(Clock.fixed(Instant.parse("2026-12-07T0" + i + ":00:00Z"), ZoneOffset.UTC), new Random(i))
                    .generate(schemas.get(i), folder, GenerateOptions.batch().withName(names.get(i)));
        }
        return dir;
    }

    static Map<String, String> files(Path dir) throws IOException {
        return files(dir, java.util.function.UnaryOperator.identity());
    }

    static Map<String, String> files(Path dir, java.util.function.UnaryOperator<String> same) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), same.apply(Files.readString(p)));
        }
        return out;
    }

    /** A new snapshot's id is random (UUID.randomUUID, as drizzle-kit's), and so is the checksum of the snapshot that holds it. */
    static String withoutSnapshotIds(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>").replaceAll(" snapshot=[0-9a-f]+", " snapshot=*");
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }

    /**
     * Runs {@code goal} on a copy of {@code base} stopped after each step in turn, then what every goal does first; the folder
     * must then be {@code before} or {@code after}. Returns the step count of an uninterrupted run.
     */
    int stopAtEveryStep(Path base, Consumer<MigrationsFolder> goal, String goalName) throws IOException {
        return stopAtEveryStep(base, goal, goalName, java.util.function.UnaryOperator.identity());
    }

    /** As above, each file's text passed through {@code same} before it is compared (what differs from run to run). */
    int stopAtEveryStep(Path base, Consumer<MigrationsFolder> goal, String goalName, java.util.function.UnaryOperator<String> same) throws IOException {
        return stopAtEveryStep(base, goal, goalName, same, 1);
    }

    /** As above, from step {@code first} on: the steps before it change other files than the folder's (db:pull's sources). */
    int stopAtEveryStep(Path base, Consumer<MigrationsFolder> goal, String goalName, java.util.function.UnaryOperator<String> same, int first)
            throws IOException {
        Map<String, String> before = files(base);
        Path done = copy(base, tmp.resolve("done").resolve("drizzle"));
        goal.accept(MigrationsFolder.at(done));
        Map<String, String> after = files(done, same);
        assertFalse(before.equals(after));
        int step = first;
        int firstAfter = -1;
        int lastStep = -1;
        for (;; step++) {
            Path dir = copy(base, tmp.resolve("stop" + goalName.replace(':', '-') + step).resolve("drizzle"));
            MigrationsFolder folder = MigrationsFolder.at(dir);
            FolderEdit.stopAfter(step);
            try {
                goal.accept(folder);
                break;   // past the last step: it ran through
            } catch (FolderEdit.Stopped stopped) {
                // what a kill leaves
            }
            log.clear();
            FolderEdit.finishInterrupted(folder, engineLog);   // what each goal does before it reads the folder
            Map<String, String> now = files(dir, same);
            if (now.equals(after) && log.isEmpty()) {
                lastStep = step;   // stopped after the record was removed: the change was whole, nothing to say
            } else if (now.equals(after)) {
                if (firstAfter < 0) firstAfter = step;
                assertEquals(1, log.size(), "step " + step + ": " + log);
                assertTrue(log.get(0).startsWith("WARN drizzle was left mid-change by " + goalName + ", stopped after it had written the whole"
                        + " change aside and before it had put all of it in place. The change is finished now"), log.get(0));
            } else {
                assertEquals(files(base, same), now, "step " + step + ": neither as before nor as after; differs from after in " + differences(now, after));
                assertTrue(firstAfter < 0, "step " + step + " went back after an earlier step went forward");
                assertTrue(log.size() == 1 && log.get(0).startsWith("WARN Removed drizzle/") && log.get(0).endsWith("Nothing of it was made, so the"
                        + " folder is as it was before that change; an earlier change of the same goal stays (db:pull's baseline, where it was"
                        + " taking it back after a later step failed). Review it (git status drizzle), then run the goal again."), "step " + step
                        + ": " + log);
            }
            // and again: nothing left to do, nothing said
            log.clear();
            FolderEdit.finishInterrupted(folder, engineLog);
            assertEquals(List.of(), log);
            assertEquals(now, files(dir, same));
        }
        assertTrue(firstAfter > first, "some steps must leave the folder as before, the others as after");
        assertEquals(step - 1, lastStep, "only the last step leaves the change whole");
        return step;
    }

    static List<String> differences(Map<String, String> a, Map<String, String> b) {
        List<String> out = new ArrayList<>();
        for (String k : new java.util.TreeSet<>(a.keySet())) if (!a.get(k).equals(b.get(k))) out.add(k + "=" + a.get(k) + " vs " + b.get(k));
        for (String k : b.keySet()) if (!a.containsKey(k)) out.add("missing " + k);
        return out;
    }

    @Test
    void generateStoppedBetweenItsFilesLeavesTheFolderAsBeforeOrAsAfter() throws IOException {
        Path base = base(2);
        // a checksum file drizzle-kit's drop left, which db:generate removes: in the same change
        Files.writeString(base.resolve("meta/_sums/0007_gone.sha256"), "abc when=1\n");
        int steps = stopAtEveryStep(base, f -> generator().generate(V2, f, GenerateOptions.batch().withName("email")), "db:generate",
                StoppedFolderEditTest::withoutSnapshotIds);
        // 4 files staged, the record, the deletion and 4 renames, the record removed: the eleventh step is the last
        assertEquals(12, steps);
    }

    @Test
    void dropOfAnEarlierMigrationStoppedBetweenItsFilesLeavesTheFolderAsBeforeOrAsAfter() throws IOException {
        Path db = tmp.resolve("app.sqlite");
        int steps = stopAtEveryStep(base(3), f -> new Dropper(EngineLog.SILENT).drop(f, new DropOptions("posts", false),
                () -> SqliteDatabase.open(db), DRIZZLE), "db:drop");
        // the later snapshot and the journal staged, the record, 3 deletions and 2 renames, the record removed
        assertEquals(10, steps);
    }

    @Test
    void repairStoppedBetweenItsFilesLeavesTheFolderAsBeforeOrAsAfter() throws IOException {
        Path base = base(3);
        for (String tag : List.of("0000_init", "0001_posts")) {
            Path f = base.resolve(tag + ".sql");
            Files.writeString(f, Files.readString(f) + "\n-- reviewed");
        }
        Path noDb = tmp.resolve("none.sqlite");
        stopAtEveryStep(base, f -> new Repairer(EngineLog.SILENT).repairFolder(f, noDb, DRIZZLE, new RepairOptions(true, null)), "db:repair");
    }

    @Test
    void upStoppedBetweenItsSnapshotsLeavesTheFolderAsBeforeOrAsAfter() throws Exception {
        // drizzle-kit 0.20's version 5 snapshots, which db:up rewrites all or none
        Path golden = Path.of(StoppedFolderEditTest.class.getResource("/drizzle-kit-up/two/before").toURI());
        Path base = copy(golden, tmp.resolve("v5").resolve("drizzle"));
        int steps = stopAtEveryStep(base, f -> new dev.godwit.engine.up.SnapshotUpgrader(EngineLog.SILENT).up(f), "db:up");
        assertTrue(steps >= 6, "two snapshots or more: " + steps);
    }

    /** What differs between two pulls of one database: snapshot ids and the baseline's "when" (the clock's). */
    static String withoutIdsOrWhen(String text) {
        return withoutSnapshotIds(text).replaceAll("\"when\": \\d+", "\"when\": *").replaceAll("when=\\d+", "when=*");
    }

    int pulls;

    /** The steps of db:pull's sources of {@link #pulledFrom}'s two tables, before its baseline's: 2 staged, the record, 2 renames, the record removed. */
    static final int PULLED_SOURCES = 6;

    /** A database to pull from, a fresh copy each time (a pull records its baseline in it). */
    SqliteDatabase pulledFrom(String... more) {
        SqliteDatabase db = SqliteDatabase.open(tmp.resolve("pulled" + (++pulls) + ".sqlite"));
        List<String> sql = new ArrayList<>(List.of("CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL)",
                "CREATE TABLE players (id integer PRIMARY KEY, team_id integer NOT NULL REFERENCES teams(id), name text)"));
        sql.addAll(List.of(more));
        db.runAtomically(sql, false);
        return db;
    }

    /** db:pull writes its baseline (.sql, snapshot, checksum, journal) into drizzle/ as db:generate writes a migration: one change. */
    @Test
    void pullStoppedBetweenItsBaselinesFilesLeavesTheFolderAsBeforeOrAsAfter() throws IOException {
        Path base = Files.createDirectories(tmp.resolve("empty").resolve("drizzle"));
        int steps = stopAtEveryStep(base, f -> {
            try (SqliteDatabase db = pulledFrom()) {
                new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT).pull(tmp.resolve("src" + pulls), "com.acme.schema", f, false);
            }
        }, "db:pull", StoppedFolderEditTest::withoutIdsOrWhen, PULLED_SOURCES + 1);
        assertEquals(PULLED_SOURCES + 11, steps);   // 4 files staged, the record, 4 renames, the record removed
    }

    /**
     * db:pull's sources go in as one change, before its baseline: written one by one, a pull stopped part way (Ctrl-C, a full disk)
     * left some new and some old. Stopped at each step, what the next pull does first leaves them all as before (none), and that
     * pull runs through, or all as after, and that pull lists them all as files it would overwrite (as a second pull does).
     */
    @Test
    void aPullStoppedWhileWritingItsSourcesLeavesThemAllOrNone() throws IOException {
        Path whole = tmp.resolve("src-whole");
        try (SqliteDatabase db = pulledFrom()) {
            new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT).pull(whole, "com.acme.schema",
                    MigrationsFolder.at(Files.createDirectories(tmp.resolve("whole").resolve("drizzle"))), false);
        }
        Map<String, String> after = files(whole.resolve("com/acme/schema"));
        assertEquals(List.of("Players.java", "Teams.java"), List.copyOf(after.keySet()));
        int none = 0;
        int finished = 0;
        for (int step = 1; step <= PULLED_SOURCES; step++) {
            Path src = tmp.resolve("src" + step);
            Path pkg = src.resolve("com/acme/schema");
            MigrationsFolder folder = MigrationsFolder.at(Files.createDirectories(tmp.resolve("s" + step).resolve("drizzle")));
            try (SqliteDatabase db = pulledFrom()) {
                FolderEdit.stopAfter(step);
                assertThrows(FolderEdit.Stopped.class, () -> new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT)
                        .pull(src, "com.acme.schema", folder, false));
                assertEquals(Map.of(), files(folder.dir()), "step " + step + ": the baseline comes after the sources");
                log.clear();
                FolderEdit.finishInterrupted(MigrationsFolder.at(pkg), engineLog);   // what the next db:pull does first
                Map<String, String> now = files(pkg);
                if (now.isEmpty()) {
                    none++;
                    assertTrue(finished == 0, "step " + step + " went back after an earlier step went forward");
                    assertEquals(1, log.size(), log.toString());
                    assertTrue(log.get(0).startsWith("WARN Removed schema/_"), log.get(0));
                } else {
                    assertEquals(after, now, "step " + step + ": neither none nor all of the sources");
                    if (!log.isEmpty()) {
                        finished++;
                        assertTrue(log.get(0).startsWith("WARN schema was left mid-change by db:pull, stopped after it had written the whole change"
                                + " aside and before it had put all of it in place. The change is finished now"), log.get(0));
                    }
                }
                var next = new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT);
                if (now.isEmpty()) {
                    assertEquals("0000_pulled", next.pull(src, "com.acme.schema", folder, false).baselineTag(), "step " + step);
                } else {
                    var e = assertThrows(dev.godwit.engine.pull.PullException.class, () -> next.pull(src, "com.acme.schema", folder, false));
                    assertTrue(e.getMessage().startsWith("db:pull would overwrite 2 existing file(s)"), e.getMessage());
                    assertEquals("0000_pulled", next.pull(src, "com.acme.schema", folder, true).baselineTag(), "step " + step);
                }
                assertEquals(after, files(pkg));
            }
        }
        assertEquals(2, none, "each source staged, the record not yet");
        assertEquals(3, finished, "the record in place, then each of the 2 renames");
    }

    /** A path the baseline cannot be written to names db:pull as the goal to run again (it named db:generate, which pulls nothing). */
    @Test
    void aFileWhereTheChecksumFolderGoesStopsPullNamingIt() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pf").resolve("drizzle"));
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("meta/_sums"), "not a folder");
        Map<String, String> before = files(dir);
        try (SqliteDatabase db = pulledFrom()) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT)
                    .pull(tmp.resolve("src-pf"), "com.acme.schema", MigrationsFolder.at(dir), false));
            assertEquals("db:pull cannot write drizzle/meta/_sums/0000_pulled.sha256: drizzle/meta/_sums is a file, not a folder. Move it aside"
                    + " (or delete it), then run db:pull again. Nothing was changed in drizzle.", e.getMessage());
            assertFalse(HistoryTable.exists(db, DRIZZLE.name()));
        }
        assertEquals(before, files(dir));
        assertFalse(Files.exists(tmp.resolve("src-pf/com/acme/schema/Teams.java")));
    }

    /**
     * A pull whose baseline cannot be recorded in the database takes the baseline back. It deleted its files one by one, so a stop
     * part way left a journal listing a migration whose .sql was gone; and the empty journal db:drop of the only migration leaves
     * was deleted, not put back. Now one change, stopped anywhere: the folder with the baseline, or as before the pull.
     */
    @Test
    void aPullWhoseBaselineCannotBeRecordedTakesItBackAsOneChange() throws IOException {
        Path base = Files.createDirectories(tmp.resolve("dropped").resolve("drizzle"));
        Files.createDirectories(base.resolve("meta"));
        Files.writeString(base.resolve("meta/_journal.json"), Journal.EMPTY.toJsonText());
        Map<String, String> before = files(base);
        // the history refuses the baseline's row: the pull fails after its files are written
        String[] refusing = {HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT).createSql(), "CREATE TRIGGER no_rows BEFORE INSERT ON"
                + " __drizzle_migrations BEGIN SELECT RAISE(ABORT, 'no rows here'); END"};
        Path whole = copy(base, tmp.resolve("whole").resolve("drizzle"));
        try (SqliteDatabase db = pulledFrom(refusing)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT)
                    .pull(tmp.resolve("src-whole"), "com.acme.schema", MigrationsFolder.at(whole), false));
            assertTrue(e.getMessage().contains("no rows here"), e.getMessage());
        }
        assertEquals(before, files(whole), "the journal put back, the baseline gone");
        assertFalse(Files.exists(tmp.resolve("src-whole/com/acme/schema/Teams.java")));

        // the baseline as written (what a stop in the undo's staging leaves)
        Path written = copy(base, tmp.resolve("written").resolve("drizzle"));
        FolderEdit.stopAfter(PULLED_SOURCES + 10);   // after the baseline's change, whole: 4 staged, the record, 4 renames, the record removed
        try (SqliteDatabase db = pulledFrom(refusing)) {
            assertThrows(FolderEdit.Stopped.class, () -> new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT)
                    .pull(tmp.resolve("src-written"), "com.acme.schema", MigrationsFolder.at(written), false));
        }
        Map<String, String> withBaseline = files(written, StoppedFolderEditTest::withoutIdsOrWhen);
        assertEquals(4, withBaseline.size(), withBaseline.keySet().toString());

        boolean wentBack = false;
        int tookBack = 0;
        int stagedOnly = 0;
        for (int step = PULLED_SOURCES + 11; ; step++) {
            Path dir = copy(base, tmp.resolve("undo" + step).resolve("drizzle"));
            MigrationsFolder folder = MigrationsFolder.at(dir);
            FolderEdit.stopAfter(step);
            try (SqliteDatabase db = pulledFrom(refusing)) {
                new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT).pull(tmp.resolve("src-undo" + step), "com.acme.schema", folder, false);
            } catch (FolderEdit.Stopped stopped) {
                log.clear();
                FolderEdit.finishInterrupted(folder, engineLog);
                Map<String, String> now = files(dir, StoppedFolderEditTest::withoutIdsOrWhen);
                if (now.equals(before)) wentBack = true;
                else assertEquals(withBaseline, now, "step " + step + ": neither with the baseline nor as before");
                if (now.equals(before) && !log.isEmpty()) {
                    // finished the taking back: told as such (it said "as db:pull (taking the baseline back) left it when it succeeds")
                    assertEquals(1, log.size(), log.toString());
                    assertTrue(log.get(0).startsWith("WARN drizzle was left mid-change by db:pull, taking back its baseline after it failed, stopped"
                            + " after it had written the whole change aside and before it had put all of it in place. The change is finished now, so"
                            + " the folder is as it was before db:pull"), log.get(0));
                    assertTrue(log.get(0).endsWith(". Review it (git status drizzle)."), log.get(0));
                    tookBack++;
                }
                if (now.equals(withBaseline) && !log.isEmpty()) {
                    // the taking back stopped while it staged: its baseline stays, which it said was gone ("as it was before that goal")
                    assertEquals(List.of("WARN Removed drizzle/meta/__journal.json.godwit-new: files a goal writing drizzle had written aside for a"
                            + " change when it was stopped, before that change began. Nothing of it was made, so the folder is as it was before that"
                            + " change; an earlier change of the same goal stays (db:pull's baseline, where it was taking it back after a later step"
                            + " failed). Review it (git status drizzle), then run the goal again."), log);
                    stagedOnly++;
                }
                assertTrue(!wentBack || now.equals(before), "step " + step + " went forward after an earlier one went back");
                continue;
            } catch (RuntimeException refused) {
                assertEquals(before, files(dir), "past the last step: the undo ran through");
                break;
            }
            throw new AssertionError("the pull succeeded");
        }
        assertTrue(wentBack);
        assertEquals(5, tookBack, "the record in place, then each of its 4 changes");
        assertEquals(1, stagedOnly, "the journal staged, the record not yet");
    }

    /**
     * A pull stopped after its baseline was in drizzle/ and before its row was in the history: the next db:pull refused ("drizzle
     * already has 1 migration(s) ... apply them (mvn db:apply -Dlocal ...)"), pointing at an apply of CREATE TABLEs the database
     * has. db:apply and db:status name db:baseline; the next pull now finishes the stopped one, recording the baseline.
     */
    @Test
    void aPullStoppedBeforeRecordingItsBaselineIsFinishedByTheNextPull() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("unrecorded").resolve("drizzle"));
        MigrationsFolder folder = MigrationsFolder.at(dir);
        try (SqliteDatabase db = pulledFrom()) {
            FolderEdit.stopAfter(PULLED_SOURCES + 10);   // the baseline's change whole (its record removed), the history row not written
            assertThrows(FolderEdit.Stopped.class, () -> new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT)
                    .pull(tmp.resolve("src-u"), "com.acme.schema", folder, false));
            Map<String, String> stopped = files(dir);
            assertEquals(List.of("0000_pulled.sql", "meta/0000_snapshot.json", "meta/_journal.json", "meta/_sums/0000_pulled.sha256"),
                    List.copyOf(stopped.keySet()));
            assertFalse(HistoryTable.exists(db, DRIZZLE.name()));

            // db:apply (and db:status, in the same words) does not run the baseline over the tables: it names the stopped pull, which
            // the next db:pull finishes, and db:baseline (it said "db:push brought it there, or it was changed by hand" alone)
            String refusal = db.describe() + " already has the schema the pending migration 0000_pulled makes (drizzle/meta/0000_snapshot.json),"
                    + " though its history records it as never applied: a db:pull wrote 0000_pulled and stopped before recording it in the history"
                    + " (the next mvn db:pull -Dlocal finishes that pull, recording it), db:push brought it there, or it was changed by hand. Applying"
                    + " would run those changes a second time: where they add a column the statement fails, but where they rebuild a table the"
                    + " columns already there are filled from the migration's defaults, overwriting the values they hold. If the database holds"
                    + " what that migration makes, record it as applied with mvn db:baseline -Dlocal -Ddb.baseline=0000_pulled and run mvn db:apply"
                    + " -Dlocal again for any after it. Nothing was applied.";
            var apply = assertThrows(dev.godwit.engine.migrate.MigrationException.class, () -> new dev.godwit.engine.migrate.Migrator(db, DRIZZLE,
                    EngineLog.SILENT).apply(folder, dev.godwit.engine.migrate.ApplyOptions.defaults()));
            assertEquals(refusal, apply.getMessage());
            var status = new dev.godwit.engine.migrate.Migrator(db, DRIZZLE, EngineLog.SILENT);
            assertEquals(refusal, status.applyRefusal(status.status(folder)));
            assertFalse(HistoryTable.exists(db, DRIZZLE.name()));

            log.clear();
            var pulled = new dev.godwit.engine.pull.Puller(db, DRIZZLE, engineLog).pull(tmp.resolve("src-u"), "com.acme.schema", folder, false);
            assertEquals("0000_pulled", pulled.baselineTag());
            assertEquals(List.of("WARN drizzle/0000_pulled.sql is the baseline a db:pull wrote from " + db.describe() + " and stopped before recording"
                    + " in __drizzle_migrations: the database's schema is the baseline's snapshot, and its history records nothing. Recorded it as"
                    + " applied now, as that pull would have, so db:apply will not create these tables again; nothing else was written (the schema"
                    + " sources that pull wrote first were left as they are: review them, git status)."), log);
            assertEquals(stopped, files(dir));
            assertEquals(1, db.query("SELECT * FROM __drizzle_migrations").size());
            assertEquals(List.of(), new dev.godwit.engine.migrate.Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder,
                    dev.godwit.engine.migrate.ApplyOptions.defaults()).applied());

            // a second pull: recorded now, refused as a folder migrations manage
            var again = assertThrows(RuntimeException.class, () -> new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT)
                    .pull(tmp.resolve("src-u"), "com.acme.schema", folder, false));
            assertTrue(again.getMessage().startsWith("drizzle already has 1 migration(s), and "), again.getMessage());
        }
    }

    /** The database changed since the stopped pull: its baseline is not recorded over it; the refusal stands. */
    @Test
    void aStoppedPullsBaselineIsNotRecordedOverADatabaseThatChangedSince() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("changed").resolve("drizzle"));
        MigrationsFolder folder = MigrationsFolder.at(dir);
        try (SqliteDatabase db = pulledFrom()) {
            FolderEdit.stopAfter(PULLED_SOURCES + 10);
            assertThrows(FolderEdit.Stopped.class, () -> new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT)
                    .pull(tmp.resolve("src-c"), "com.acme.schema", folder, false));
            db.runAtomically(List.of("ALTER TABLE players ADD COLUMN age integer"), false);
            var e = assertThrows(RuntimeException.class, () -> new dev.godwit.engine.pull.Puller(db, DRIZZLE, EngineLog.SILENT)
                    .pull(tmp.resolve("src-c"), "com.acme.schema", folder, false));
            assertTrue(e.getMessage().startsWith("drizzle already has 1 migration(s); db:pull writes the first (baseline)"), e.getMessage());
            assertFalse(HistoryTable.exists(db, DRIZZLE.name()));
        }
    }

    /**
     * A goal started while another is changing the folder (a second terminal, the IDE's db:generate) must not take that change
     * for a stopped one: finishing it or removing its staged files under the running goal would leave a mix.
     */
    @Test
    void aChangeAnotherGoalIsMakingRightNowIsLeftAlone() throws IOException {
        Path dir = copy(base(3), tmp.resolve("l").resolve("drizzle"));
        MigrationsFolder folder = MigrationsFolder.at(dir);
        FolderEdit.stopAfter(3);
        assertThrows(FolderEdit.Stopped.class, () -> new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, false),
                () -> SqliteDatabase.open(tmp.resolve("app.sqlite")), DRIZZLE));
        Map<String, String> midway = files(dir);
        assertTrue(midway.containsKey(FolderEdit.RECORD), midway.keySet().toString());
        try (var channel = java.nio.channels.FileChannel.open(FolderLock.file(dir), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var lock = channel.lock()) {
            FolderEdit.finishInterrupted(folder, engineLog);
            assertEquals(midway, files(dir));
            assertEquals(List.of(), log);
        }
        FolderEdit.finishInterrupted(folder, engineLog);   // the lock released: no goal is running, so it was a stopped one
        assertFalse(files(dir).containsKey(FolderEdit.RECORD));
        assertEquals(List.of("0000_init", "0001_posts"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertTrue(Verifier.verify(V1, folder).isEmpty());
    }

    @Test
    void aGoalThatReadTheFolderBeforeAnotherWasFinishedWritesNothing() throws IOException {
        Path dir = copy(base(3), tmp.resolve("p").resolve("drizzle"));
        MigrationsFolder folder = MigrationsFolder.at(dir);
        FolderEdit.stopAfter(4);   // db:drop of the latest: journal staged, the record, one deletion done
        assertThrows(FolderEdit.Stopped.class, () -> new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, false),
                () -> SqliteDatabase.open(tmp.resolve("app.sqlite")), DRIZZLE));
        FolderEdit edit = new FolderEdit(folder, "db:rebase").write(dir.resolve("0001_posts.sql"), "-- rewritten");
        SnapshotException e = assertThrows(SnapshotException.class, edit::commit);
        assertEquals("drizzle was left mid-change by db:drop, stopped after it had written the whole change aside and before it had put all"
                + " of it in place. The change is finished now, so the folder is as db:drop left it when it succeeds: wrote"
                + " drizzle/meta/_journal.json; removed drizzle/meta/_sums/0002_email.sha256. Review it (git status drizzle). Nothing of this"
                + " db:rebase was written, since it had read the folder before that: run it again.", e.getMessage());
        assertEquals(List.of("0000_init", "0001_posts"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertFalse(Files.exists(dir.resolve("0002_email.sql")));
        assertFalse(Files.readString(dir.resolve("0001_posts.sql")).equals("-- rewritten"));
        assertTrue(Verifier.verify(V1, folder).isEmpty());
    }

    @Test
    void aFileWhereTheChecksumFolderGoesStopsGenerateBeforeAnythingIsWritten() throws IOException {
        // works for root too, whom permissions do not stop
        Path dir = copy(base(2), tmp.resolve("f").resolve("drizzle"));
        Path sums = dir.resolve("meta/_sums");
        try (Stream<Path> s = Files.list(sums)) {
            for (Path p : s.toList()) Files.delete(p);
        }
        Files.delete(sums);
        Files.writeString(sums, "not a folder");
        Map<String, String> before = files(dir);
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> generator().generate(V2, MigrationsFolder.at(dir), GenerateOptions.batch().withName("email")));
        assertEquals("db:generate cannot write drizzle/meta/_sums/0002_email.sha256: drizzle/meta/_sums is a file, not a folder. Move it aside"
                + " (or delete it), then run db:generate again. Nothing was changed in drizzle.", e.getMessage());
        assertEquals(before, files(dir));
    }

    @Test
    void aFailedWriteWhileStagingLeavesTheFolderAsItWas() throws IOException {
        // also for root: the staged name of the journal is taken by a folder, so writing it fails part way through the staging
        Path dir = copy(base(3), tmp.resolve("s").resolve("drizzle"));
        Files.createDirectories(dir.resolve("meta/__journal.json.godwit-new"));
        Map<String, String> before = files(dir);
        SnapshotException e = assertThrows(SnapshotException.class, () -> new Dropper(EngineLog.SILENT).drop(MigrationsFolder.at(dir),
                new DropOptions("posts", false), () -> SqliteDatabase.open(tmp.resolve("app.sqlite")), DRIZZLE));
        assertTrue(e.getMessage().startsWith("could not write drizzle/meta/_journal.json: "), e.getMessage());
        assertTrue(e.getMessage().endsWith(". Nothing was changed in drizzle."), e.getMessage());
        assertEquals(before, files(dir));
    }

    @Test
    void aReadOnlyFolderOrFileStopsDropBeforeAnythingIsWritten() throws IOException {
        Path dir = copy(base(3), tmp.resolve("r").resolve("drizzle"));
        Path meta = dir.resolve("meta");
        Map<String, String> before = files(dir);
        Files.setPosixFilePermissions(meta, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(meta), "this user (root) writes read-only folders: permissions cannot be tested here;"
                    + " aFileWhereTheChecksumFolderGoesStopsGenerateBeforeAnythingIsWritten covers the check");
            SnapshotException e = assertThrows(SnapshotException.class, () -> new Dropper(EngineLog.SILENT).drop(MigrationsFolder.at(dir),
                    new DropOptions(null, false), () -> SqliteDatabase.open(tmp.resolve("app.sqlite")), DRIZZLE));
            assertEquals("db:drop cannot delete drizzle/meta/0002_snapshot.json: the folder drizzle/meta is read-only. Make it writable (chmod"
                    + " u+w drizzle/meta; a checkout on a read-only mount or volume: run the goal in a writable copy), then run db:drop again."
                    + " Nothing was changed in drizzle.", e.getMessage());
            assertEquals(before, files(dir));
        } finally {
            Files.setPosixFilePermissions(meta, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path journal = dir.resolve("meta/_journal.json");
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("r--r--r--"));
        SnapshotException e = assertThrows(SnapshotException.class, () -> new Dropper(EngineLog.SILENT).drop(MigrationsFolder.at(dir),
                new DropOptions(null, false), () -> SqliteDatabase.open(tmp.resolve("app.sqlite")), DRIZZLE));
        assertEquals("db:drop cannot write drizzle/meta/_journal.json: drizzle/meta/_journal.json is read-only. Make it writable (chmod u+w"
                + " drizzle/meta/_journal.json), then run db:drop again. Nothing was changed in drizzle.", e.getMessage());
        assertEquals(before, files(dir));
    }

    /**
     * db:generate with no schema change deletes checksum files of migrations drizzle-kit's drop removed. It deleted them one by one:
     * one it could not delete stopped it with Java's words alone, after the ones before it were gone. Now as one change, checked first.
     */
    @Test
    void staleChecksumsDbGenerateCannotDeleteStopItBeforeAnyIsDeleted() throws IOException {
        // works for root too: a folder where a stale checksum file is
        Path dir = copy(base(2), tmp.resolve("g").resolve("drizzle"));
        Files.writeString(dir.resolve("meta/_sums/0007_gone.sha256"), "abc when=1\n");
        Files.createDirectories(dir.resolve("meta/_sums/0008_gone.sha256/x"));
        Map<String, String> before = files(dir);
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> generator().generate(V1, MigrationsFolder.at(dir), GenerateOptions.batch().withName("nothing")));
        assertEquals("db:generate cannot delete drizzle/meta/_sums/0008_gone.sha256: drizzle/meta/_sums/0008_gone.sha256 is a folder, not a"
                + " file. Move it aside, then run db:generate again. Nothing was changed in drizzle.", e.getMessage());
        assertEquals(before, files(dir));
    }

    @Test
    void aReadOnlyChecksumFolderStopsGenerateWithNoChangesBeforeAnyIsDeleted() throws IOException {
        Path dir = copy(base(2), tmp.resolve("h").resolve("drizzle"));
        Files.writeString(dir.resolve("meta/_sums/0007_gone.sha256"), "abc when=1\n");
        Path sums = dir.resolve("meta/_sums");
        Map<String, String> before = files(dir);
        Files.setPosixFilePermissions(sums, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(sums), "this user (root) writes read-only folders: permissions cannot be tested here;"
                    + " staleChecksumsDbGenerateCannotDeleteStopItBeforeAnyIsDeleted covers the check");
            SnapshotException e = assertThrows(SnapshotException.class,
                    () -> generator().generate(V1, MigrationsFolder.at(dir), GenerateOptions.batch().withName("nothing")));
            assertEquals("db:generate cannot delete drizzle/meta/_sums/0007_gone.sha256: the folder drizzle/meta/_sums is read-only. Make it"
                    + " writable (chmod u+w drizzle/meta/_sums; a checkout on a read-only mount or volume: run the goal in a writable copy),"
                    + " then run db:generate again. Nothing was changed in drizzle.", e.getMessage());
            assertEquals(before, files(dir));
        } finally {
            Files.setPosixFilePermissions(sums, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void generateWithNoChangesStoppedBetweenItsDeletionsIsFinishedByTheNextGoal() throws IOException {
        Path base = base(2);
        Path dir = copy(base, tmp.resolve("n").resolve("drizzle"));
        Files.writeString(dir.resolve("meta/_sums/0007_gone.sha256"), "abc when=1\n");
        Files.writeString(dir.resolve("meta/_sums/0008_gone.sha256"), "def when=2\n");
        MigrationsFolder folder = MigrationsFolder.at(dir);
        FolderEdit.stopAfter(2);   // the record, the first deletion
        assertThrows(FolderEdit.Stopped.class, () -> generator().generate(V1, folder, GenerateOptions.batch().withName("nothing")));
        assertTrue(Files.exists(dir.resolve("meta/_sums/0008_gone.sha256")));
        FolderEdit.finishInterrupted(folder, engineLog);
        assertEquals(List.of("WARN drizzle was left mid-change by db:generate, stopped after it had written the whole change aside and before it"
                + " had put all of it in place. The change is finished now, so the folder is as db:generate left it when it succeeds: removed"
                + " drizzle/meta/_sums/0008_gone.sha256. Review it (git status drizzle)."), log);
        assertEquals(files(base), files(dir));
    }

    /**
     * A record Godwit did not write (edited by hand, committed from a clone, another tool's) is not acted on: a line naming a path
     * outside the folder deleted that file (db:verify bound to mvn verify ran it on a fresh clone), and lines it did not know, or
     * none at all, were skipped, the rest "finished" into a mix.
     */
    @Test
    void aRecordGodwitDidNotWriteIsRefusedAndNothingIsTouched() throws IOException {
        Path dir = copy(base(2), tmp.resolve("x").resolve("drizzle"));
        Path source = Files.writeString(Files.createDirectories(tmp.resolve("x/src")).resolve("Keep.java"), "class Keep {}");
        Path outside = Files.writeString(tmp.resolve("elsewhere.txt"), "keep");
        Files.writeString(dir.resolve("meta/__journal.json.godwit-new"), "{}");
        Map<String, String> before = files(dir);
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("by\tdb:drop\ndelete\t../src/Keep.java\n", "line 3 names ../src/Keep.java, outside drizzle");
        refused.put("by\tdb:drop\ndelete\t" + outside + "\n", "line 3 names " + outside + ", outside drizzle");
        refused.put("by\tdb:drop\nrename\tmeta/_journal.json\n", "line 3 is not a write or a delete");
        refused.put("", "it names no goal");
        refused.put("by\tdb:drop\n", "it names no file");
        for (Map.Entry<String, String> r : refused.entrySet()) {
            Files.writeString(dir.resolve(FolderEdit.RECORD), (r.getKey().isEmpty() ? "" : "# by hand\n") + r.getKey());
            SnapshotException e = assertThrows(SnapshotException.class, () -> FolderEdit.finishInterrupted(MigrationsFolder.at(dir), engineLog));
            assertEquals("drizzle/.godwit-edit-in-progress is not a record of a change Godwit was making (" + r.getValue() + "), so it was"
                    + " not acted on; nothing was changed. Put the folder back from version control (git checkout -- drizzle), delete"
                    + " drizzle/.godwit-edit-in-progress and drizzle/meta/__journal.json.godwit-new, then run the goal again.", e.getMessage());
            Map<String, String> now = files(dir);
            now.remove(FolderEdit.RECORD);
            assertEquals(before, now);
            assertEquals("class Keep {}", Files.readString(source));
            assertEquals("keep", Files.readString(outside));
        }
        assertEquals(List.of(), log);
    }

    /**
     * A file changed after the stop (the journal fixed by hand, the folder put back with git checkout) is not overwritten by the
     * stopped goal's staged copy: the finish is refused, naming the file and both ways on.
     */
    @Test
    void aFileEditedAfterTheStopIsNotOverwrittenByFinishingTheChange() throws IOException {
        Path dir = copy(base(3), tmp.resolve("e").resolve("drizzle"));
        MigrationsFolder folder = MigrationsFolder.at(dir);
        FolderEdit.stopAfter(2);   // db:drop of the latest: the journal staged, the record in place
        assertThrows(FolderEdit.Stopped.class, () -> new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, false),
                () -> SqliteDatabase.open(tmp.resolve("app.sqlite")), DRIZZLE));
        Path journal = dir.resolve("meta/_journal.json");
        String edited = Files.readString(journal).replace("\"breakpoints\": true", "\"breakpoints\": false");
        Files.writeString(journal, edited);
        java.nio.file.attribute.FileTime recorded = Files.getLastModifiedTime(dir.resolve(FolderEdit.RECORD));
        Files.setLastModifiedTime(journal, java.nio.file.attribute.FileTime.fromMillis(recorded.toMillis() + 5_000));
        Map<String, String> before = files(dir);
        SnapshotException e = assertThrows(SnapshotException.class, () -> FolderEdit.finishInterrupted(folder, engineLog));
        assertEquals("drizzle was left mid-change by db:drop (drizzle/.godwit-edit-in-progress records it), and drizzle/meta/_journal.json"
                + " was changed after it stopped: finishing the change would overwrite that, so nothing was changed. To keep the folder as"
                + " it is now, delete drizzle/.godwit-edit-in-progress and drizzle/meta/__journal.json.godwit-new, then check it (mvn"
                + " db:verify); to finish db:drop's change over it, run touch drizzle/.godwit-edit-in-progress and the goal again.",
                e.getMessage());
        assertEquals(before, files(dir));
        assertEquals(edited, Files.readString(journal));
        // touched: the user chose to finish it
        Files.setLastModifiedTime(dir.resolve(FolderEdit.RECORD), java.nio.file.attribute.FileTime.fromMillis(recorded.toMillis() + 10_000));
        FolderEdit.finishInterrupted(folder, engineLog);
        assertEquals(List.of("0000_init", "0001_posts"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertTrue(Verifier.verify(V1, folder).isEmpty());
    }

    /** drizzle/ reached through a symlink (a shared checkout, a linked home) is the same folder, with the same lock. */
    @Test
    void aFolderReachedThroughASymlinkHasTheSameLock() throws IOException {
        Path dir = copy(base(3), tmp.resolve("real").resolve("drizzle"));
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), tmp.resolve("real"));
        MigrationsFolder folder = MigrationsFolder.at(link.resolve("drizzle"));
        FolderEdit.stopAfter(3);
        assertThrows(FolderEdit.Stopped.class, () -> new Dropper(EngineLog.SILENT).drop(MigrationsFolder.at(dir), new DropOptions(null, false),
                () -> SqliteDatabase.open(tmp.resolve("app.sqlite")), DRIZZLE));
        Map<String, String> midway = files(dir);
        try (var channel = java.nio.channels.FileChannel.open(FolderLock.file(dir), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var lock = channel.lock()) {
            FolderEdit.finishInterrupted(folder, engineLog);   // the goal holding the real path's lock is running: left alone
            assertEquals(midway, files(dir));
            assertEquals(List.of(), log);
        }
    }

    /**
     * drizzle-kit reads every file in meta/ not starting with "_" as a snapshot (prepareOutFolder), so a staged
     * meta/.0002_snapshot.json.godwit-new (a collision with 0002_snapshot.json) or ._journal.json.godwit-new ("data is
     * malformed") failed drizzle-kit generate and check on a folder a stopped goal left; wrangler lists the *.sql files.
     */
    @Test
    void filesAStoppedGoalLeavesAreNeitherSnapshotsForDrizzleKitNorMigrationsForWrangler() throws IOException {
        Path base = base(2);
        int steps = stopAtEveryStep(base, f -> generator().generate(V2, f, GenerateOptions.batch().withName("email")), "db:generate",
                StoppedFolderEditTest::withoutSnapshotIds);
        for (int step = 1; step < steps; step++) {
            Path dir = copy(base, tmp.resolve("dk" + step).resolve("drizzle"));
            FolderEdit.stopAfter(step);
            assertThrows(FolderEdit.Stopped.class, () -> generator().generate(V2, MigrationsFolder.at(dir), GenerateOptions.batch().withName("email")));
            try (Stream<Path> s = Files.list(dir.resolve("meta"))) {
                List<String> snapshots = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_")).sorted().toList();
                assertTrue(snapshots.stream().allMatch(n -> n.matches("\\d{4}_snapshot\\.json")), "step " + step + ": " + snapshots);
            }
            try (Stream<Path> s = Files.list(dir)) {
                List<String> sql = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
                assertTrue(sql.stream().allMatch(n -> n.matches("\\d{4}_\\w+\\.sql")), "step " + step + ": " + sql);
            }
        }
    }
}
