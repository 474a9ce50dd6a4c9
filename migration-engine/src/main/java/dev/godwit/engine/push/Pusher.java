package dev.godwit.engine.push;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.diff.BatchRenameResolver;
import dev.godwit.engine.diff.NotRenames;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.Prompter;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.plan.Plan;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code db:push}: makes a (development) database match the schema code without writing
 * migrations. The live schema is introspected and diffed against the code; the plan is the one
 * {@code db:generate} would write, so rebuilds keep every row. Changes that drop data that is
 * actually there are refused unless forced, and the plan runs as one transaction.
 */
public final class Pusher {


    private final Database db;
    private final EngineLog log;
    private final Set<String> excludedTables;
    private final boolean localForeignKeysOff;

    /** @param excludedTables tables of the tooling to leave alone, e.g. the migrations history */
    public Pusher(Database db, EngineLog log, Set<String> excludedTables) {
        this(db, log, excludedTables, false);
    }

    /**
     * @param localForeignKeysOff switch foreign keys off around the push's transaction when its plan asks for it and the
     *                            database can ({@code -Ddb.local.foreignKeysOff}); by default the plan runs as on D1, foreign keys on
     */
    public Pusher(Database db, EngineLog log, Set<String> excludedTables, boolean localForeignKeysOff) {
        this.db = db;
        this.log = log;
        this.excludedTables = excludedTables;
        this.localForeignKeysOff = localForeignKeysOff;
    }

    /**
     * @param force    run even when rows or values would be lost
     * @param prompter asks at a terminal (renames, data loss); null in batch mode, where nothing is asked
     */
    private Runnable beforeChanging = () -> { };
    private String commandArgs = "";

    /**
     * What picked the database on the command line ({@code -Ddb.local.path=...}, {@code -Ddb.env=...}), as arguments the printed
     * db:baseline command carries: without them it would record the migration on the configured database, not this one.
     */
    public Pusher withCommandArgs(String args) {
        this.commandArgs = args == null ? "" : args;
        return this;
    }

    private dev.godwit.engine.target.ProjectSettings.History history;

    /** The history table db:apply records migrations in, and the setting that chose it: the schema may not use its name. */
    public Pusher withHistory(dev.godwit.engine.target.ProjectSettings.History h) {
        this.history = h;
        return this;
    }

    private dev.godwit.engine.introspect.TablesFilter tablesFilter = dev.godwit.engine.introspect.TablesFilter.ALL;

    /** The tables that are the schema code's ({@code -Ddb.tablesFilter}): the others are left alone, never dropped or changed. */
    public Pusher withTablesFilter(dev.godwit.engine.introspect.TablesFilter filter) {
        this.tablesFilter = filter == null ? dev.godwit.engine.introspect.TablesFilter.ALL : filter;
        return this;
    }

    /** Runs once right before the change is sent (not when there is nothing to push or it is refused): where the goal keeps the way back. */
    public Pusher beforeChanging(Runnable hook) {
        this.beforeChanging = hook;
        return this;
    }

    public PushResult push(SchemaDef schema, boolean force, Prompter prompter) {
        return push(schema, force, prompter, Set.of());
    }

