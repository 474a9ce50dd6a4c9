package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * drizzle-kit first, Godwit after, over schema histories: {@code src/test/resources/drizzle-kit-cases/<case>/drizzle/} is the
 * folder the real drizzle-kit 0.31 wrote for oracle case {@code tools/oracle/cases/<case>.yaml}, one {@code generate
 * --name=stepN} per step (see the README there). For every step k drizzle-kit wrote a migration for, its folder cut after step k
 * is continued by Godwit: db:generate with the case's step k finds no change (any change misreads drizzle-kit's snapshot), with
 * step k+1 writes a migration that db:apply runs on the database drizzle-kit's migrations built as drizzle-orm's migrate()
 * runs them, history rows included (the case's rows inserted after each step, none lost), and db:verify passes on the mixed folder.
 */
class ContinuedDrizzleKitCasesTest {

    static final Path FOLDERS = Path.of("src/test/resources/drizzle-kit-cases");
    /** {@code -Dgodwit.continued.export=DIR} keeps Godwit's folder after each step, DIR/<case>/stepK/drizzle, for tools/oracle/continue-godwit.sh. */
    static final String EXPORT = System.getProperty("godwit.continued.export");
    static final Pattern STEP = Pattern.compile("^\\d{4}_step(\\d+)$");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(FOLDERS)) {
            List<String> names = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty(), "no drizzle-kit folders under " + FOLDERS.toAbsolutePath());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void godwitContinuesDrizzleKitsFolderAtEveryStep(String name) throws IOException {
        List<GoldenCasesTest.Step> steps = GoldenCasesTest.readCase(GoldenCasesTest.ORACLE_CASES.resolve(name + ".yaml"), true);
        MigrationsFolder theirs = MigrationsFolder.at(FOLDERS.resolve(name).resolve("drizzle"));
        List<JournalEntry> entries = theirs.readJournal().entries();
        List<String> continued = new ArrayList<>();
        try (DrizzleKitsDatabase built = new DrizzleKitsDatabase(steps)) {
            for (int e = 0; e < entries.size(); e++) {
                int k = stepOf(entries.get(e).tag());
                if (steps.get(k).refused() != null) break;
                String at = name + " after drizzle-kit's step " + k;
                Path cut = dir.resolve("step" + k).resolve("drizzle");
                copyCut(theirs, entries.subList(0, e + 1), cut);
                MigrationsFolder folder = MigrationsFolder.at(cut);
                Generator generator = new Generator();

                GenerateResult same = generator.generate(steps.get(k).schema(), folder, GenerateOptions.batch().withAcceptDataLoss(true).withAllNotRenames());
                assertEquals(List.of(), same.changes().stream().map(Object::toString).toList(), at + ": the same schema has no changes");
                assertFalse(same.written(), at);

                // the database drizzle-kit's migrations built, with the case's rows; a prefix drizzle-kit's own SQL cannot apply is not continued
                Path db = dir.resolve("step" + k + ".sqlite");
                Map<String, Long> rows = built.through(folder.migrations(), entries.subList(0, e + 1), db);
                if (rows == null) continued.add("step " + k + " (drizzle-kit's SQL fails)");
                if (rows == null || k + 1 >= steps.size() || steps.get(k + 1).refused() != null) continue;

                // as AppliedDrizzleKitCasesTest's db:verify of the same cut (once per test JVM: DrizzleKitCutsVerified)
                List<String> drizzleKitsFindings = DrizzleKitCutsVerified.of(name, e + 1, steps.get(k).schema(), folder).findings();
                GoldenCasesTest.Step next = steps.get(k + 1);
                GenerateResult r;
                try {
                    r = generator.generate(next.schema(), folder, GenerateOptions.batch().withName("godwit").withAcceptDataLoss(true).withAllNotRenames());
                } catch (dev.godwit.schema.model.SchemaException | dev.godwit.engine.plan.UnsafeSqlException refusal) {
                    continued.add("step " + k + " (refused: " + refusal.getMessage().lines().findFirst().orElse("") + ")");
                    continue;   // a change Godwit refuses from any folder (golden refused.txt)
                }
                assertEquals(List.of(), FolderCheck.problems(folder), at);
                try (SqliteDatabase d = SqliteDatabase.open(db)) {
                    new Migrator(d, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
                    assertEquals(folder.migrations().size(), d.query("SELECT count(*) AS n FROM __drizzle_migrations").get(0).get("n") instanceof Number n ? n.intValue() : -1,
                            at + ": db:apply records Godwit's migration after drizzle-kit's");
                    for (var t : next.schema().tables()) {
                        String from = next.tableRenamedFrom().getOrDefault(t.name(), next.tableRenamedFrom().containsValue(t.name()) ? null : t.name());
                        long expected = from == null ? 0L : rows.getOrDefault(from, 0L);
                        assertEquals(expected, d.query("SELECT count(*) AS n FROM " + Quoting.backtick(t.name())).get(0).get("n"),
                                at + ": rows of " + t.name() + " after Godwit's migration " + r.tag());
                    }
                    assertEquals(List.of(), d.query("PRAGMA foreign_key_check"), at);
                }
                // drizzle-kit's own migrations may lose rows when replayed as D1 runs them, or miss what its snapshot holds (a STORED
                // column it never adds): db:verify is right to say so of drizzle-kit's folder alone, and the mixed folder is not checked
                if (!drizzleKitsFindings.isEmpty()) {
                    continued.add("step " + k + " +" + r.tag() + " (applied; drizzle-kit's folder alone fails db:verify: "
                            + String.join(" / ", drizzleKitsFindings.stream().map(f -> f.lines().limit(2).reduce("", String::concat)).toList()) + ")");
                    continue;
                }
                assertEquals(List.of(), Verifier.verify(next.schema(), folder), at + ": db:verify on drizzle-kit's folder and Godwit's migration");
                continued.add("step " + k + (r.written() ? " +" + r.tag() : " (no change)"));
            }
        }
        System.out.println(name + ": no change at " + entries.size() + " drizzle-kit steps; continued, applied, verified: " + continued);
    }

    /**
     * Godwit first, drizzle-kit after: after every step drizzle-kit wrote a snapshot for, Godwit's snapshot of the same schema
     * is drizzle-kit's, field for field but the random ids, so that drizzle-kit generate continuing Godwit's folder reads the
     * schema it would have written and finds no change.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void godwitsSnapshotAtEveryStepIsDrizzleKits(String name) throws IOException {
        List<GoldenCasesTest.Step> steps = GoldenCasesTest.readCase(GoldenCasesTest.ORACLE_CASES.resolve(name + ".yaml"), true);
        MigrationsFolder theirs = MigrationsFolder.at(FOLDERS.resolve(name).resolve("drizzle"));
        Map<Integer, JournalEntry> theirsByStep = new LinkedHashMap<>();
        for (JournalEntry e : theirs.readJournal().entries()) theirsByStep.put(stepOf(e.tag()), e);
        MigrationsFolder ours = MigrationsFolder.at(dir.resolve("ours"));
        Generator generator = new Generator();
        int compared = 0;
        for (int k = 0; k < steps.size() && steps.get(k).refused() == null; k++) {
            GenerateResult r;
            try {
                r = generator.generate(steps.get(k).schema(), ours, GenerateOptions.batch().withName("step" + k).withAcceptDataLoss(true).withAllNotRenames());
            } catch (dev.godwit.schema.model.SchemaException | dev.godwit.engine.plan.UnsafeSqlException refusal) {
                break;
            }
            if (EXPORT != null) copyTree(ours.dir(), Path.of(EXPORT, name, "step" + k, "drizzle"));
            JournalEntry e = theirsByStep.get(k);
            if (e == null || !r.written()) continue;
            assertEquals(withoutIds(Files.readString(theirs.snapshotFile(e.tag()))), withoutIds(Files.readString(ours.snapshotFile(r.tag()))),
                    name + " step " + k + ": Godwit's snapshot against drizzle-kit's " + e.tag());
            compared++;
        }
        assertTrue(compared > 0, name + ": no step to compare");
    }

    static String withoutIds(String snapshotJson) {
        return snapshotJson.replaceAll("\"(id|prevId)\": \"[^\"]*\"", "\"$1\": \"<id>\"");
    }

    /**
     * The database drizzle-kit's migrations build, applied as drizzle-orm's migrate() does, the case's rows inserted after each
     * step's migration, carried forward in memory from one cut of the folder to the next (a cut's database is the one before it
     * with the cut's new migrations and steps: building each from step 0 again made this class's set-up quadratic in the steps).
     */
    static final class DrizzleKitsDatabase implements AutoCloseable {
        private final List<GoldenCasesTest.Step> steps;
        private final java.sql.Connection connection;
        private final SqliteDatabase db;
        private int applied;
        private int nextStep;
        private Map<String, Long> rows = new LinkedHashMap<>();
        private boolean failed;

        DrizzleKitsDatabase(List<GoldenCasesTest.Step> steps) {
            this.steps = steps;
            try {
                connection = new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new java.util.Properties());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            // foreign keys on, as SqliteDatabase#open has them
            db = SqliteDatabase.over(connection, "drizzle-kit's database in memory");
            db.runAtomically(List.of("CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)"), false);
        }

        /**
         * Brought forward through the last of {@code entries} (a longer cut than the one before), then written to {@code file}
         * (SQLite's backup): the rows per table, or null when drizzle-kit's own SQL fails (its notes.txt says where), there or
         * at an earlier cut.
         */
        Map<String, Long> through(List<Migration> migrations, List<JournalEntry> entries, Path file) {
            if (failed) return null;
            int last = stepOf(entries.get(entries.size() - 1).tag());
            for (; nextStep <= last; nextStep++) {
                for (; applied < entries.size() && stepOf(entries.get(applied).tag()) <= nextStep; applied++) {
                    // as drizzle-orm's migrate() runs a migration: its statements, then its history row (sha256 of the file, the
                    // journal's when); foreign keys off around it, as its PRAGMA asks of a local file (inside the transaction it is a no-op)
                    Migration m = migrations.get(applied);
                    List<String> statements = new ArrayList<>(m.statements().stream().filter(st -> !st.trim().toUpperCase(java.util.Locale.ROOT).startsWith("PRAGMA")).toList());
                    statements.add("INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\") VALUES('" + m.hash() + "', " + m.when() + ")");
                    try {
                        db.runAtomically(statements, true);
                    } catch (RuntimeException drizzleKitsSqlFails) {
                        failed = true;
                        return null;
                    }
                }
                GoldenCasesTest.Step step = steps.get(nextStep);
                Map<String, Long> next = new LinkedHashMap<>();
                for (var t : step.schema().tables()) {
                    String from = step.tableRenamedFrom().getOrDefault(t.name(), step.tableRenamedFrom().containsValue(t.name()) ? null : t.name());
                    next.put(t.name(), from == null ? 0L : rows.getOrDefault(from, 0L));
                }
                rows = next;
                List<String> inserts = new ArrayList<>();
                for (Map.Entry<String, List<Map<String, Object>>> e : step.rows().entrySet()) {
                    for (Map<String, Object> row : e.getValue()) inserts.add(GoldenCasesTest.insert(e.getKey(), row));
                    rows.merge(e.getKey(), (long) e.getValue().size(), Long::sum);
                }
                try {
                    if (!inserts.isEmpty()) db.runAtomically(inserts, false);
                } catch (RuntimeException rowsDrizzleKitsSchemaRefuses) {
                    failed = true;
                    return null;
                }
            }
            try {
                dev.godwit.engine.db.SqliteCopy.backupTo(connection, file);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
            }
            // what is there now, as drizzle-kit's SQL left it: Godwit's migration must keep all of it
            Map<String, Long> present = new LinkedHashMap<>();
            for (String t : rows.keySet()) present.put(t, (Long) db.query("SELECT count(*) AS n FROM " + Quoting.backtick(t)).get(0).get("n"));
            return present;
        }

        @Override
        public void close() {
            db.close();   // closes the connection it was made over
        }
    }

    static int stepOf(String tag) {
        Matcher m = STEP.matcher(tag);
        assertTrue(m.matches(), tag);
        return Integer.parseInt(m.group(1));
    }

    /** drizzle-kit's folder as it was after the given entries: their SQL and snapshots, and the journal up to them. */
    static void copyCut(MigrationsFolder from, List<JournalEntry> entries, Path to) throws IOException {
        Files.createDirectories(to.resolve("meta"));
        for (JournalEntry e : entries) {
            Files.copy(from.sqlFile(e.tag()), to.resolve(e.tag() + ".sql"));
            Files.copy(from.snapshotFile(e.tag()), to.resolve("meta").resolve(from.snapshotFile(e.tag()).getFileName()));
        }
        Files.writeString(to.resolve("meta").resolve("_journal.json"), new Journal(entries).toJsonText());
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
