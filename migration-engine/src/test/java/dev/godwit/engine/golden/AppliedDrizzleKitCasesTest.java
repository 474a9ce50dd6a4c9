package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.preflight.PreflightRefusedException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * drizzle-kit's own migrations through Godwit's {@code db:apply -Dlocal}: for every oracle case and every step the real
 * drizzle-kit 0.31 wrote a migration for ({@code src/test/resources/drizzle-kit-cases/<case>/drizzle/}), that one migration is
 * applied by the engine's apply path with the pre-flight on, as {@code ApplyMojo} calls it, to a real SQLite file holding what
 * the earlier steps built and the case's rows (inserted after each step, as the oracle does). One database per case, carried
 * across its steps.
 *
 * <p>What drizzle-orm's {@code migrate()} would do with the migration (its statements and history row in one transaction,
 * foreign keys on, so its {@code PRAGMA foreign_keys=OFF} does nothing) is run first on an in-memory copy; it decides what
 * Godwit must do:
 * <ul>
 * <li>it fails (drizzle-kit wrote invalid SQL, or SQL the rows refuse): db:apply fails naming the migration and SQLite's
 * message, with and without -Ddb.acceptDataLoss, and the file is byte for byte as it was (the pre-flight, which saw it fail on
 * its copy, warns; the migration's transaction then fails and is rolled back: nothing of it stays); the case ends there, as
 * drizzle-orm's would;</li>
 * <li>it loses rows (fewer in a table than the step keeps), rewrites them (a kept column's values changed: a reference set to
 * NULL, a column copied from one the old table lacks, so filled with its own name), or leaves a view that cannot be read: the
 * pre-flight refuses before anything runs, naming the migration, each such table or view and the rows deleted, and the file
 * is byte for byte as it was; with -Ddb.acceptDataLoss the apply ends in exactly the copy's schema, rows and history;</li>
 * <li>it keeps every row: db:apply applies it, every row is kept, the schema and rows are the copy's, and a second db:apply
 * finds nothing pending.</li>
 * </ul>
 * After each applied step the history is drizzle-orm's: one row per migration, the sha256 of the file as read and the
 * journal's when. The oracle's own findings in notes.txt (DATA LOST, migration failed) must be among these. db:verify on
 * drizzle-kit's folder at the step, with the case's schema of the step, passes while no migration so far fails or loses rows,
 * and otherwise reports those migrations and nothing else (see {@link #assertVerify}).
 *
 * <p>No test resource has wrangler's layout (d1_migrations): drizzle-kit writes drizzle's; there is nothing of it to run.
 */
class AppliedDrizzleKitCasesTest {

    static final Path FOLDERS = ContinuedDrizzleKitCasesTest.FOLDERS;
    static final HistoryTable HISTORY = HistoryTable.forName("__drizzle_migrations");
    /** A PROBLEM line of the oracle's notes.txt: {@code - step N: what}. */
    static final Pattern PROBLEM = Pattern.compile("^- step (\\d+): (.*)$");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        return ContinuedDrizzleKitCasesTest.cases();
    }

    /** What drizzle-orm's migrate() made of one migration on a copy of the database. */
    record Reference(String failure, Map<String, Long> rows, Map<String, String> rewritten, String dump, List<List<Object>> history) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void drizzleKitsMigrationsGoThroughDbApplyWithThePreflight(String name) throws IOException {
        List<GoldenCasesTest.Step> steps = GoldenCasesTest.readCase(GoldenCasesTest.ORACLE_CASES.resolve(name + ".yaml"), true);
        MigrationsFolder theirs = MigrationsFolder.at(FOLDERS.resolve(name).resolve("drizzle"));
        List<JournalEntry> entries = theirs.readJournal().entries();
        Map<Integer, List<String>> problems = problems(FOLDERS.resolve(name).resolve("notes.txt"));
        Map<Integer, JournalEntry> entryOfStep = new TreeMap<>();
        for (JournalEntry e : entries) entryOfStep.put(ContinuedDrizzleKitCasesTest.stepOf(e.tag()), e);
        int lastStep = entries.isEmpty() ? -1 : ContinuedDrizzleKitCasesTest.stepOf(entries.get(entries.size() - 1).tag());

        Path db = dir.resolve("case.sqlite");
        Path drizzle = dir.resolve("drizzle");
        Files.createDirectories(drizzle.resolve("meta"));
        List<JournalEntry> cut = new ArrayList<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> outcomes = new ArrayList<>();
        // drizzle-kit's migrations so far that fail or lose rows (folder-relative file -> whether db:verify must see it: a failure
        // only the case's own rows cause, a CHECK or NOT NULL they break, generated rows need not)
        Map<String, Boolean> defects = new LinkedHashMap<>();
        Map<String, Map<String, Long>> rowsBefore = new LinkedHashMap<>();   // migration file name -> the rows each table held before it
        for (int k = 0; k <= lastStep && steps.get(k).refused() == null; k++) {
            GoldenCasesTest.Step step = steps.get(k);
            String at = name + " step " + k;
            Map<String, Long> expected = expectedRows(step, rows);
            JournalEntry entry = entryOfStep.get(k);
            if (entry != null) {
                Files.copy(theirs.sqlFile(entry.tag()), drizzle.resolve(entry.tag() + ".sql"));
                Files.copy(theirs.snapshotFile(entry.tag()), drizzle.resolve("meta").resolve(theirs.snapshotFile(entry.tag()).getFileName()));
                cut.add(entry);
                Files.writeString(drizzle.resolve("meta").resolve("_journal.json"), new Journal(cut).toJsonText());
                MigrationsFolder folder = MigrationsFolder.at(drizzle);
                Migration m = folder.migrations().get(cut.size() - 1);
                String stepProblems = String.join(" / ", problems.getOrDefault(k, List.of()));
                rowsBefore.put(m.fileName(), rows);

                byte[] before = Files.readAllBytes(db.toFile().exists() ? db : touch(db));
                Reference ref = likeDrizzleOrmMigrate(db, m, step);
                List<String> lost = new ArrayList<>();
                if (ref.failure() == null) {
                    for (Map.Entry<String, Long> e : expected.entrySet()) {
                        if (ref.rows().get(e.getKey()) < e.getValue() || ref.rewritten().containsKey(e.getKey())) lost.add(e.getKey());
                    }
                    for (String v : ref.rewritten().keySet()) if (!expected.containsKey(v)) lost.add(v);
                }
                // the oracle's own findings (its sqlite3 CLI had foreign keys on, each statement on its own) are found here too
                // a plain run's DATA LOST of a row this run never held (drizzle-orm's migrate() of an earlier step left its parent
                // out, so the row was refused as it is here: f15_cycle_set_null_and_cascade_edges_rebuilt step 4's squads row of
                // step 3) is no finding for this run; the lines of rows it does hold still are. Nor is one of a table whose rows this
                // run lost or rewrote at an earlier step: in migrate()'s transaction PRAGMA foreign_keys=OFF does nothing, so a parent's
                // earlier rebuild cascaded them away (or SET NULL) before the plain run's later step reached them
                // (h5_table_renamed_twice_column_renamed_then_retyped_six_steps step 4, h5_fk_target_column_renamed_and_drop_pair step 2)
                boolean heldLost = problems.getOrDefault(k, List.of()).stream().map(LOST_ROW::matcher)
                        .anyMatch(l -> l.find() && outcomes.stream().noneMatch(o -> o.startsWith(name + " step " + l.group(2) + ": a row of " + l.group(1) + " refused (")
                                || lostEarlier(o, l.group(1))));
                if (heldLost && ref.failure() == null) {
                    assertFalse(lost.isEmpty(), at + ": notes.txt says drizzle-kit's migration loses rows (" + stepProblems + "), the copy lost none");
                }
                // a migration the CLI saw fail fails here too, unless this run no longer holds the rows the failing statement read:
                // in migrate()'s transaction PRAGMA foreign_keys=OFF does nothing, so drizzle-kit's rebuild of a parent at an earlier
                // step cascaded its children away, and the copy that fails on the CLI (a column drizzle-kit never renamed, read as a
                // string, breaking the foreign key) copies nothing here (f16_unicode_space_identifiers_rebuilt_indexed_checked step 2)
                boolean lostEarlier = outcomes.stream().anyMatch(o -> o.startsWith("step ") && o.contains("rows lost or rewritten"));
                if (stepProblems.contains("migration failed")) {
                    assertTrue(ref.failure() != null || !lost.isEmpty() || lostEarlier, at + ": notes.txt says drizzle-kit's migration fails ("
                            + stepProblems + "), drizzle-orm's run did not, and held the rows it read");
                }

                if (ref.failure() != null) {
                    // invalid SQL, or SQL the rows refuse: drizzle-orm's migrate() fails too, so nothing may change
                    for (boolean accept : new boolean[] {false, true}) {
                        String said = applyExpectingFailure(db, folder, accept, at);
                        assertTrue(said.contains(m.fileName()), at + ": the failure names the migration: " + said);
                        // a breakpoint inside a quote cuts a statement there: refused before anything runs, since D1's one request,
                        // joining the statements, would read the quote on into the next one (StatementRules)
                        boolean openQuote = ref.failure().contains("unrecognized token") && said.contains("ends inside a quoted string or name that is not closed");
                        assertTrue(said.contains(ref.failure()) || openQuote, at + ": the failure carries SQLite's message " + ref.failure() + ": " + said);
                        assertTrue(Arrays.equals(before, Files.readAllBytes(db)), at + ": the database file is unchanged after " + said);
                    }
                    outcomes.add("step " + k + " fails: " + ref.failure());
                    defects.put(folder.relative(m.file()), !DATA_DEPENDENT.matcher(ref.failure()).find());
                    assertVerify(name, cut.size(), step, folder, defects, rowsBefore, db, at);
                    break;   // drizzle-orm cannot go on either
                }
                if (!lost.isEmpty()) {
                    String said = applyExpectingFailure(db, folder, false, at);
                    assertTrue(said.startsWith("Pre-flight: "), at + ": the pre-flight refuses: " + said);
                    assertTrue(said.contains(m.fileName()), at + ": the refusal names the migration: " + said);
                    for (String t : lost) assertTrue(said.contains("\"" + t + "\""), at + ": the refusal names table " + t + ": " + said);
                    for (Map.Entry<String, Long> e : expected.entrySet()) {
                        long gone = e.getValue() - ref.rows().get(e.getKey());
                        if (gone > 0) {
                            assertTrue(said.contains("\"" + e.getKey() + "\": " + gone + " of " + e.getValue() + " rows deleted"),
                                    at + ": the refusal counts the rows " + e.getKey() + " loses: " + said);
                        }
                    }
                    assertTrue(said.contains("-Ddb.acceptDataLoss"), at + ": the refusal names the option: " + said);
                    assertTrue(Arrays.equals(before, Files.readAllBytes(db)), at + ": the database file is unchanged after the refusal");
                    ApplyResult r = apply(db, folder, true);
                    assertEquals(List.of(m.tag()), r.applied(), at);
                    try (SqliteDatabase d = SqliteDatabase.open(db)) {
                        assertEquals(ref.dump(), dump(d), at + ": -Ddb.acceptDataLoss applies it as drizzle-orm's migrate() does");
                        assertEquals(ref.history(), history(d), at + ": history rows as drizzle-orm's migrate() writes them");
                    }
                    outcomes.add("step " + k + " refused, then applied with -Ddb.acceptDataLoss (rows lost or rewritten, or a view broken: " + String.join(", ", lost) + ")");
                    assertEquals(List.of(), apply(db, folder, false).applied(), at + ": a second db:apply finds nothing pending");
                    defects.put(folder.relative(m.file()), true);
                    rows = ref.rows();
                } else {
                    ApplyResult r;
                    try {
                        r = apply(db, folder, false);
                    } catch (RuntimeException e) {
                        fail(at + ": drizzle-kit's migration keeps every row as drizzle-orm's migrate() runs it, but db:apply refused: " + e.getMessage(), e);
                        return;
                    }
                    assertEquals(List.of(m.tag()), r.applied(), at);
                    try (SqliteDatabase d = SqliteDatabase.open(db)) {
                        for (Map.Entry<String, Long> e : expected.entrySet()) {
                            assertEquals(e.getValue(), count(d, e.getKey()), at + ": rows of " + e.getKey() + " after " + m.fileName());
                        }
                        assertEquals(ref.dump(), dump(d), at + ": the same schema and rows as drizzle-orm's migrate()");
                        assertEquals(ref.history(), history(d), at + ": history rows as drizzle-orm's migrate() writes them");
                    }
                    assertEquals(List.of(), apply(db, folder, false).applied(), at + ": a second db:apply finds nothing pending");
                    outcomes.add("step " + k + " applied");
                    rows = expected;
                }
                assertEquals(drizzleOrmsHistory(cut, drizzle), history(db), at + ": drizzle-orm's history rows, one per migration applied");
                assertVerify(name, cut.size(), step, folder, defects, rowsBefore, db, at);
            } else {
                rows = expected;
            }
            rows = insertRows(db, step, rows, at, outcomes);
        }
        System.out.println(name + ": " + outcomes);
    }

    static final Pattern LOSS_FINDING = Pattern.compile("^replaying drizzle/(\\S+\\.sql) on tables holding generated rows \\(as D1 runs it\\) removes or rewrites rows");
    /**
     * Known open: db:verify finds a migration losing rows of tables that held rows here, where the case's rows kept them. In
     * f15_cycle_set_null_and_cascade_edges_rebuilt, 0004_step4.sql turns squads.lead_id's SET NULL into CASCADE and rebuilds
     * people, so squads rows whose lead is a person are deleted (and people through the squads rebuild): the replay's generated
     * rows hold such references, the case's rows no longer do (drizzle-kit's steps 1-3 deleted the people and set every lead_id
     * NULL). db:verify is right by the SQL, but this test cannot yet tell it from its own rows (it would have to check the
     * references the finding's cascade goes through): named here until it can. Likewise f15_self_ref_key_type_integer_text_integer
     * 0002_step2.sql, which rebuilds the self-referencing nodes (ON DELETE CASCADE) as 0001_step1.sql did, deleting every row with
     * a parent: the case's rows have none there (0001 deleted them), the replay's do (it reaches this since it gives the column
     * made the INTEGER PRIMARY KEY integers; before, its generated texts stopped the copy and it was replayed on empty tables).
     */
    static final Set<String> OPEN_LOSS_FINDINGS = Set.of("f15_cycle_set_null_and_cascade_edges_rebuilt step 4: 0004_step4.sql",
            "f15_self_ref_key_type_integer_text_integer step 2: 0002_step2.sql", "f15_self_ref_key_type_integer_text_integer step 3: 0002_step2.sql");

    /**
     * Defects of drizzle-kit's migrations that db:verify's generated rows do not reach, while the case's rows (and so db:apply's
     * pre-flight on them) do; named here until the replay reaches them. None now: round 19's two (a text column retyped to numeric,
     * a column made the INTEGER PRIMARY KEY over generated texts) are reached since the replay gives such columns values that show
     * it (RetypedColumnsReplayTest).
     */
    static final Set<String> OPEN_UNSEEN_DEFECTS = Set.of();

    /** Whether an outcome line of an earlier step says this run lost or rewrote rows of the table. */
    static boolean lostEarlier(String outcome, String table) {
        String mark = "(rows lost or rewritten, or a view broken: ";
        int at = outcome.indexOf(mark);
        return at >= 0 && Arrays.asList(outcome.substring(at + mark.length(), outcome.length() - 1).split(", ")).contains(table);
    }

    /** A DATA LOST line of notes.txt: the table and the step its row was inserted at. */
    static final Pattern LOST_ROW = Pattern.compile("^DATA LOST: row \\{.*\\} inserted into \"([^\"]+)\" at step (\\d+) is no longer there");
    static final Pattern LOST_TABLE = Pattern.compile("\n\\s+- \"([^\"]+)\": \\d+ of \\d+ rows deleted");

    /** A failure the case's rows cause (generated rows may not): a constraint they break, a value of the wrong type for a key. */
    static final Pattern DATA_DEPENDENT = Pattern.compile("constraint failed|datatype mismatch");

    /**
     * db:verify on drizzle-kit's folder at this step: it passes where no migration so far fails or loses rows; otherwise every
     * finding is about one of those migrations (by file, or the schema the replay ends with where drizzle-kit's SQL differs from
     * its snapshot), and each of them that fails whatever the rows, or loses rows, is found, or named in a warning where its
     * new constraint stopped the replay on generated rows (then it is replayed on empty tables).
     */
    private static void assertVerify(String caseName, int entries, GoldenCasesTest.Step step, MigrationsFolder folder, Map<String, Boolean> defects,
            Map<String, Map<String, Long>> rowsBefore, Path db, String at) {
        // as ContinuedDrizzleKitCasesTest's db:verify of the same cut (once per test JVM: DrizzleKitCutsVerified)
        DrizzleKitCutsVerified.Said v = DrizzleKitCutsVerified.of(caseName, entries, step.schema(), folder);
        // The replay not giving the declared schema is right where drizzle-kit's migrations, applied, did not give it either (it
        // never turns a VIRTUAL generated column STORED, f15_generated_stored_virtual_toggled_indexed): each difference the finding
        // lists is one the database they built here has from the declared schema. That is drizzle-kit's defect, not Godwit's.
        List<String> built;
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            built = Verifier.differences(dev.godwit.engine.introspect.Introspector.introspect(d, Set.of(HISTORY.name())),
                    dev.godwit.engine.plan.SqlitePlanner.asWritten(step.schema()));
        }
        List<String> findings = v.findings().stream().filter(f -> !(f.contains(" migrations on an empty database does not give the schema")
                && Arrays.stream(f.split("\n")).skip(1).map(String::strip).filter(l -> l.startsWith("differs: ") || l.contains(" missing: ")
                        || l.startsWith("unexpected ")).allMatch(built::contains))).toList();
        if (defects.isEmpty()) {
            assertEquals(List.of(), findings, at + ": db:verify on drizzle-kit's folder");
            return;
        }
        for (String f : findings) {
            // a statement rule's refusal names the migration by its file name ("Migration 0000_step0.sql, statement 1 of 4 ...")
            if (defects.keySet().stream().anyMatch(k -> f.contains(k) || f.startsWith("Migration " + Path.of(k).getFileName() + ", statement "))
                    || f.contains(" migrations on an empty database does not give the schema")) continue;
            // a migration that kept every row here, which db:verify finds removing rows of tables that held none here (drizzle-kit's
            // earlier migration had lost them all): with rows there, it loses them too
            Matcher m = LOSS_FINDING.matcher(f);
            assertTrue(m.find(), at + ": db:verify reports only the defects of drizzle-kit's migrations " + defects.keySet() + ": " + f);
            if (OPEN_LOSS_FINDINGS.contains(at + ": " + m.group(1))) continue;
            Map<String, Long> held = rowsBefore.get(m.group(1));
            Matcher table = LOST_TABLE.matcher(f);
            int lines = f.split("\n\\s+- ", -1).length - 1;
            int deleted = 0;
            while (table.find()) {
                deleted++;
                assertEquals(0L, held.getOrDefault(table.group(1), 0L), at + ": db:verify finds rows of " + table.group(1) + " lost by " + m.group(1)
                        + ", which kept every row here: " + f);
            }
            assertEquals(lines, deleted, at + ": db:verify finds only deleted rows in " + m.group(1) + ", which kept every row here: " + f);
        }
        for (Map.Entry<String, Boolean> d : defects.entrySet()) {
            if (!d.getValue() || OPEN_UNSEEN_DEFECTS.contains(at + ": " + d.getKey())) continue;
            String file = d.getKey();
            String name = Path.of(file).getFileName().toString();
            assertTrue(findings.stream().anyMatch(f -> f.contains(file) || f.startsWith("Migration " + name + ", statement ")) || v.warnings().stream().anyMatch(w -> w.startsWith("replaying " + name + " ")),
                    at + ": db:verify finds " + file + "'s defect: " + findings + " " + v.warnings());
        }
    }

    /** The history drizzle-orm's migrate() writes for these migrations: sha256 of each file as read, the journal's when. */
    private static List<List<Object>> drizzleOrmsHistory(List<JournalEntry> entries, Path drizzle) throws IOException {
        List<List<Object>> out = new ArrayList<>();
        for (JournalEntry e : entries) {
            byte[] sql = Files.readAllBytes(drizzle.resolve(e.tag() + ".sql"));
            try {
                out.add(Arrays.asList(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(sql)), e.when()));
            } catch (java.security.NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return out;
    }

    private static List<List<Object>> history(Path file) {
        try (SqliteDatabase d = SqliteDatabase.open(file)) {
            return history(d);
        }
    }

    /** The engine's apply as db:apply -Dlocal calls it: the pre-flight on a backup of the file, then the migrator. */
    private static ApplyResult apply(Path file, MigrationsFolder folder, boolean acceptDataLoss) {
        try (SqliteDatabase d = SqliteDatabase.open(file)) {
            Preflight preflight = Preflight.forTarget(new Target.LocalFile(file), d, Set.of(HISTORY.name()), acceptDataLoss, EngineLog.SILENT)
                    .withForeignKeysOffAround(false).withCommandArgs("");
            return new Migrator(d, HISTORY, EngineLog.SILENT).withCommandArgs("").checkingPendingWith(preflight)
                    .apply(folder, new ApplyOptions(false, false, 3, false).withIgnoreMissing(false));
        }
    }

    private static String applyExpectingFailure(Path file, MigrationsFolder folder, boolean acceptDataLoss, String at) {
        try {
            ApplyResult r = apply(file, folder, acceptDataLoss);
            fail(at + ": db:apply" + (acceptDataLoss ? " -Ddb.acceptDataLoss" : "") + " applied " + r.applied() + ", expected a refusal");
            return null;
        } catch (PreflightRefusedException | MigrationException e) {
            return e.getMessage();
        }
    }

    /**
     * drizzle-orm's migrate() on a copy of the file: the migration's statements and its history row (sha256 of the file, the
     * journal's when) in one transaction, foreign keys on (its {@code PRAGMA foreign_keys=OFF} is a no-op there).
     */
    private Reference likeDrizzleOrmMigrate(Path file, Migration m, GoldenCasesTest.Step step) throws IOException {
        Map<String, List<String[]>> kept = new LinkedHashMap<>();   // table -> its columns kept from the table it comes from (from, to)
        Map<String, List<String>> rowsBefore = new LinkedHashMap<>();
        Map<String, List<String>> added = new LinkedHashMap<>();    // table -> its columns new in this step
        Map<String, String> brokenBefore;
        try (SqliteDatabase d = SqliteDatabase.open(file)) {
            brokenBefore = dev.godwit.engine.db.UnreadableViews.in(d);
            for (var t : step.schema().tables()) {
                String from = step.tableRenamedFrom().get(t.name());
                if (from == null && !step.tableRenamedFrom().containsValue(t.name())) from = t.name();
                if (from == null || d.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", from).isEmpty()) continue;
                List<String> had = d.query("SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0", from).stream().map(r -> (String) r.get("name")).toList();
                List<String[]> pairs = new ArrayList<>();
                List<String> fresh = new ArrayList<>();
                for (var c : t.columns()) {
                    if (c.generated() != null) continue;   // computed again from the others
                    String source = c.renamedFrom() != null ? c.renamedFrom() : c.name();
                    if (had.contains(source)) pairs.add(new String[] {source, c.name()});
                    else fresh.add(c.name());
                }
                kept.put(t.name(), pairs);
                added.put(t.name(), fresh);
                rowsBefore.put(t.name(), rowsOf(d, from, pairs.stream().map(p -> p[0]).toList()));
            }
        }
        try (SqliteDatabase d = inMemoryCopyOf(file)) {
            List<String> statements = new ArrayList<>();
            statements.add("CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)");
            statements.addAll(m.statements());
            statements.add("INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\") VALUES('" + m.hash() + "', " + m.when() + ")");
            try {
                d.runAtomically(statements, false);
            } catch (DatabaseException e) {
                return new Reference(e.databaseMessage(), null, null, null, null);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (var t : step.schema().tables()) rows.put(t.name(), count(d, t.name()));
            // rows kept but with other values: a column copied from one the old table lacks (SQLite reads "name" as the text
            // 'name'), a reference set to NULL by a parent's rebuild, a value rewritten
            Map<String, String> rewritten = new LinkedHashMap<>();
            for (Map.Entry<String, List<String[]>> e : kept.entrySet()) {
                List<String> after = rowsOf(d, e.getKey(), e.getValue().stream().map(p -> p[1]).toList());
                List<String> before = rowsBefore.get(e.getKey());
                if (after.size() == before.size() && !after.equals(before)) {
                    int i = 0;
                    while (after.get(i).equals(before.get(i))) i++;
                    rewritten.put(e.getKey(), before.get(i) + " -> " + after.get(i));
                }
                for (String c : added.get(e.getKey())) {
                    if (!after.isEmpty() && count(d, e.getKey()) == ((Number) d.query("SELECT count(*) AS n FROM " + Quoting.backtick(e.getKey())
                            + " WHERE " + Quoting.backtick(c) + " IS ?", c).get(0).get("n")).longValue()) {
                        rewritten.put(e.getKey(), "new column " + c + " filled with the text '" + c + "'");
                    }
                }
            }
            // a view the migration leaves unreadable (drizzle-kit rebuilt or renamed what it reads): the pre-flight's "views that no longer work"
            Map<String, String> unreadable = dev.godwit.engine.db.UnreadableViews.in(d);
            for (Map.Entry<String, String> v : unreadable.entrySet()) {
                if (!brokenBefore.containsKey(v.getKey())) rewritten.put(v.getKey(), "view no longer works: " + v.getValue());
            }
            return new Reference(null, rows, rewritten, dump(d), history(d));
        }
    }

    /** The file's database copied into memory (SQLite's backup API), foreign keys on: drizzle-orm's run needs no disk. */
    private static SqliteDatabase inMemoryCopyOf(Path file) {
        try {
            java.sql.Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new java.util.Properties());
            try (java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("restore from '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return SqliteDatabase.over(c, "in-memory copy of " + file);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file, for the test's own writes (the case's rows): no fsync per commit, which the test does not need and CI pays for. */
    private static SqliteDatabase openForSetup(Path file) {
        try {
            java.sql.Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), new java.util.Properties());
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous=OFF");
            }
            return SqliteDatabase.over(c, "the case's database " + file);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows each table of the step must hold after its migration (GoldenCasesTest.rowsKept's rule, without asserting). */
    private static Map<String, Long> expectedRows(GoldenCasesTest.Step step, Map<String, Long> before) {
        Map<String, Long> next = new LinkedHashMap<>();
        for (var t : step.schema().tables()) {
            String from = step.tableRenamedFrom().get(t.name());
            if (from == null && !step.tableRenamedFrom().containsValue(t.name())) from = t.name();
            next.put(t.name(), from == null ? 0L : before.getOrDefault(from, 0L));
        }
        return next;
    }

    /** The case's rows of this step, inserted as the oracle inserts them; a row drizzle-kit's schema refuses is left out. */
    private static Map<String, Long> insertRows(Path file, GoldenCasesTest.Step step, Map<String, Long> rows, String at, List<String> outcomes) {
        Map<String, Long> next = new LinkedHashMap<>(rows);
        if (step.rows().isEmpty()) return next;
        try (SqliteDatabase d = openForSetup(file)) {
            List<String> all = new ArrayList<>();
            for (Map.Entry<String, List<Map<String, Object>>> e : step.rows().entrySet()) {
                for (Map<String, Object> row : e.getValue()) all.add(GoldenCasesTest.insert(e.getKey(), row));
            }
            try {
                d.runAtomically(all, false);   // one commit when every row goes in (most steps)
                step.rows().forEach((t, r) -> next.merge(t, (long) r.size(), Long::sum));
                return next;
            } catch (DatabaseException someRowRefused) {
                // row by row below
            }
            for (Map.Entry<String, List<Map<String, Object>>> e : step.rows().entrySet()) {
                for (Map<String, Object> row : e.getValue()) {
                    try {
                        d.runAtomically(List.of(GoldenCasesTest.insert(e.getKey(), row)), false);
                        next.merge(e.getKey(), 1L, Long::sum);
                    } catch (DatabaseException refused) {
                        outcomes.add(at + ": a row of " + e.getKey() + " refused (" + refused.databaseMessage() + ")");
                    }
                }
            }
        }
        return next;
    }

    /** GoldenCasesTest.dump, but a view that cannot be read shows as such instead of its rows. */
    static String dump(SqliteDatabase d) {
        Map<String, String> unreadable = dev.godwit.engine.db.UnreadableViews.in(d);
        if (unreadable.isEmpty()) return GoldenCasesTest.dump(d);
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> o : d.query("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " AND tbl_name <> '__drizzle_migrations' ORDER BY type DESC, name")) {
            sb.append(o.get("type")).append(' ').append(o.get("name")).append(": ").append(o.get("sql")).append('\n');
            if (!"table".equals(o.get("type"))) continue;
            List<String> columns = d.query("SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (0, 2, 3) ORDER BY cid", o.get("name")).stream()
                    .map(r -> (String) r.get("name")).toList();
            for (String row : rowsOf(d, (String) o.get("name"), columns)) sb.append("  ").append(GoldenCasesTest.maskNow(row)).append('\n');
        }
        return sb.append("unreadable views: ").append(unreadable.keySet()).toString();
    }

    /**
     * The table's rows over these columns, each as SQLite's quote() writes it, sorted. A REAL holding an integer exactly is written
     * as that integer: a column whose type the step changes to real keeps 5 as 5.0, the same number (one beyond 2^53 that
     * the REAL rounds still shows as changed). A text that is exactly how SQLite writes a number (CAST to INTEGER or REAL and
     * back gives the same text) is written as that number: a column whose type the step changes to text keeps 7 as '7' and
     * 2.5 as '2.5' (SQLite 3.53+ writes a REAL with every digit it needs), and one changed back to integer turns '7' into 7,
     * the same value read back, as Godwit's own rule for a type change has it (Change.AlterColumn#rewritesValues: numbers
     * turned text are no loss). A text SQLite would not write so ('007', '1e3', '0x10', ' 7') still shows as changed when it
     * becomes a number.
     */
    private static List<String> rowsOf(SqliteDatabase d, String table, List<String> columns) {
        String values = columns.isEmpty() ? "''" : String.join(" || ',' || ", columns.stream().map(Quoting::backtick)
                .map(c -> "CASE WHEN typeof(" + c + ") = 'text' AND CAST(CAST(" + c + " AS INTEGER) AS TEXT) = " + c
                        + " THEN quote(CAST(" + c + " AS INTEGER))"
                        + " WHEN typeof(" + c + ") = 'text' AND CAST(CAST(" + c + " AS REAL) AS TEXT) = " + c + " THEN " + real("CAST(" + c + " AS REAL)")
                        + " WHEN typeof(" + c + ") = 'real' THEN " + real(c) + " ELSE quote(" + c + ") END").toList());
        return d.query("SELECT " + values + " AS v FROM " + Quoting.backtick(table)).stream().map(r -> (String) r.get("v")).sorted().toList();
    }

    /** A REAL as {@link #rowsOf} writes it: as the integer it holds exactly, else as quote() writes it. */
    private static String real(String x) {
        return "CASE WHEN abs(" + x + ") < 9.0e18 AND " + x + " = CAST(" + x + " AS INTEGER) THEN quote(CAST(" + x + " AS INTEGER)) ELSE quote(" + x + ") END";
    }

    private static List<List<Object>> history(SqliteDatabase d) {
        return d.query("SELECT hash, created_at FROM \"__drizzle_migrations\" ORDER BY created_at").stream()
                .map(r -> Arrays.asList(r.get("hash"), r.get("created_at"))).toList();
    }

    private static long count(SqliteDatabase d, String table) {
        return ((Number) d.query("SELECT count(*) AS n FROM " + Quoting.backtick(table)).get(0).get("n")).longValue();
    }

    /** An empty file, which SQLite opens as an empty database (opened and closed unwritten, SqliteDatabase removes the file it made). */
    private static Path touch(Path file) throws IOException {
        return Files.createFile(file);
    }

    /** The oracle's PROBLEM lines by step. */
    static Map<Integer, List<String>> problems(Path notes) throws IOException {
        Map<Integer, List<String>> out = new TreeMap<>();
        boolean in = false;
        for (String line : Files.readAllLines(notes)) {
            if (line.startsWith("PROBLEMS")) in = true;
            Matcher m = PROBLEM.matcher(line);
            if (in && m.matches()) out.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(m.group(2));
        }
        return out;
    }
}