    /**
     * @param notRenames added tables ({@code name}) and columns ({@code table.column}) that are not renames
     *                   ({@code -Ddb.notRenames}); {@code force} does not settle that question
     */
    public PushResult push(SchemaDef schema, boolean force, Prompter prompter, Set<String> notRenames) {
        dev.godwit.engine.migrate.HistoryTableNames.require(schema, history);   // introspection leaves such a table out: pushed again each time
        tablesFilter.refuseDeclaredOutside(schema, "The schema code");
        // drizzle-orm's history under a name Godwit was not told (drizzle.config's migrations.table) is no table of the schema:
        // left alone as the history Godwit reads is, not dropped as a table the code lacks
        Set<String> excludedTables = dev.godwit.engine.migrate.HistoryTable.withDrizzleHistoriesNamedOtherwise(db, this.excludedTables, log,
                "Leaving table %s alone");
        Set<String> histories = Set.copyOf(excludedTables);
        Set<String> leftOut = tablesFilter.leftOut(db, excludedTables);   // another system's tables, left alone as the histories are
        SchemaDef live = Introspector.introspect(db, leftOut);
        RenameResolver asked = prompter != null ? prompter : new BatchRenameResolver();
        NotRenames resolver = NotRenames.of(notRenames, asked);
        // compared as the SQL writes it (a literal holding drizzle's separator is two concatenated strings in the database)
        SchemaDiff diff = SchemaDiffer.diff(live, SqlitePlanner.asWritten(schema), resolver);
        if (asked instanceof BatchRenameResolver batch) batch.requireNone("-Ddb.force", resolver.unused(), resolver.settled());
        resolver.requireAllUsed();
        if (diff.isEmpty()) {
            log.info("No changes: " + db.describe() + " already matches the schema.");
            return new PushResult(List.of(), List.of());
        }
        Plan plan = SqlitePlanner.planOnLive(diff);
        dev.godwit.engine.generate.GoneNameReaders.requireForPush(diff);   // a view or expression still reading what the push takes away
        // fragments SQLite refuses when created; its warnings (a view reading an undeclared table a typo away from a declared one) said below
        List<String> declared = dev.godwit.engine.generate.RefusedDeclarations.require(diff.renamedBefore(), schema);
        // tried on a copy of the schema: triggers a rebuild drops created again, a DROP TABLE a trigger needs later moved
        // and views the filter leaves out, which the planner does not see: one reading a table the push rebuilds is taken around it
        plan = leftOut.size() > histories.size() && !db.query("SELECT 1 FROM sqlite_master WHERE type = 'view' LIMIT 1").isEmpty()
                ? dev.godwit.engine.generate.PlanTrial.triedForPush(plan, diff, db, histories, true)
                : dev.godwit.engine.generate.PlanTrial.triedForPush(plan, diff, db, leftOut);
        log.info("Pushing " + diff.changes().size() + " change(s) to " + db.describe() + ":");
        for (Change c : diff.changes()) log.info("  - " + c.describe());
        log.info("Statements:");
        for (String s : plan.statements()) log.info("  " + s.strip().replace("\n", "\n  "));
        for (String w : plan.warnings()) log.warn(w);
        for (String w : dev.godwit.engine.generate.DeclarationWarnings.of(diff, schema, false)) log.warn(w);   // as db:generate says them
        for (String w : declared) log.warn(w);

        // D1 (and wrangler's local D1 file, which stands for it) refuses what its authorizer does not allow, a power() in a
        // generated column or CHECK say: refused here, as db:apply refuses such a migration, before anything changes
        if (db.capabilities().d1Rules()) {
            var refused = dev.godwit.engine.sql.D1Rules.problems(plan.statements());
            if (!refused.isEmpty()) {
                int i = refused.firstKey();
                String why = refused.get(i);
                throw new PushRefusedException("db:push refused: Cloudflare D1 would refuse statement " + (i + 1) + " of " + plan.statements().size()
                        + " for " + db.describe() + ":\n    " + plan.statements().get(i).strip().replace("\n", "\n    ") + "\n  " + why
                        + "\nNothing was changed. Change the schema so its SQL is one D1 takes, then push again.");
            }
        }
        // A new UNIQUE the rows already break fails the whole push at its CREATE UNIQUE INDEX ("UNIQUE constraint failed: players.nick",
        // after the way back was taken for nothing): the shared keys are read and named first; -Ddb.force cannot make them unique
        String duplicates = duplicateKeys(diff, plan.statements());
        if (duplicates != null) {
            throw new PushRefusedException("db:push refused: rows of " + db.describe() + " break " + duplicates + "\nNothing was changed. Make these"
                    + " values unique first (update or delete the rows that share them), or leave the uniqueness out of the schema, then push again.");
        }
        // A STRICT table takes only INT, INTEGER, REAL, TEXT, BLOB and ANY: a column the push adds as numeric or text(64) (a table
        // db:pull read) failed at the database after the way back was taken, said to be Godwit's plan gone wrong; -Ddb.force cannot help
        String strictType = typeAStrictTableRefuses(diff, plan.statements());
        if (strictType != null) {
            throw new PushRefusedException("db:push refused: " + strictType + "\nNothing was changed. Declare the column with one of those"
                    + " types (text for text(64), real or integer for numeric), or rebuild the table without STRICT by hand, then push again.");
        }
        // A new CHECK the rows break failed the whole push at its copy ("CHECK constraint failed: name_len"), after the way back was
        // taken for nothing and without saying which rows: they are counted first, as a new UNIQUE's shared keys are
        String breaking = rowsBreakingNewChecks(diff);
        if (breaking != null) {
            throw new PushRefusedException("db:push refused: rows of " + db.describe() + " break " + breaking + "\nNothing was changed."
                    + " Update or delete those rows first, or loosen the CHECK, then push again.");
        }
        // Likewise a new foreign key rows break (a team_id whose team is gone): it failed at COMMIT after the way back was taken, and
        // a first refusal over a drop named only the drop, so the user added -Ddb.force to meet the key only then
        String orphans = rowsBreakingNewForeignKeys(diff);
        if (orphans != null) {
            throw new PushRefusedException("db:push refused: rows of " + db.describe() + " break " + orphans);
        }
        List<String> losses = dataLosses(diff);
        if (!losses.isEmpty() && !force) {
            boolean confirmed = prompter != null && prompter.confirmDataLoss(losses);
            if (!confirmed) {
                throw new PushRefusedException("db:push refused: it would lose data in " + db.describe() + ":\n  - " + String.join("\n  - ", losses)
                        + "\nNothing was changed. If the data may go, run again with -Ddb.force; if a table or column was renamed,"
                        + " declare renamedFrom(\"old_name\") so its data is kept." + othersTables(diff));
            }
        }
        // STRICT, WITHOUT ROWID, ON CONFLICT and deferred foreign keys are not in the schema either: a rebuild written from it leaves
        // them out (db:apply's pre-flight refuses such a migration; the push made the table plain without a word)
        List<String> lostClauses = lostClauses(plan, diff);
        if (!lostClauses.isEmpty()) {
            String listed = "\n  - " + String.join("\n  - ", lostClauses);
            if (!force) {
                throw new PushRefusedException("db:push refused: it would rebuild tables of " + db.describe() + " without what their CREATE TABLE"
                        + " says beyond the schema model:" + listed + "\nNothing was changed. The schema code has no place for these clauses, so"
                        + " the rebuilt table would not have them: make this change by hand (or in a custom migration, mvn db:generate -Ddb.custom),"
                        + " writing the new CREATE TABLE with them; or run again with -Ddb.force to rebuild the tables without them.");
            }
            log.warn("db:push -Ddb.force rebuilds tables without what the schema model has no place for:" + listed);
        }
        // Triggers are not in the schema, so the push keeps them; one whose column goes would fail every write that fires it
        List<String> brokenTriggers = dev.godwit.engine.preflight.TriggersAfter.brokenBy(db, leftOut, plan.statements());
        if (!brokenTriggers.isEmpty()) {
            String listed = "\n  - " + String.join("\n  - ", brokenTriggers);
            if (!force) {
                throw new PushRefusedException("db:push refused: it would leave triggers of " + db.describe() + " that can no longer run:" + listed
                        + "\nNothing was changed. Triggers are not part of the schema, so db:push keeps them as they are: drop them or create them"
                        + " again without what goes (DROP TRIGGER, CREATE TRIGGER), then push; or run again with -Ddb.force and do that after.");
            }
            log.warn("db:push -Ddb.force leaves triggers that can no longer run:" + listed + "\n  Drop them or create them again without what goes.");
        }
        // As D1 and drizzle-orm run it unless asked otherwise: foreign keys on, a PRAGMA foreign_keys=OFF inside the transaction a no-op.
        boolean foreignKeysOff = localForeignKeysOff && ForeignKeysPragma.asksOff(plan.statements());
        // The planner copies and restores the rows of the schema's children around a rebuild; a table the filter leaves out is not
        // seen by it, so the DROP TABLE (a DELETE FROM with foreign keys on) fired its ON DELETE CASCADE / SET NULL / SET DEFAULT
        if (!foreignKeysOff) {
            List<String> reached = leftOutChildrenReached(plan.statements(), leftOut, histories);
            if (!reached.isEmpty()) {
                String listed = "\n  - " + String.join("\n  - ", reached);
                if (!force) {
                    throw new PushRefusedException("db:push refused: it would delete or change rows of tables -Ddb.tablesFilter leaves out"
                            + " (another system's, which db:push leaves alone) in " + db.describe() + ", through their foreign keys:" + listed
                            + "\nNothing was changed. db:push does not copy such a table's rows around the tables it drops or rebuilds, as it does"
                            + " the schema's own: with foreign keys on, the rows those tables lose (a DROP TABLE deletes them first) fire the ON DELETE"
                            + " action. " + (db.capabilities().remote() ? "Run again with -Ddb.force if these rows may go."
                            : "Run again with -Ddb.local.foreignKeysOff (no ON DELETE action fires then), or with -Ddb.force if these rows may go."));
                }
                log.warn("db:push -Ddb.force deletes or changes rows of tables -Ddb.tablesFilter leaves out, through their foreign keys:" + listed);
            }
        }
        // A rebuild copies the rows of a rebuilt table's children aside, deletes them and inserts them back: their DELETE and INSERT
        // triggers (which the schema does not hold, so the planner only warned "if any") fire once per row, and an audit or counter
        // trigger writes rows no one deleted or inserted
        List<String> firing = triggersTheCopyFires(plan.statements());
        if (!firing.isEmpty()) {
            String listed = "\n  - " + String.join("\n  - ", firing);
            if (!force) {
                throw new PushRefusedException("db:push refused: it copies rows aside and back around the tables it rebuilds, and that fires"
                        + " triggers of " + db.describe() + " on every row:" + listed + "\nNothing was changed. Whatever these triggers write"
                        + " (an audit row, a counter) would be written for rows that were neither deleted nor inserted: drop them first"
                        + " (DROP TRIGGER) and create them again after the push, or run again with -Ddb.force if what they write may stay.");
            }
            log.warn("db:push -Ddb.force fires triggers on every row it copies aside and back:" + listed);
        }
        // The way back first (D1's Time Travel bookmark, a copy of a local file), as db:apply takes it: a push changes the data too.
        beforeChanging.run();
        try {
            db.runAtomically(plan.statements(), foreignKeysOff);
        } catch (DatabaseException e) {
            if (e.outcomeUnknown()) {
                // sent, and no usable answer came back: D1 may have committed it (one request, all or nothing); only the database tells
                throw new PushRefusedException("db:push sent the change to " + db.describe() + ", but the answer was lost: it may or may not"
                        + " have been applied (all of it or none: it went as one transaction).\n  " + e.getMessage()
                        + "\n  Run db:push again: it compares the database with the schema afresh and sends only what is still missing"
                        + " (\"No changes\" when this one was applied).", e);
            }
            if (e.notSent()) {
                throw new PushRefusedException("db:push did not apply the change; nothing of it ran on " + db.describe() + ".\n  " + e.getMessage(), e);
            }
            String stmt = e.statement() != null ? "\n  Statement: " + e.statement().strip() : "";
            // with -Ddb.local.foreignKeysOff the keys are checked by PRAGMA foreign_key_check, whose refusal names no "constraint"
            String said = e.databaseMessage() == null ? "" : e.databaseMessage().toLowerCase(java.util.Locale.ROOT);
            boolean brokeAConstraint = said.contains("constraint") || said.contains("foreign key violation");
            // a lock another connection held all the wait (wrangler dev, the application, db:studio), a read-only file, a full disk: the
            // file's doing, not the plan's (it said "the statements Godwit planned are wrong ... please report it")
            String fileProblem = db.capabilities().remote() ? null : dev.godwit.engine.db.LockedHint.of(e.databaseMessage(),
                    db instanceof dev.godwit.engine.db.SqliteDatabase s ? s.lockWait() : dev.godwit.engine.db.SqliteDatabase.DEFAULT_LOCK_WAIT, false);
            if (fileProblem == null && !db.capabilities().remote()) fileProblem = dev.godwit.engine.db.LockedHint.unwritable(e.databaseMessage(), false);
            throw new PushRefusedException("db:push could not apply the change; the database was left as it was.\n  "
                    + (db.capabilities().remote() ? "D1" : "SQLite") + " says: " + e.databaseMessage() + stmt
                    + (fileProblem != null ? "\n  " + fileProblem
                    : brokeAConstraint ? "\n  The existing rows do not fit the new schema (a new NOT NULL, CHECK, UNIQUE or foreign key they break):"
                            + " fix the data first, or give the column a default."
                            : "\n  No row broke a constraint: something the schema does not declare (a trigger, a view) may still need what the"
                            + " change takes away; if nothing does, the statements Godwit planned are wrong for this database: please report"
                            + " it with the statement above."), e);
        }
        log.info("Pushed " + diff.changes().size() + " change(s) in " + plan.statements().size() + " statement(s).");
        for (String history : histories) {
            if (db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", history).isEmpty()
                    || count("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(history)) == 0) continue;   // no migration applied there
            // a drizzle-orm history under a name Godwit was not told (my_hist) is named: the printed db:baseline, pasted without it,
            // stopped on "The database has no history table __drizzle_migrations, ... but it has my_hist"
            String args = this.excludedTables.contains(history) ? commandArgs
                    : dev.godwit.engine.target.PrintedArgs.replaced(commandArgs, "db.migrationsTable", history);
            log.info("db:push records nothing in " + history + ": once mvn db:generate writes these changes as a migration, db:apply on "
                    + db.describe() + " refuses to run it again (its changes are there already). Record it as applied there instead: mvn db:baseline"
                    + (db.capabilities().remote() ? "" : " -Dlocal") + args + " -Ddb.baseline=<its tag>.");   // without -Dlocal it works on D1
        }
        return new PushResult(diff.changes(), plan.statements());
    }

    /**
     * For each table the plan rebuilds, the {@link dev.godwit.engine.introspect.UnmodelledClause}s its CREATE TABLE has in the
     * database (under its name before a rename the push makes) and the plan's CREATE TABLE for it does not (matched by text, then
     * by kind, so a clause on a renamed column is kept).
     */
    private List<String> lostClauses(Plan plan, SchemaDiff diff) {
        List<String> out = new ArrayList<>();
        for (String table : plan.rebuiltTables()) {
            // a table renamed and rebuilt in one push is in the database under its old name
            String live = table;
            for (Change c : diff.changes()) {
                if (c instanceof Change.RenameTable r && dev.godwit.schema.model.SqliteNames.key(r.to()).equals(dev.godwit.schema.model.SqliteNames.key(table))) live = r.from();
            }
            List<Map<String, Object>> rows = db.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", live);
            if (rows.isEmpty() || rows.get(0).get("sql") == null) continue;
            var had = dev.godwit.engine.introspect.UnmodelledClause.of(String.valueOf(rows.get(0).get("sql")));
            if (had.isEmpty()) continue;
            java.util.regex.Pattern create = java.util.regex.Pattern.compile("(?is)CREATE\\s+TABLE\\s+[`\"\\[]?(?:__new_)?"
                    + java.util.regex.Pattern.quote(table) + "[`\"\\]]?\\s*\\(.*");
            String rebuilt = plan.statements().stream().map(String::strip).filter(st -> create.matcher(st).matches()).findFirst().orElse(null);
            if (rebuilt == null) continue;
            for (var c : dev.godwit.engine.introspect.UnmodelledClause.lost(had, dev.godwit.engine.introspect.UnmodelledClause.of(rebuilt))) {
                String name = String.valueOf(rows.get(0).get("name"));
                out.add(c.kind().equals(c.text()) ? "\"" + name + "\" would no longer be " + c.text()
                        : "\"" + name + "\" would lose " + c.text());
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ADDS = java.util.regex.Pattern.compile(
            "(?is)ALTER\\s+TABLE\\s+(?:[`\"\\[]([^`\"\\]]+)[`\"\\]]|([A-Za-z_][A-Za-z0-9_$]*))\\s+ADD\\s+(?:COLUMN\\s+)?"
            + "(?:[`\"\\[]([^`\"\\]]+)[`\"\\]]|([A-Za-z_][A-Za-z0-9_$]*)).*");

    /**
     * The first column the plan adds with {@code ALTER TABLE ... ADD} to a table that is STRICT in the database with a type SQLite
     * refuses there ("unknown datatype"), said with the table, the column and SQLite's words; null when none. Tried on a copy of
     * that table alone in memory, so SQLite's own rule decides.
     */
    private String typeAStrictTableRefuses(SchemaDiff diff, List<String> statements) {
        Map<String, String> strict = null;   // by key: each STRICT table's CREATE TABLE, read once (one D1 request) when the plan adds a column
        for (String st : statements) {
            var m = ADDS.matcher(st.strip());
            if (!m.matches()) continue;
            String table = m.group(1) != null ? m.group(1) : m.group(2);
            String column = m.group(3) != null ? m.group(3) : m.group(4);
            String live = liveTable(diff, table);
            if (strict == null) {
                strict = new java.util.HashMap<>();
                for (Map<String, Object> r : db.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%STRICT%'")) {
                    String sql = String.valueOf(r.get("sql"));
                    if (dev.godwit.engine.introspect.UnmodelledClause.of(sql).stream().anyMatch(c -> c.kind().equals("STRICT"))) {
                        strict.put(dev.godwit.schema.model.SqliteNames.key(String.valueOf(r.get("name"))), sql);
                    }
                }
            }
            String create = strict.get(dev.godwit.schema.model.SqliteNames.key(live));
            if (create == null) continue;
            try (dev.godwit.engine.db.SqliteDatabase copy = dev.godwit.engine.db.SqliteDatabase.inMemory()) {
                int tableEnd = m.group(1) != null ? m.end(1) + 1 : m.end(2);   // the ADD ... after the name, on the table's name before the push
                copy.runAtomically(List.of(create, "ALTER TABLE " + Quoting.doubleQuoted(live) + st.strip().substring(tableEnd)), false);
            } catch (DatabaseException e) {
                String said = String.valueOf(e.databaseMessage());
                if (!said.contains("unknown datatype")) continue;
                return "\"" + live + "\" is a STRICT table in " + db.describe() + ", which takes only the column types INT, INTEGER, REAL, TEXT,"
                        + " BLOB and ANY, and the push adds \"" + column + "\" to it with a type it refuses:\n    " + st.strip()
                        + "\n  SQLite says: " + said;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern EMPTIES = java.util.regex.Pattern.compile(
            "(?is)(?:DROP\\s+TABLE(?:\\s+IF\\s+EXISTS)?|DELETE\\s+FROM)\\s+(?:[`\"\\[]([^`\"\\]]+)[`\"\\]]|([A-Za-z_][A-Za-z0-9_$]*))\\s*;?\\s*");

    /**
     * Each table {@code leftOut} (not a history) holding rows whose foreign key acts on delete ({@code CASCADE}, {@code SET NULL},
     * {@code SET DEFAULT}) on a table the plan drops or empties ({@code DROP TABLE t}, {@code DELETE FROM t}, as a rebuild does),
     * read before anything changes: the rows it would delete or change.
     */
    private List<String> leftOutChildrenReached(List<String> statements, Set<String> leftOut, Set<String> histories) {
        java.util.Map<String, String> emptied = new java.util.LinkedHashMap<>();   // by key: the statement's name
        for (String st : statements) {
            var m = EMPTIES.matcher(st.strip());
            if (!m.matches()) continue;
            String t = m.group(1) != null ? m.group(1) : m.group(2);
            String verb = st.strip().toUpperCase(java.util.Locale.ROOT).startsWith("DROP") ? "DROP TABLE" : "DELETE FROM";
            emptied.putIfAbsent(dev.godwit.schema.model.SqliteNames.key(t), verb + " \"" + t + "\"");
        }
        List<String> out = new ArrayList<>();
        if (emptied.isEmpty()) return out;
        Set<String> historyKeys = new java.util.HashSet<>();
        for (String h : histories) historyKeys.add(dev.godwit.schema.model.SqliteNames.key(h));
        for (String child : new java.util.TreeSet<>(leftOut)) {
            if (historyKeys.contains(dev.godwit.schema.model.SqliteNames.key(child))) continue;
            List<Map<String, Object>> fks;
            try {
                fks = db.query("SELECT id, \"table\" AS parent, \"from\" AS col, on_delete AS act FROM pragma_foreign_key_list(?) ORDER BY id, seq", child);
            } catch (DatabaseException e) {
                continue;   // a virtual table of a module this SQLite lacks: no foreign keys of its own
            }
            Map<Object, List<Map<String, Object>>> byKey = new java.util.LinkedHashMap<>();
            for (Map<String, Object> fk : fks) byKey.computeIfAbsent(fk.get("id"), k -> new ArrayList<>()).add(fk);
            for (List<Map<String, Object>> fk : byKey.values()) {
                String parent = String.valueOf(fk.get(0).get("parent"));
                String act = String.valueOf(fk.get(0).get("act")).toUpperCase(java.util.Locale.ROOT);
                if (!emptied.containsKey(dev.godwit.schema.model.SqliteNames.key(parent))
                        || !(act.equals("CASCADE") || act.equals("SET NULL") || act.equals("SET DEFAULT"))) continue;
                List<String> cols = fk.stream().map(r -> Quoting.doubleQuoted(String.valueOf(r.get("col"))) + " IS NOT NULL").toList();
                long rows = count("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(child) + " WHERE " + String.join(" AND ", cols));
                if (rows == 0) continue;
                out.add("\"" + child + "\": " + rows + " row(s) reference \"" + parent + "\" ON DELETE " + act + "; the push's "
                        + emptied.get(dev.godwit.schema.model.SqliteNames.key(parent)) + " would "
                        + (act.equals("CASCADE") ? "delete them" : "set their " + String.join(", ", fk.stream().map(r -> "\"" + r.get("col") + "\"").toList())
                        + " to " + (act.equals("SET NULL") ? "NULL" : "its default")));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern TRIGGER_EVENT = java.util.regex.Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:TEMP\\w*\\s+)?TRIGGER\\s.*?\\b(DELETE|INSERT)\\s+ON\\s.*");

    /**
     * The DELETE and INSERT triggers of each table holding rows that the plan empties with an unfiltered {@code DELETE FROM t} (a
     * rebuilt table's child, copied aside first) and fills again from its copy: they fire once per row, for rows that stay.
     */
    private List<String> triggersTheCopyFires(List<String> statements) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String st : statements) {
            var m = EMPTIES.matcher(st.strip());
            if (!m.matches() || !st.strip().regionMatches(true, 0, "DELETE", 0, 6)) continue;
            String t = m.group(1) != null ? m.group(1) : m.group(2);
            if (!seen.add(dev.godwit.schema.model.SqliteNames.key(t))) continue;
            long rows = -1;
            for (Map<String, Object> trg : db.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE"
                    + " AND sql IS NOT NULL ORDER BY name", t)) {
                String sql = String.valueOf(trg.get("sql"));
                int body = sql.toUpperCase(java.util.Locale.ROOT).indexOf("BEGIN");
                var e = TRIGGER_EVENT.matcher(body > 0 ? sql.substring(0, body) : sql);
                if (!e.matches()) continue;
                if (rows < 0) rows = count("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(t));
                if (rows == 0) break;
                out.add("trigger \"" + trg.get("name") + "\" (" + e.group(1).toUpperCase(java.util.Locale.ROOT) + " on \"" + t + "\"): the copy "
                        + (e.group(1).equalsIgnoreCase("DELETE") ? "deletes" : "inserts again") + " its " + rows + " row(s)");
            }
        }
        return out;
    }

    private static final int DUPLICATES_SHOWN = 5;

    /**
     * The first new unique index (a {@code .unique()}, a unique constraint or index the push creates) whose key rows of the database
     * already share, said with the shared values (at most 5, most rows first) and the query that lists them all; null when none.
     * Read with the index's own text (its COLLATE, expressions and WHERE; a column's declared collation is GROUP BY's too); an index
     * whose table or column the push itself creates or renames cannot be read before it runs, and is left to the database.
     */
    private String duplicateKeys(SchemaDiff diff, List<String> statements) {
        for (Change c : diff.changes()) {
            if (!(c instanceof Change.CreateIndex ci) || !ci.index().unique() || reshapes(diff, ci.table())) continue;
            String name = ci.index().name().toLowerCase(java.util.Locale.ROOT);
            for (String statement : statements) {
                String query = dev.godwit.engine.sql.DuplicateKeysQuery.of(statement);
                String lower = statement.toLowerCase(java.util.Locale.ROOT);
                if (query == null || !lower.contains("`" + name + "`") && !lower.contains("\"" + name + "\"")) continue;
                List<Map<String, Object>> found;
                try {
                    found = db.query(query + " LIMIT " + (DUPLICATES_SHOWN + 1));
                } catch (DatabaseException unreadable) {
                    break;   // a table or column of this push: the database will say
                }
                if (found.isEmpty()) break;
                List<String> keys = new ArrayList<>();
                for (Map<String, Object> row : found.subList(0, Math.min(DUPLICATES_SHOWN, found.size()))) {
                    List<Object> values = new ArrayList<>(row.values());
                    Object rows = values.remove(values.size() - 1);
                    keys.add((values.size() == 1 ? dev.godwit.engine.sql.DuplicateKeysQuery.shown(values.get(0))
                            : "(" + String.join(", ", values.stream().map(dev.godwit.engine.sql.DuplicateKeysQuery::shown).toList()) + ")")
                            + " in " + rows + " rows");
                }
                return "the new unique index \"" + ci.index().name() + "\" on \"" + ci.table() + "\" (" + String.join(", ", ci.index().columns())
                        + "): these values are held by more than one row" + (found.size() > DUPLICATES_SHOWN ? " (the first " + DUPLICATES_SHOWN
                        + ", most rows first)" : "") + ": " + String.join("; ", keys) + ". List them all: " + query;
            }
        }
        return null;
    }

    /**
     * Whether this push makes, renames or reshapes {@code table} (a column added, dropped, renamed or altered, its key changed): the
     * database does not hold the index's columns as the index reads them yet, and a double-quoted name the table lacks reads as a
     * string in SQLite, so every row "shared" the value 'mail' of lower("mail") over a column renamed to mail in the same push.
     * Left to the push, where SQLite says what fails.
     */
    private static boolean reshapes(SchemaDiff diff, String table) {
        for (Change c : diff.changes()) {
            String t = c instanceof Change.CreateTable x ? x.def().name() : c instanceof Change.RenameTable x ? x.to()
                    : c instanceof Change.AddColumn x ? x.table() : c instanceof Change.DropColumn x ? x.table()
                    : c instanceof Change.RenameColumn x ? x.table() : c instanceof Change.AlterColumn x ? x.table()
                    : c instanceof Change.AlterPrimaryKey x ? x.table() : null;
            if (t != null && SqliteNames.same(t, table)) return true;
        }
        return false;
    }

    /**
     * The first CHECK the push adds (or changes) on a table it does not otherwise reshape whose expression rows already make false,
     * said with how many and the query that lists them; null when none. A CHECK passes on NULL, as {@code NOT (expr)} does not
     * select it. One on a table the push creates, renames or reshapes is left to the database, as a new UNIQUE there is.
     */
    private String rowsBreakingNewChecks(SchemaDiff diff) {
        for (Change c : diff.changes()) {
            if (!(c instanceof Change.AddCheck a) || reshapes(diff, a.table())) continue;
            String query = "SELECT * FROM " + Quoting.doubleQuoted(a.table()) + " WHERE NOT (" + a.check().expression() + ")";
            long rows;
            try {
                List<Map<String, Object>> n = db.query("SELECT count(*) AS n FROM (" + query + ")");
                rows = n.isEmpty() || !(n.get(0).get("n") instanceof Number num) ? 0 : num.longValue();
            } catch (DatabaseException unreadable) {
                continue;   // an expression this database cannot read before the push: the push says
            }
            if (rows == 0) continue;
            return "the new CHECK \"" + a.check().name() + "\" on \"" + a.table() + "\" (" + a.check().expression() + "): " + rows
                    + " row(s) make it false. List them: " + query;
        }
        return null;
    }

    /**
     * The first foreign key the push adds (or changes) whose rows reference a parent row that is not there, said with how many and
     * the query that lists them, that nothing was changed and what to do; null when none. A row with a NULL in the key refers to nothing and passes, as in
     * SQLite. The parent's column is compared first, so its collation decides, as it does for SQLite. Read under the names the
     * database has before the push; one on or to a table the push creates, or over a column it adds, is left to the database.
     */
    private String rowsBreakingNewForeignKeys(SchemaDiff diff) {
        for (Change c : diff.changes()) {
            if (!(c instanceof Change.AddForeignKey a) || a.fk().refColumns().size() != a.fk().columns().size() || a.fk().columns().isEmpty()
                    || newInThisPush(diff, a.table(), a.fk().columns()) || newInThisPush(diff, a.fk().refTable(), a.fk().refColumns())) continue;
            List<String> from = a.fk().columns(), to = a.fk().refColumns();
            // read under the names the database has now (a column the push also renames or makes NOT NULL is still there)
            StringBuilder query = new StringBuilder("SELECT * FROM " + Quoting.doubleQuoted(liveTable(diff, a.table())) + " AS c WHERE ");
            for (String col : from) query.append("c.").append(Quoting.doubleQuoted(liveColumn(diff, a.table(), col))).append(" IS NOT NULL AND ");
            query.append("NOT EXISTS (SELECT 1 FROM ").append(Quoting.doubleQuoted(liveTable(diff, a.fk().refTable()))).append(" AS p WHERE ");
            for (int i = 0; i < from.size(); i++) {
                query.append(i == 0 ? "" : " AND ").append("p.").append(Quoting.doubleQuoted(liveColumn(diff, a.fk().refTable(), to.get(i))))
                        .append(" = c.").append(Quoting.doubleQuoted(liveColumn(diff, a.table(), from.get(i))));
            }
            query.append(")");
            long rows;
            try {
                List<Map<String, Object>> n = db.query("SELECT count(*) AS n FROM (" + query + ")");
                rows = n.isEmpty() || !(n.get(0).get("n") instanceof Number num) ? 0 : num.longValue();
            } catch (DatabaseException unreadable) {
                continue;   // a table or column this database does not have yet: the push says
            }
            if (rows == 0) continue;
            String parent = Quoting.doubleQuoted(a.fk().refTable()), child = Quoting.doubleQuoted(a.table());
            return "the new foreign key " + Quoting.doubleQuoted(a.fk().name()) + " on " + child + " (" + String.join(", ", from) + ") -> "
                    + parent + " (" + String.join(", ", to) + "): " + rows + " row(s) reference a row " + parent + " does not have. List them: "
                    + query + "\nNothing was changed. Add the missing rows to " + parent + ", or update or delete those rows of " + child
                    + " first, then push again.";
        }
        return null;
    }

    /** Whether the push creates {@code table} or adds one of {@code columns} to it: the database holds no rows of them to read yet. */
    private static boolean newInThisPush(SchemaDiff diff, String table, List<String> columns) {
        for (Change c : diff.changes()) {
            if (c instanceof Change.CreateTable t && SqliteNames.same(t.def().name(), table)) return true;
            if (c instanceof Change.AddColumn x && SqliteNames.same(x.table(), table)
                    && columns.stream().anyMatch(col -> SqliteNames.same(col, x.column().name()))) return true;
        }
        return false;
    }

    /** Destructive changes that would lose rows or values actually present. Empty tables and columns lose nothing. */
    /**
     * For a table the push would drop that is named as another tool's own (a pulled database's _prisma_migrations, left out of
     * the schema afterwards as the pull's warning says, but pushed without -Ddb.tablesFilter): the filter that leaves it alone,
     * where -Ddb.force alone, the way the refusal names first, would drop that tool's history.
     */
    private static String othersTables(SchemaDiff diff) {
        StringBuilder out = new StringBuilder();
        for (Change c : diff.destructiveChanges()) {
            if (!(c instanceof Change.DropTable t)) continue;
            String tool = dev.godwit.engine.pull.OtherToolsTables.toolOf(t.def());
            if (tool == null) continue;
            out.append(" Table ").append(Quoting.doubleQuoted(t.def().name())).append(" is named as ").append(tool).append("'s own table:")
                    .append(" if ").append(tool).append(" still uses this database, leave it alone rather than drop it: ")
                    .append(dev.godwit.engine.pull.OtherToolsTables.filterFor("!" + t.def().name()))
                    .append(" (and the same <tablesFilter> in the POM).");
        }
        return out.toString();
    }

    private List<String> dataLosses(SchemaDiff diff) {
        List<String> out = new ArrayList<>();
        // the database has a table or column the push renames under its old name: counted there (a renamed column made NOT NULL had
        // its NULLs counted under the new name, which SQLite took for a string, "alias" IS NULL never true, and they became '' unasked);
        // the column named with its table, so a name the table lacks is an error (counted as data), never a string
        java.util.function.UnaryOperator<String> from = t -> Quoting.doubleQuoted(liveTable(diff, t));
        java.util.function.BinaryOperator<String> column = (t, c) -> from.apply(t) + "." + Quoting.doubleQuoted(liveColumn(diff, t, c));
        for (Change c : diff.changes()) {
            // The rebuild fills NULLs of a column that becomes NOT NULL with its default or the type's zero, or numbers them (the rowid).
            if (c instanceof Change.AlterColumn a && a.after().notNull() && !a.before().notNull()) {
                long nulls = count("SELECT count(*) AS n FROM " + from.apply(a.table()) + " WHERE " + column.apply(a.table(), a.after().name()) + " IS NULL");
                if (nulls > 0) {
                    String fill = a.becomesRowid() ? "the next free ids (it becomes the INTEGER PRIMARY KEY, the rowid)"
                            : (a.after().defaultValue() != null ? "its default " : "") + Change.AlterColumn.fillValue(a.after());
                    out.add("column \"" + a.table() + "\".\"" + a.after().name() + "\" becomes NOT NULL but " + nulls
                            + " row(s) hold NULL there; they would get " + fill);
                }
            }
        }
        for (Change c : diff.destructiveChanges()) {
            if (c instanceof Change.DropTable t) {
                long rows = count("SELECT count(*) AS n FROM " + from.apply(t.def().name()));
                if (rows > 0) out.add("drop table \"" + t.def().name() + "\" with " + rows + " row(s)");
            } else if (c instanceof Change.DropColumn d) {
                long values = count("SELECT count(*) AS n FROM " + from.apply(d.table()) + " WHERE " + column.apply(d.table(), d.column().name()) + " IS NOT NULL");
                if (values > 0) out.add("drop column \"" + d.table() + "\".\"" + d.column().name() + "\" with " + values + " non-null value(s)");
            } else if (c instanceof Change.AlterPrimaryKey pk) {
                long nulls = count("SELECT count(*) AS n FROM " + from.apply(pk.table()) + " WHERE " + column.apply(pk.table(), pk.numbered()) + " IS NULL");
                if (nulls > 0) out.add(pk.describe() + " (" + nulls + " row(s) hold NULL there)");
            } else if (c instanceof Change.AlterColumn a && !a.rewritesValues()) {
                continue;   // only its NULLs are filled: counted above
            } else {
                String table = c.table();
                long rows = table == null ? 0 : count("SELECT count(*) AS n FROM " + from.apply(table));
                if (rows > 0) out.add(c.describe() + " (" + rows + " row(s) may change)");
            }
        }
        return out;
    }

    /** The table's name in the database before the push: its old name where the push renames it. */
    private static String liveTable(SchemaDiff diff, String table) {
        return diff.tableBefore(table);
    }

    /** The column's name in the database before the push: its old name where the push renames it. */
    private static String liveColumn(SchemaDiff diff, String table, String column) {
        String key = dev.godwit.schema.model.SqliteNames.key(liveTable(diff, table));
        for (Change c : diff.changes()) {
            if (c instanceof Change.RenameColumn r && dev.godwit.schema.model.SqliteNames.key(r.to()).equals(dev.godwit.schema.model.SqliteNames.key(column))
                    && dev.godwit.schema.model.SqliteNames.key(liveTable(diff, r.table())).equals(key)) {
                return r.from();
            }
        }
        return column;
    }

    /** A count, or 1 when it cannot be taken (e.g. a table renamed in the same push): assume there is data. */
    private long count(String sql) {
        List<Map<String, Object>> rows;
        try {
            rows = db.query(sql);
        } catch (DatabaseException e) {
            return 1;
        }
        Object n = rows.isEmpty() ? null : rows.get(0).get("n");
        return n instanceof Number num ? num.longValue() : 0;
    }
}
