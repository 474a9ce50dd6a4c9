package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.CheckCrash.Run.PREFLIGHT;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.D1Limits;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.LossDeclaration;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.PendingCheck;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.engine.target.Target;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The pre-flight of {@code db:apply}: before anything is applied, the pending migrations run on a
 * copy that holds rows, the way D1 runs them (foreign keys on, each migration one transaction, so a
 * {@code PRAGMA foreign_keys=OFF} inside it does nothing), and every table that held rows is
 * compared before and after each migration. Rows that vanish from a table the migration keeps,
 * references set to NULL or changed, and columns filled with their own name refuse the apply with
 * a table-by-table report, unless {@code -Ddb.acceptDataLoss} acknowledges them.
 *
 * <p>The copy: for a local file (and wrangler's local D1 file) a backup of the file, so the real
 * rows are used. For remote D1, a local replica built from the statements D1 stores for its tables,
 * indexes, views and triggers, holding {@value #SYNTHESISED_ROWS} generated rows in each table that
 * holds rows on D1 (one {@code EXISTS} probe per table tells which), consistent with the foreign keys.
 */
public final class Preflight implements PendingCheck {

    /** Set by {@link #check}: the migration the apply will stop at, as the copy did. */
    private String applyStopsAt;

    static final int SYNTHESISED_ROWS = 3;
    private static final long SEED = 20_260_101L;

    /** How a copy holding the real rows is described (and told from a replica with generated rows). */
    private static final String EXACT = " (its rows as they are now)";

    /** A constraint the rows break (a UNIQUE index on duplicates, a CHECK, a foreign key over orphans): a failure, not a loss. */
    private static final java.util.regex.Pattern CONSTRAINT_FAILED = java.util.regex.Pattern.compile("(UNIQUE|CHECK|FOREIGN KEY|NOT NULL) constraint failed");
    static final String CONSTRAINT_HINT = "Rows there break a constraint the migration adds or keeps: a migration runs as one transaction, so"
            + " nothing of it is applied and no row is lost. Fix those rows first (in a custom migration before it, mvn db:generate -Ddb.custom)"
            + " or loosen the constraint.";
    /** Said where a remote D1 replica's failure is decided by the schema alone (SchemaOnlyFailure). */
    static final String SCHEMA_ALONE = "No row makes or avoids this failure (SQLite meets it preparing the statement, before any row is read,"
            + " also in a trigger the statement may fire): the database's schema, which the replica copies, decides it, so the database fails"
            + " it too.";

    /** Said where a remote D1 replica's failure names what the replica was made without (SchemaOnlyFailure.replicaLacks). */
    public static String replicaLacksHint(String name) {
        return "\"" + name + "\" is in the database but not in the replica, which is made without the history tables and SQLite's and D1's"
                + " internals: this failure is the replica's, and says nothing of the database. The pre-flight did not check this migration"
                + " or those after it.";
    }

    /** The same failure on a replica: its rows are generated, so they say nothing of whether the database's own rows break it. */
    static final String GENERATED_ROWS_CONSTRAINT_HINT = "The rows that break it are the ones the pre-flight generated, not the database's: the"
            + " apply stops there only if the database's own rows break the constraint too, and then nothing of the migration is applied and"
            + " no row is lost. Check them first (a SELECT of the rows the constraint refuses); if some do, fix them (in a custom migration"
            + " before it, mvn db:generate -Ddb.custom) or loosen the constraint.";

    private Supplier<Replica> copy;
    /**
     * The same copy on disk (a file's; null for a replica of generated rows): the check runs again on it where the copy in memory
     * outgrew its cap ({@link Replica#inMemoryGrowth}), the migrations writing more than the file held.
     */
    private Supplier<Replica> copyOnDisk;
    private final String copyWhat;
    private final boolean acceptDataLoss;
    private final EngineLog log;
    // the settings below (and copy) are set on a copy of this by the with... methods
    private boolean foreignKeysOffAround;
    /** The history rows the folder lacks that this apply goes on beside ({@link #historyLacks}): db:baseline refuses them. */
    private List<String> historyLacks = List.of();
    /** The db:repair command for the database checked (mvn db:repair alone works on the configured one, D1 unless -Dlocal). */
    private String repairCommand;
    /** What {@code wrangler d1 execute} calls the remote database, for the query a partial prediction asks to run there. */
    private String wranglerName = "<database>";
    /**
     * Whether a plain SQLite file's migrations also go to D1 (a D1 project applying to a local copy): its copy's times are then
     * held to D1's 30 s per request too. A copy that stands for D1 (wrangler's local D1 file) always is.
     */
    private boolean d1Project;
    /** How a refusal's way on says to apply a loss as it is: a flag of this run, or the goal to run (for an application). */
    private String acceptAsItIs = "pass -Ddb.acceptDataLoss";
    /** How a refusal's way on says to try again once a migration is fixed: the goal run again, or an application's next start. */
    private String again = "run db:apply again";

    Preflight(Supplier<Replica> copy, String copyWhat, boolean acceptDataLoss, EngineLog log, boolean local) {
        this.copy = copy;
        this.copyWhat = copyWhat;
        this.acceptDataLoss = acceptDataLoss;
        this.log = log;
        this.repairCommand = "mvn db:repair" + (local ? " -Dlocal" : "");
    }

    private Preflight copied() {
        Preflight p = new Preflight(copy, copyWhat, acceptDataLoss, log, false);
        p.copyOnDisk = copyOnDisk;
        p.foreignKeysOffAround = foreignKeysOffAround;
        p.repairCommand = repairCommand;
        p.wranglerName = wranglerName;
        p.d1Project = d1Project;
        p.acceptAsItIs = acceptAsItIs;
        p.again = again;
        return p;
    }

    /**
     * Runs the copy the way {@code -Ddb.local.foreignKeysOff} applies: a migration holding {@code PRAGMA foreign_keys=OFF}
     * runs with foreign keys off around its transaction, so the pre-flight predicts that apply rather than D1's.
     */
    public Preflight withForeignKeysOffAround(boolean off) {
        Preflight p = copied();
        p.foreignKeysOffAround = off;
        return p;
    }

    /**
     * Whether the project's migrations go to Cloudflare D1 as well: a plain SQLite file's copy is then timed against D1's 30 s
     * per request too (wrangler's local D1 file always is; a plain SQLite app's file is not, as nothing there cuts a request).
     */
    public Preflight forD1Project(boolean d1) {
        Preflight p = copied();
        // a plain file's copy tries each statement under D1's limits too, to warn of one D1 would refuse (the apply goes on: it is SQLite)
        if (d1 && !this.d1Project) {
            Supplier<Replica> plain = copy;
            p.copy = () -> plain.get().withD1LimitsTried();
            Supplier<Replica> plainOnDisk = copyOnDisk;
            if (plainOnDisk != null) p.copyOnDisk = () -> plainOnDisk.get().withD1LimitsTried();
        }
        p.d1Project = d1;
        return p;
    }

    /** Warns of the statements of {@code m} the copy found over D1's limits (a plain SQLite file in a project that also goes to D1). */
    private void warnOverD1Limits(Replica r, Migration m) {
        for (String[] over : r.takeOverD1Limits()) {
            int at = m.statements().indexOf(over[0]);
            log.warn("Pre-flight: " + m.fileName() + (at >= 0 ? ", statement " + (at + 1) + " of " + m.statements().size() : "") + ", runs on "
                    + copyWhat + " but goes over one of Cloudflare D1's limits, where it fails (" + over[1] + "):\n    "
                    + StatementRules.shown(over[0]) + "\n  " + D1Limits.hint(over[1]) + " The local apply goes on (a plain SQLite file has SQLite's"
                    + " limits); if the project's migrations also go to D1, fix it now.");
        }
    }

    /**
     * The -D arguments that picked this database on db:apply's command line ({@code -Ddb.d1.databaseId=ID}, {@code -Ddb.env=NAME},
     * {@code -Ddb.local.path=...}), which the db:repair command of the way on carries, as db:apply's other refusals do.
     */
    public Preflight withCommandArgs(String args) {
        Preflight p = copied();
        p.repairCommand = repairCommand + (args == null ? "" : args);
        return p;
    }

    /**
     * Run by an application (Godwit.migrate) on its local file, named by {@code commandArgs} ({@code -Ddb.local.path=...}): the way
     * on names the goals to run on that file, where a goal's refusal names a flag of its own run.
     */
    public Preflight fromApplication(String commandArgs) {
        Preflight p = withCommandArgs(commandArgs);
        p.acceptAsItIs = "run mvn db:apply -Dlocal" + (commandArgs == null ? "" : commandArgs) + " -Ddb.acceptDataLoss (Godwit.migrate takes no"
                + " such option)";
        p.again = "start the application again";
        return p;
    }

    /**
     * The pre-flight for a target: a backup of a local file, a replica with generated rows for remote D1. A copy that stands
     * for D1 (wrangler's local D1 file, remote D1) runs the migrations under D1's limits, so one D1 refuses for them stops
     * the apply before the migrations ahead of it are applied.
     */
    public static Preflight forTarget(Target target, Database db, Set<String> historyTables, boolean acceptDataLoss, EngineLog log) {
        // the copy waits for another connection's lock as long as the apply's statements do (3 s: db:apply beside a writing app failed)
        long wait = dev.godwit.engine.db.SqliteDatabase.DEFAULT_LOCK_WAIT.toMillis();
        if (target instanceof Target.LocalFile f) return ofFile(f.file(), acceptDataLoss, log, dev.godwit.engine.db.SqliteDatabase.DEFAULT_LOCK_WAIT);
        if (target instanceof Target.WranglerLocalD1 w) {
            Preflight p = new Preflight(() -> Replica.backupOf(w.file(), false, wait, log::warn).withD1Limits(), copyOf(w.file()), acceptDataLoss, log, true);
            p.copyOnDisk = () -> Replica.backupOf(w.file(), true, wait, log::warn).withD1Limits();
            return p;
        }
        Preflight live = ofLiveSchema(db, historyTables, acceptDataLoss, log);
        return target instanceof Target.RemoteD1 r ? live.named(r.name()) : live;
    }

    /**
     * The same pre-flight, telling the user to run its queries with {@code wrangler d1 execute NAME}: the database_name of
     * wrangler's config (or the id), which wrangler's commands take.
     */
    public Preflight named(String name) {
        if (name == null || name.isBlank()) return this;
        String shown = name.matches("[A-Za-z0-9._-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
        Preflight p = copied();
        p.wranglerName = shown;
        return p;
    }

    /** Runs the pending migrations on a backup of the SQLite file (its real rows). */
    public static Preflight ofFile(Path file, boolean acceptDataLoss, EngineLog log) {
        Preflight p = new Preflight(() -> Replica.backupOf(file, false), copyOf(file), acceptDataLoss, log, true);
        p.copyOnDisk = () -> Replica.backupOf(file, true);
        return p;
    }

    /**
     * As {@link #ofFile(Path, boolean, EngineLog)}, the copy waiting up to {@code lockWait} for another connection's lock on the file,
     * as the apply's statements wait (an application's Godwit.configure().lockWait): it gave up after 3 s, so an instance starting
     * while another applied a long migration failed ("copied nothing: the database was locked ... for 3.0 s") within the wait.
     */
    public static Preflight ofFile(Path file, boolean acceptDataLoss, EngineLog log, java.time.Duration lockWait) {
        long ms = lockWait.compareTo(java.time.Duration.ofMillis(Integer.MAX_VALUE)) >= 0 ? Integer.MAX_VALUE : lockWait.toMillis();
        Preflight p = new Preflight(() -> Replica.backupOf(file, false, ms, log::warn), copyOf(file), acceptDataLoss, log, true);
        p.copyOnDisk = () -> Replica.backupOf(file, true, ms, log::warn);
        return p;
    }

    static String copyOf(Path file) {
        return "a copy of " + file.toAbsolutePath().normalize() + EXACT;
    }

    /** Runs the pending migrations on a local replica of {@code live}'s schema with generated rows in the tables that hold rows there. */
    public static Preflight ofLiveSchema(Database live, Set<String> historyTables, boolean acceptDataLoss, EngineLog log) {
        Preflight p = replicaOf(live, historyTables, acceptDataLoss, log);
        // without wrangler's name for it, the id: wrangler d1 execute takes that too
        return live instanceof dev.godwit.engine.d1.D1Database d1 ? p.named(d1.databaseId()) : p;
    }

    private static Preflight replicaOf(Database live, Set<String> historyTables, boolean acceptDataLoss, EngineLog log) {
        return new Preflight(() -> {
            Replica r = Replica.schemaOf(live, historyTables).withD1Limits();
            try {
                SchemaDef schema = r.schema();
                Set<String> withRows = tablesWithRows(live, schema);
                if (!withRows.isEmpty()) {
                    Map<String, String> notFilled = new java.util.LinkedHashMap<>();
                    Set<String> emptied = new RowGenerator(r, SEED).fillAgainWhereEmptied(schema, SYNTHESISED_ROWS, withRows, notFilled);
                    for (Map.Entry<String, String> e : notFilled.entrySet()) {
                        log.warn("Pre-flight: could not generate rows for \"" + e.getKey() + "\" (" + e.getValue() + "); the pre-flight does not cover it.");
                    }
                    for (String t : emptied) {
                        log.warn("Pre-flight: the rows generated for \"" + t + "\" were deleted by a trigger as other tables were filled; the"
                                + " pre-flight does not cover it.");
                    }
                    Set<String> notGenerated = new HashSet<>(notFilled.keySet());
                    notGenerated.addAll(emptied);
                    r.noteRowsNotGenerated(notGenerated);
                }
                // the virtual tables holding rows of their own there (FTS5, R*Tree), which the schema, and so the generator, leaves out
                Set<String> virtualWithRows = VirtualTableRows.holdingRows(live, r);
                if (!virtualWithRows.isEmpty()) {
                    for (Map.Entry<String, String> e : VirtualTableRows.fill(r, virtualWithRows::contains, SYNTHESISED_ROWS, new KeyRanges()).entrySet()) {
                        log.warn("Pre-flight: could not generate rows for \"" + e.getKey() + "\" (" + e.getValue() + "); the pre-flight does not cover it.");
                    }
                }
                return r;
            } catch (RuntimeException e) {
                r.close();
                throw e;
            }
        }, "a local replica of " + live.describe() + " (its schema, with " + SYNTHESISED_ROWS + " generated rows in each table that holds rows there)",
                acceptDataLoss, log, false);
    }

    /** Which tables hold at least one row: one query of EXISTS probes per 50 tables (D1 bills the rows a query reads; EXISTS reads one). */
    static Set<String> tablesWithRows(Database live, SchemaDef schema) {
        Set<String> out = new HashSet<>();
        List<String> tables = schema.tables().stream().map(TableDef::name).toList();
        for (int from = 0; from < tables.size(); from += 50) out.addAll(holdingRows(live, tables.subList(from, Math.min(tables.size(), from + 50))));
        return out;
    }

    /** Those of {@code tables} that hold at least one row in {@code live}, as named there: one query of EXISTS probes for them all. */
    static Set<String> holdingRows(Database live, List<String> tables) {
        StringBuilder sb = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append("EXISTS(SELECT 1 FROM ").append(Quoting.doubleQuoted(tables.get(i))).append(") AS c").append(i);
        }
        Map<String, Object> row = live.query(sb.toString()).get(0);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            if (row.get("c" + i) instanceof Number n && n.longValue() != 0) out.add(tables.get(i));
        }
        return out;
    }

    /** Whether a table's AUTOINCREMENT counter stands above 0 (in sqlite_sequence, which the copy's row counts leave out). */
    private static boolean heldCounters(Replica r) {
        return r.count("SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'") > 0
                && r.count("SELECT count(*) FROM main.sqlite_sequence WHERE seq > 0") > 0;
    }

    /** Whether the change removes or rewrites rows, as a later migration may do to rows an earlier one wrote; not a mistake on any rows. */
    private static boolean removesOrRewrites(RowChange c) {
        return !c.searchIndex() && c.kind() != RowChange.Kind.FILLED_WITH_OWN_NAME && c.kind() != RowChange.Kind.WRITTEN_FROM_QUOTED_NAME;
    }

    /** The kinds of loss found, for the report's first line. */
    private static List<String> whatGoes(List<RowChange> changes, List<String> lost, List<String> brokenViews, List<String> brokenTriggers) {
        List<String> out = new ArrayList<>();
        if (changes.stream().anyMatch(c -> !c.searchIndex())) out.add("remove or rewrite rows");
        if (changes.stream().anyMatch(RowChange::searchIndex)) out.add("leave full-text indexes that do not match their rows");
        if (!lost.isEmpty()) out.add("drop what the tables had beyond their columns");
        // a view the migrations create unreadable never worked: "no longer" would send the user looking for what broke it
        if (!brokenViews.isEmpty()) out.add(brokenViews.stream().allMatch(v -> v.contains("\", created")) ? "leave views that cannot be read" : "leave views that no longer work");
        if (!brokenTriggers.isEmpty()) out.add("leave triggers that can no longer run");
        return out;
    }

    /** Replacing statements whose loss generated rows cannot show: refused, or warned about with -Ddb.acceptDataLoss. */
    private void refuseUnseen(List<String> unseen) {
        String msg = "Pre-flight: " + copyWhat + " cannot tell which of the database's rows these statements replace (its keys are"
                + " generated), and each replaced row is deleted first, its ON DELETE CASCADE / SET NULL children with it:\n  - "
                + String.join("\n  - ", unseen) + "\n  Write an upsert that deletes nothing, INSERT … ON CONFLICT (key) DO UPDATE SET …";
        if (acceptDataLoss) {
            log.warn(msg + ".\n  Applying anyway because of -Ddb.acceptDataLoss.");
            return;
        }
        throw new PreflightRefusedException(msg + ", or " + acceptAsItIs + " if no replaced row has children to lose. Nothing was applied.",
                List.of());
    }

    /**
     * How the migrations could declare these losses intended: the line goes into a hand-written one as it is; a generated
     * one's checksum guards its text, so there the edit is recorded with db:repair too.
     */
    private String howToDeclare(List<RowChange> changes) {
        Map<Migration, List<RowChange>> byMigration = new java.util.LinkedHashMap<>();
        for (RowChange c : changes) byMigration.computeIfAbsent(c.migration(), k -> new ArrayList<>()).add(c);
        List<String> ways = new ArrayList<>();
        List<RowChange> handWritten = new ArrayList<>();
        for (Map.Entry<Migration, List<RowChange>> e : byMigration.entrySet()) {
            if (LossDeclaration.generated(e.getKey())) ways.add(LossDeclaration.forGenerated(e.getKey(), RowChange.declarationFor(e.getValue()), repairCommand));
            else handWritten.addAll(e.getValue());
        }
        if (!handWritten.isEmpty()) {
            ways.add("if a hand-written migration means to remove those rows, declare it there instead, for its tables only: "
                    + RowChange.declarationFor(handWritten));
        }
        return String.join("; ", ways);
    }

    /**
     * A loss declaration naming no table there is before or after the migration (a red-team review wrote "order" for "orders"):
     * it declares nothing for the table meant, which then is refused; said here, where the typo is.
     */
    private void warnUnknownDeclared(Migration m, Set<String> declared, Set<String> before, Set<String> after) {
        List<String> unknown = declared.stream().filter(t -> !before.contains(t) && !after.contains(t)).map(t -> dev.godwit.engine.sql.Quoting.doubleQuoted(t)).toList();
        if (unknown.isEmpty()) return;
        log.warn("Pre-flight: " + m.fileName() + "'s " + RowChange.DECLARATION + " line names " + String.join(", ", unknown) + ", which "
                + (unknown.size() == 1 ? "is no table" : "are no tables") + " of the database before or after it: it declares nothing there"
                + " (a mistyped name?). Tables are named as SQLite names them, comma-separated, quoted when need be.");
    }

    /**
     * For rows deleted by a migration that backed their table up into a copy, dropped it and created it again, where a later
     * pending migration copies the backup back: why that pair is still refused and the way on; null for other deletions. Each
     * migration is its own transaction (on D1 its own request): where the apply stops between the two (the copy back failing on
     * the database's rows, a cut request, a killed run), the table stays empty, its rows only in the backup.
     */
    private static String restoredLater(RowChange c, List<Migration> pending) {
        int at = pending.indexOf(c.migration());
        if (at < 0) return null;
        for (String[] b : StatementText.backups(c.migration().statements())) {
            if (!dev.godwit.schema.model.SqliteNames.key(b[0]).equals(dev.godwit.schema.model.SqliteNames.key(c.table()))) continue;
            for (Migration later : pending.subList(at + 1, pending.size())) {
                if (!LossRules.readsInto(later.statements(), b[1], b[0])) continue;
                return later.fileName() + " copies them back from " + Quoting.doubleQuoted(b[1]) + " in a migration of its own, and each migration"
                        + " is its own transaction (on D1 its own request): where the apply stops between the two (the copy back failing on the"
                        + " database's rows, a request cut, a run killed), " + Quoting.doubleQuoted(c.table()) + " stays empty and its rows are in "
                        + Quoting.doubleQuoted(b[1]) + " only. Back up, drop, create and copy back in one migration (or rename the table away,"
                        + " create the new one, INSERT INTO ... SELECT from the old one and drop it, in one migration), or declare it in "
                        + c.migration().fileName() + " if the pair is meant to run so";
            }
        }
        return null;
    }

    /** What to do about rows a statement deleted or unlinked, by what the statement is; null where nothing more can be said. */
    private static String deletionWay(RowChange c) {
        String st = c.statementText();
        if (st == null) return null;
        List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(st);
        if (t.isEmpty()) return null;
        String dropped = dev.godwit.engine.sql.StatementKind.droppedTable(st);
        if (dropped != null && dev.godwit.schema.model.SqliteNames.key(dropped).equals(dev.godwit.schema.model.SqliteNames.key(c.table()))) {
            // its own DROP TABLE, the table created again under its name: a reset
            return "dropping a table and creating it again empties it, as DELETE FROM does: copy its rows into the new one (rename it away,"
                    + " create the new table, INSERT INTO ... SELECT from the old one, drop the old one), or declare it if they are meant to go";
        }
        if (dropped != null) {
            boolean rebuilt = c.migration().statements().stream().anyMatch(s -> {
                String made = dev.godwit.engine.sql.StatementKind.createdTable(s);
                String[] renamed = StatementText.tableRenames(List.of(s)).stream().findFirst().orElse(null);
                return made != null && dev.godwit.schema.model.SqliteNames.key(made).equals(dev.godwit.schema.model.SqliteNames.key(dropped))
                        || renamed != null && dev.godwit.schema.model.SqliteNames.key(renamed[1]).equals(dev.godwit.schema.model.SqliteNames.key(dropped));
            });
            return rebuilt ? "a rebuild of a parent table with ON DELETE CASCADE/SET NULL children deletes or unlinks their rows on D1: save and"
                    + " restore the children in the migration, or regenerate it with mvn db:generate"
                    : "dropping a parent table deletes or unlinks the rows of its ON DELETE CASCADE/SET NULL children (foreign keys on, as on D1):"
                    + " drop or empty the children first, or declare it if their rows are meant to go";
        }
        if (t.size() > 2 && t.get(0).is("INSERT") && t.get(1).is("OR") && t.get(2).is("IGNORE")) {
            return "an INSERT OR IGNORE copies no row that conflicts with one copied before it, on the key or a UNIQUE column: those rows are"
                    + " left behind; resolve the duplicates first, or declare it if they are meant to go";
        }
        boolean replaces = t.get(0).is("REPLACE") || t.size() > 2 && t.get(0).is("INSERT") && t.get(1).is("OR") && t.get(2).is("REPLACE");
        String replaceTarget = replaces ? WriteTarget.name(t, 0) : null;
        if (replaceTarget != null && c.kind() == RowChange.Kind.ROWS_DELETED && copiesInto(c, st, t)
                && !dev.godwit.schema.model.SqliteNames.key(replaceTarget).equals(dev.godwit.schema.model.SqliteNames.key(c.table()))) {
            // a rebuild's copy by REPLACE: rows that conflict in the new table fold into the last one copied
            return "a copy by REPLACE keeps, of the rows that conflict on the new table's key or a UNIQUE column (a collation such as NOCASE"
                    + " makes more of them equal), only the last one copied, deleting the others, which are gone with the old table: resolve the"
                    + " duplicates first (an UPDATE or DELETE the migration runs before the copy), or declare it if they are meant to go";
        }
        if (replaces) {
            return "a REPLACE deletes every row its new row conflicts with, on the key or any UNIQUE column, and their ON DELETE CASCADE/SET NULL"
                    + " children's rows: write an upsert that deletes nothing, INSERT … ON CONFLICT (key) DO UPDATE SET …";
        }
        if (t.get(0).is("DELETE") || t.get(0).is("WITH") && t.stream().anyMatch(k -> k.is("DELETE"))) {
            boolean own = StatementText.mentions(StatementText.code(st), c.table());
            return own ? "a DELETE of the migration removes those rows: keep them, or declare it if they are meant to go"
                    : "rows deleted from a parent table take or unlink their ON DELETE CASCADE/SET NULL children's rows too: keep those parent rows,"
                    + " or, if the children's rows are meant to go, declare it";
        }
        if (c.kind() == RowChange.Kind.ROWS_DELETED && t.get(0).is("INSERT") && !copiesInto(c, st, t)) {
            // an INSERT into another table that deletes these rows: a trigger of that table does (a red-team saw the copy's advice here)
            return "the INSERT fires a trigger that deletes those rows (one on the table it writes, or a trigger that one fires): keep them,"
                    + " drop or change the trigger first, or declare it if they are meant to go";
        }
        String leavesOut = c.kind() == RowChange.Kind.ROWS_DELETED && t.get(0).is("INSERT") ? LossRules.leavesRowsOut(st) : null;
        if (leavesOut != null) {
            // the copy's own clause left them out (an INSERT OR IGNORE is said above): not a matter of keys
            return "the copy's " + leavesOut + (leavesOut.equals("DISTINCT") || leavesOut.equals("GROUP BY")
                    ? " folds rows sharing the values it selects into one" : leavesOut.equals("LIMIT") ? " stops after that many rows"
                    : " keeps only the rows it matches (rows holding NULL there too)") + ", and the rows it leaves out are gone with the old table:"
                    + " copy every row (resolve the duplicates or fix the values first, with an UPDATE or DELETE the migration runs before it), or"
                    + " declare it if they are meant to go";
        }
        String into = c.kind() == RowChange.Kind.ROWS_DELETED && t.get(0).is("INSERT") ? WriteTarget.name(t, 0) : null;
        if (into != null && !dev.godwit.schema.model.SqliteNames.key(into).equals(dev.godwit.schema.model.SqliteNames.key(c.table()))
                && skipsOnConflict(c.migration().statements(), into)) {
            // the copy has no clause leaving rows out: the new table, or a trigger on it, refused them quietly
            return "the new table " + Quoting.doubleQuoted(into) + " quietly refuses some of the rows copied into it, by a conflict clause"
                    + " it declares (NOT NULL or UNIQUE ... ON CONFLICT IGNORE skips a row, ON CONFLICT REPLACE deletes the row it meets) or a"
                    + " trigger on it that ends in RAISE(IGNORE); those rows are gone with the old table: fix or resolve them first (an UPDATE or"
                    + " DELETE the migration runs before the copy), drop that clause or trigger, or declare it if they are meant to go";
        }
        if (c.kind() == RowChange.Kind.ROWS_DELETED && (t.get(0).is("INSERT") || t.get(0).is("ALTER"))) {
            return "a rebuild's copy keeps each row only where it copies the key columns as they are: a copy that leaves the primary key out"
                    + " numbers the rows afresh, one that computes it gives them other keys";
        }
        return null;
    }

    /**
     * Whether the migration makes table {@code into} with a conflict clause that skips or replaces rows ({@code ON CONFLICT IGNORE}
     * or {@code REPLACE}), or a trigger on it raising IGNORE: either leaves rows out of a plain copy without a word.
     */
    private static boolean skipsOnConflict(List<String> statements, String into) {
        String key = dev.godwit.schema.model.SqliteNames.key(into);
        for (String s : statements) {
            List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(s);
            String made = dev.godwit.engine.sql.StatementKind.createdTable(s);
            boolean onInto = made != null && dev.godwit.schema.model.SqliteNames.key(made).equals(key)
                    || t.size() > 2 && t.get(0).is("CREATE") && t.stream().anyMatch(x -> x.is("TRIGGER")) && StatementText.mentions(StatementText.code(s), into);
            if (!onInto) continue;
            for (int k = 0; k + 2 < t.size(); k++) {
                if (t.get(k).is("ON") && t.get(k + 1).is("CONFLICT") && (t.get(k + 2).is("IGNORE") || t.get(k + 2).is("REPLACE"))) return true;
                if (t.get(k).is("RAISE") && t.get(k + 1).isPunct("(") && t.get(k + 2).is("IGNORE")) return true;
            }
        }
        return false;
    }

    /**
     * Whether the INSERT puts rows into the table whose rows went ({@code c.table()}) or into the table the migration renames to its
     * name (a rebuild's {@code __new_t}), or reads that table's rows: a copy of them, not a write elsewhere.
     */
    private static boolean copiesInto(RowChange c, String statement, List<dev.godwit.engine.sql.SqlLexer.Token> t) {
        String target = WriteTarget.name(t, 0);
        if (target == null) return true;
        String table = dev.godwit.schema.model.SqliteNames.key(c.table());
        if (dev.godwit.schema.model.SqliteNames.key(target).equals(table)) return true;
        List<String[]> renames = StatementText.tableRenames(c.migration().statements());
        if (dev.godwit.schema.model.SqliteNames.key(StatementText.nameAfter(renames, target)).equals(table)) return true;
        return StatementText.mentions(StatementText.code(statement), c.table());
    }

    /**
     * {@code the column "users"."bio" (2 values), the values it held}: columns of kept tables the migrations drop (a trial saw none
     * named); with what a filtered copy of one left behind ({@code leftOut}: "2 of them copied nowhere, left out by ...").
     */
    private static String droppedColumns(Map<String, Long> columns, Map<String, String> leftOut) {
        List<String> each = new ArrayList<>();
        columns.forEach((c, n) -> each.add(c + " (" + n + (n == 1 ? " value" : " values") + (leftOut.containsKey(c) ? "; " + leftOut.get(c) : "") + ")"));
        return (columns.size() == 1 ? "the column " : "the columns ") + String.join(", ", each) + (columns.size() == 1 ? ", the values it held" : ", the values they held");
    }

    /** {@code "posts"."title" (5 values changed)}: the columns a copy computes whose values it changed. */
    private static String writtenOnPurpose(Map<String, Long> columns) {
        List<String> each = new ArrayList<>();
        columns.forEach((c, n) -> each.add(c + " (" + n + (n == 1 ? " value changed)" : " values changed)")));
        return String.join(", ", each);
    }

    /** {@code "workspaces" (3 rows), the rows it held}: the tables the migrations drop, with the rows they held before. */
    private static String droppedTables(Map<String, Long> dropped) {
        // "which held": where a hand-written migration copied the rows elsewhere first, they are not lost, the table is gone all the same
        List<String> each = new ArrayList<>();
        dropped.forEach((t, n) -> each.add(dev.godwit.engine.sql.Quoting.doubleQuoted(t) + " (" + n + (n == 1 ? " row)" : " rows)")));
        return String.join(", ", each) + (dropped.size() == 1 ? ", the rows it held" : ", the rows they held");
    }

    private static Migration pendingNamed(List<Migration> pending, String fileName) {
        return pending.stream().filter(m -> m.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    /** "statement i of n:", the statement, and "SQLite says: " under it, for a failure at index {@code at}; null when it names none. */
    private static String failingStatement(Migration m, int at) {
        if (at < 0 || at >= m.statements().size()) return null;
        return "statement " + (at + 1) + " of " + m.statements().size() + ":\n    " + StatementRules.shown(m.statements().get(at)) + "\n  SQLite says: ";
    }

    /**
     * -Ddb.local.foreignKeysOff in a D1 project: the copy ran as this apply runs (foreign keys off around a migration that asks for
     * it), which D1 does not do: there {@code PRAGMA foreign_keys=OFF} runs inside the migration's transaction and does nothing, so a
     * rebuild of a parent table deletes its ON DELETE CASCADE children's rows. A red-team's drizzle-kit rebuild read "no rows removed
     * or rewritten" and BUILD SUCCESS here and lost every child row on D1. The migrations (those the copy ran through) run again on a
     * fresh copy the way D1 runs them, foreign keys on; what they remove or rewrite there beyond what the copy found (or where they
     * fail there) is the warning returned, with the way on; the apply goes on as asked. Null where nothing differs, and nothing runs
     * again where no migration asks for foreign keys off.
     */
    private String whatD1Does(List<Migration> ran, Set<String> foundHere) {
        if (!foreignKeysOffAround || !d1Project || ran.stream().noneMatch(m -> dev.godwit.engine.sql.ForeignKeysPragma.asksOff(m.statements()))) return null;
        long t0 = System.nanoTime();
        List<RowChange> onD1 = new ArrayList<>();
        String failsOnD1 = null;
        try (Replica r = copy.get()) {
            boolean noRows = Shape.all(r).isEmpty() && ran.stream().flatMap(m -> m.statements().stream()).noneMatch(StatementText::writesRows);
            if (noRows) return null;   // nothing to lose on D1 either
            for (Migration m : ran) {
                DataCheck.Outcome o = DataCheck.run(r, m, false, false);
                r.takeOverD1Limits();   // warned of by the copy already
                if (o.failure() != null) {
                    int at = o.failure().statementIndex();
                    String says = o.failure().databaseMessage() != null ? o.failure().databaseMessage() : o.failure().getMessage();
                    String statement = failingStatement(m, at);
                    failsOnD1 = m.fileName() + (statement != null ? ", " + statement : ": ") + says;
                    break;
                }
                for (RowChange c : o.changes()) {
                    if (!c.declared() && !c.acknowledgedByGenerate() && !foundHere.contains(c.describe())) onD1.add(c);
                }
            }
        }
        if (onD1.isEmpty() && failsOnD1 == null) return null;
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> asking = ran.stream().filter(m -> dev.godwit.engine.sql.ForeignKeysPragma.asksOff(m.statements())).map(Migration::fileName).toList();
        StringBuilder sb = new StringBuilder("Pre-flight: on D1, which ignores PRAGMA foreign_keys=OFF (it runs inside the migration's transaction"
                + " there), ");
        if (failsOnD1 != null) {
            sb.append("the apply would stop at ").append(failsOnD1).append("\n  (nothing of that migration would be applied there)");
            if (!onD1.isEmpty()) sb.append(", and before it the pending migrations ");
        } else {
            sb.append("the pending migrations ");
        }
        if (!onD1.isEmpty()) {
            sb.append("remove or rewrite rows that this apply keeps:");
            for (RowChange c : onD1) sb.append("\n  - ").append(c.describe());
        }
        sb.append("\n  This apply switches foreign keys off around ").append(String.join(", ", asking)).append(" (-Ddb.local.foreignKeysOff), which"
                + " has no effect on D1 or wrangler's local D1; ran again on a copy of ").append(copyWhat.startsWith("a copy of ") ? copyWhat.substring(10) : copyWhat)
                .append(" as D1 runs them, foreign keys on (").append(ms).append(" ms). The local apply goes on; before these migrations go to D1"
                + " (wrangler d1 migrations apply --remote, db:apply), fix them");
        java.util.Set<String> ways = new java.util.LinkedHashSet<>();
        for (RowChange c : onD1) {
            String way = deletionWay(c);
            if (way != null) ways.add(way);
        }
        if (!ways.isEmpty()) sb.append(" (").append(String.join("; ", ways)).append(")");
        return sb.append('.').toString();
    }

    /** A replica of a live database is built from its stored schema, read whenever migrations are pending. */
    @Override
    public boolean readsStoredSchema() {
        return !copyWhat.endsWith(EXACT);
    }

    @Override
    public String applyStopsAt() {
        return applyStopsAt;
    }

    @Override
    public void historyLacks(List<String> rows) {
        this.historyLacks = rows == null ? List.of() : List.copyOf(rows);
    }

    @Override
    public void check(List<Migration> pending) {
        applyStopsAt = null;
        if (pending.isEmpty()) return;
        long t0 = System.nanoTime();
        List<RowChange> changes = new ArrayList<>();
        long tables;
        long rows;
        Set<String> rowsNotGenerated;   // tables holding rows on the database that the replica has none of: it was not empty
        boolean countersBefore;   // an AUTOINCREMENT counter above 0, which no row count includes: the database's, kept across deletes
        int ran = 0;
        int declared = 0;   // losses a migration declared (-- godwit:accept-data-loss), logged as they are found
        int accepted = 0;   // type changes db:generate wrote with -Ddb.acceptDataLoss, logged as they are found
        Map<String, Long> dropped;   // tables that held rows and are gone after the migrations, with their counts
        Map<String, Long> droppedColumns = new java.util.LinkedHashMap<>();   // "t"."c" of kept tables, with the values they held
        Map<String, String> leftOutOfCopies = new java.util.LinkedHashMap<>();   // of those, what filtered copies of them left behind
        Map<String, Long> writtenOnPurpose = new java.util.LinkedHashMap<>();   // "t"."c" a copy computes, with the values it changed
        // "t"."c" of dropped columns the snapshot before their migration lacks (drift: added outside the migrations), to the
        // migration that drops them: no migration declared their drop, a rebuild just does not copy them
        Map<String, String> unknownColumns = new java.util.LinkedHashMap<>();
        String failed = null;   // the migration the copy stopped at, if any
        List<String> lost;
        List<String> brokenViews;
        List<String> brokenTriggers;
        List<String> unseen = new ArrayList<>();   // what generated rows cannot show (UnseenReplace)
        Map<String, List<String>> partial = new java.util.LinkedHashMap<>();   // by migration: filtered writes generated rows miss (UnseenFilteredWrite)
        // said before the outcome: migrations that took long enough on real rows for D1's 30 s per request to cut them, tables a
        // rename split over two migrations leaves empty between them (SplitRenames)
        List<String> warnings = new ArrayList<>();
        Set<String> foundHere = new HashSet<>();   // every change the copy found, declared or not: what D1 does beyond them is warned of
        SplitRenames splitRenames = new SplitRenames();
        String grewOutOfMemory = null;   // the migration at which the copy in memory outgrew its cap
        Migration reading = null;   // the migration the checks are on, named where one crashes (CheckCrash)
        try (Replica r = copy.get()) {
            // an empty database: nothing to lose. The statements are still run (cheaply, nothing counted): a later migration that fails
            // would stop the apply after the earlier ones were committed, and a dry run must fail where the apply will (a review)
            boolean noRows = Shape.all(r).isEmpty() && pending.stream().flatMap(m -> m.statements().stream()).noneMatch(StatementText::writesRows);
            boolean alone = pending.size() == 1 && noRows && DataCheck.run(r, pending.get(0), foreignKeysOffAround, true).failure() == null;
            if (alone) warnOverD1Limits(r, pending.get(0));
            else r.takeOverD1Limits();   // run again below, and warned about there
            if (alone) {
                log.info("Pre-flight: " + copyWhat + " holds no tables yet and the " + pending.size()
                        + " pending migration(s) write no rows: nothing to lose (" + (System.nanoTime() - t0) / 1_000_000 + " ms).");
                return;
            }
            Map<String, TableFeatures> featuresBefore = TableFeatures.read(r);
            Set<String> viewsBefore = BrokenViews.working(r);
            Set<String> viewsExisted = BrokenViews.all(r);
            Set<String> viewsCreated = new java.util.HashSet<>();   // by the pending migrations, again or anew
            Set<String> viewsDropped = new java.util.HashSet<>();   // by name (DROP VIEW), so far in the run
            Set<String> triggersBrokenBefore = BrokenTriggers.in(r).keySet();
            Map<String, Long> heldBefore = DataCheck.rowsByTable(r);
            rows = heldBefore.values().stream().mapToLong(Long::longValue).sum();
            tables = heldBefore.values().stream().filter(n -> n > 0).count();
            rowsNotGenerated = r.rowsNotGenerated();
            countersBefore = heldCounters(r);
            List<Migration> ranThrough = new ArrayList<>();
            Map<Integer, Map<String, TableFeatures>> featuresBetween = new java.util.HashMap<>();
            DroppedTables drops = new DroppedTables(heldBefore);
            Map<String, String> viewBrokenBy = new java.util.LinkedHashMap<>();   // view -> the migration that left it unreadable
            for (Migration m : pending) {
                reading = m;
                warnings.addAll(splitRenames.copiedBackBy(r, m));
                UnseenDuplicateKeys uniqueIndexes = null;   // read before the migration runs, said after it (an index made again passes)
                if (!copyWhat.endsWith(EXACT)) {
                    // these read the statements before they run: a crash names the statement it trips on (CheckCrash)
                    unseen.addAll(CheckCrash.guard(PREFLIGHT, "UnseenReplace.in", m, x -> UnseenReplace.in(r, x)));
                    List<String> notTried = new ArrayList<>(CheckCrash.guard(PREFLIGHT, "UnseenFilteredWrite.in", m, x -> UnseenFilteredWrite.in(r, x)));
                    notTried.addAll(CheckCrash.guard(PREFLIGHT, "UnseenTriggerConditions.in", m, x -> UnseenTriggerConditions.in(r, x)));
                    notTried.addAll(CheckCrash.guard(PREFLIGHT, "CopyFiredTriggers.unseen", m, CopyFiredTriggers::unseen));
                    uniqueIndexes = CheckCrash.guard(PREFLIGHT, "UnseenDuplicateKeys.before", m, x -> UnseenDuplicateKeys.before(r, x));
                    notTried.addAll(CheckCrash.guard(PREFLIGHT, "UnseenFilteredWrite.nulling", m, x -> UnseenFilteredWrite.nulling(r, x)));
                    notTried.addAll(CheckCrash.guard(PREFLIGHT, "UnseenFilteredWrite.defaulted", m, x -> UnseenFilteredWrite.defaulted(r, x)));
                    if (!notTried.isEmpty()) partial.put(m.fileName(), notTried);
                }
                Set<String> declaredTables = RowChange.declaredTables(m);
                Set<String> tablesBefore = declaredTables.isEmpty() ? Set.of() : Shape.all(r).keySet();
                // generated rows (a remote D1 database's replica) are all set and all distinct: where they show nothing, rows holding
                // NULL or sharing a value are tried too, as the database's own rows do
                List<RowChange> edge = !r.holdsRealRows() && !noRows && !StatementText.onlyAdds(m.statements()) && EdgeRows.mayTellRowsApart(m) && !EdgeRows.writtenByGenerate(m)
                        ? EdgeRows.changes(r, m, r.schema(), copy -> DataCheck.run(copy, m, foreignKeysOffAround, false)) : List.of();
                // a text column given numeric affinity: the synthesised texts read as no number, the database's may (UnseenConversions)
                SchemaDef beforeRetype = !copyWhat.endsWith(EXACT) && !noRows && UnseenConversions.mayRetype(m) ? r.schema() : null;
                // a json_object reshape dropping keys the real rows hold: said, as it may be meant (read before the migration runs)
                if (r.holdsRealRows() && !noRows) warnings.addAll(CheckCrash.guard(PREFLIGHT, "JsonReshape.droppedKeys", m, x -> JsonReshape.droppedKeys(r, x)));
                DataCheck.Outcome o = DataCheck.run(r, m, foreignKeysOffAround, noRows);
                List<String> sharedKeys = uniqueIndexes == null || o.failure() != null ? List.of() : uniqueIndexes.after(r);
                if (!sharedKeys.isEmpty()) partial.computeIfAbsent(m.fileName(), k -> new ArrayList<>()).addAll(sharedKeys);
                if (beforeRetype != null && o.failure() == null) {
                    List<String> converts = UnseenConversions.in(r, m, beforeRetype, r.schema());
                    if (!converts.isEmpty()) partial.computeIfAbsent(m.fileName(), k -> new ArrayList<>()).addAll(converts);
                }
                // and where they show a loss (a declared one), what the edge rows show beyond it
                List<RowChange> edgeLost = o.failure() == null ? EdgeRows.beyond(o.changes(), edge) : List.of();
                if (!edgeLost.isEmpty()) {
                    warnings.add("Pre-flight: " + m.fileName() + EdgeRows.NOTE + " below");
                    List<RowChange> all = new ArrayList<>(o.changes());
                    all.addAll(edgeLost);
                    o = new DataCheck.Outcome(all, null, o.nanos(), o.droppedColumns(), o.writtenOnPurpose(), o.leftOutOfCopies());
                }
                warnOverD1Limits(r, m);
                if (!declaredTables.isEmpty() && o.failure() == null) warnUnknownDeclared(m, declaredTables, tablesBefore, Shape.all(r).keySet());
                if (o.failure() != null) {
                    int at = o.failure().statementIndex();
                    String statement = failingStatement(m, at);
                    String where = statement != null ? " at " + statement : ": ";
                    String says = o.failure().databaseMessage() != null ? o.failure().databaseMessage() : o.failure().getMessage();
                    String overLimit = r.underD1Limits() ? D1Limits.hint(says) : null;
                    if (overLimit != null) says += "\n  " + overLimit;
                    String rowidAlias = dev.godwit.engine.migrate.RowidAliasHint.of(says);
                    if (rowidAlias != null) says += "\n  " + rowidAlias;
                    for (String hint : dev.godwit.engine.migrate.FailedStatementHints.of(m.statements(), at, o.failure().databaseMessage(), repairCommand, again)) {
                        says += "\n  " + hint;
                    }
                    // a deferred COMMIT failing with no row at fault: the rows are not what to fix (DataCheck.COUNTED_NOT_BROKEN says what is)
                    boolean counted = says.contains(DataCheck.COUNTED_NOT_BROKEN);
                    boolean generatedRowsBreakIt = !counted && !copyWhat.endsWith(EXACT) && CONSTRAINT_FAILED.matcher(says).find();
                    String duplicates = DuplicateKeys.hint(r, m.statements(), at, says);
                    if (generatedRowsBreakIt) says += "\n  " + GENERATED_ROWS_CONSTRAINT_HINT;
                    else if (!counted && CONSTRAINT_FAILED.matcher(says).find()) says += "\n  " + CONSTRAINT_HINT;
                    if (duplicates != null) says += "\n  " + duplicates;
                    int before = pending.indexOf(m);
                    String noRoom = CopyOutOfRoom.reason(o.failure());
                    if (noRoom != null && r.inMemory() && copyOnDisk != null) {
                        // the migrations write more than the file held (a seed of millions of rows into a small file): the copy in
                        // memory took 541 MB for a 250 MB result at an application's start, which a 512 MiB container does not have
                        grewOutOfMemory = m.fileName();
                        break;
                    }
                    if (noRoom != null) {
                        // the copy's own disk or memory gave out, not the migration: the apply, on another disk, would go on and
                        // do what the pre-flight never got to compare (a rebuild's cascade), so this is no "the apply stops there too"
                        String what = "Pre-flight: " + copyWhat.replace(EXACT, "") + " ran out of room (" + noRoom + ") running " + m.fileName()
                                + where + says + "\n  " + CopyOutOfRoom.wayOn();
                        if (!acceptDataLoss) {
                            warnings.forEach(log::warn);
                            throw new PreflightRefusedException(what + "\n  Nothing was applied: the pre-flight could not compare what "
                                    + m.fileName() + (pending.size() - before > 1 ? " and the migrations after it do" : " does") + " to the rows. Or "
                                    + acceptAsItIs + " to apply without that comparison.", List.of());
                        }
                        log.warn(what + "\n  Applying without that comparison (-Ddb.acceptDataLoss).");
                        failed = m.fileName();
                        break;
                    }
                    boolean exact = copyWhat.endsWith(EXACT);
                    // a name the replica of a live schema was made without (a history table, D1's _cf_KV): its gap, not the database's
                    String replicaLacks = exact ? null : SchemaOnlyFailure.replicaLacks(o.failure(), r.leftOut());
                    boolean schemaAlone = !exact && replicaLacks == null && SchemaOnlyFailure.of(o.failure());
                    if ((exact || schemaAlone) && before > 0) {
                        // The copy holds the real rows (or the failure is one no row makes or avoids, "duplicate column name", "no such
                        // table" also from a trigger the statement fires, on a remote D1 replica of generated rows: production committed
                        // the migrations before it and stopped between): the apply would fail there too, after committing the ones before it.
                        warnings.forEach(log::warn);   // the migrations before it are still to be applied, and may be cut on D1
                        throw new PreflightRefusedException("Pre-flight: " + m.fileName() + " fails on " + copyWhat + where + says
                                + (schemaAlone ? "\n  " + SCHEMA_ALONE : "") + "\n  The apply"
                                + " would stop there after committing the " + before + " pending migration(s) before it, leaving the database"
                                + " between the two. Nothing was applied. Fix " + m.fileName()
                                + (schemaAlone ? (SchemaOnlyFailure.lacking(o.failure()) ? " (or the database's schema, if it was changed outside the"
                                        + " migrations)" : "") : " (or the rows it trips on)") + " first.", List.of());
                    }
                    if (replicaLacks != null) says += "\n  " + replicaLacksHint(replicaLacks);
                    boolean predicts = !generatedRowsBreakIt && replicaLacks == null;
                    log.warn("Pre-flight: " + m.fileName() + " fails on " + copyWhat + where + says
                            + (predicts ? "\n  The apply will stop there too." : "") + (before > 0 ? " Checked the migrations before it." : ""));
                    failed = m.fileName();
                    if (predicts) applyStopsAt = m.fileName();
                    break;
                }
                // generated rows say nothing of time; the real ones do
                // and only where the migrations go to D1 (wrangler's local D1 file runs under its limits; a plain file in a D1 project)
                String slowOne = r.holdsRealRows() && (r.underD1Limits() || d1Project) ? D1RequestTime.warning(m, o.nanos(), copyWhat) : null;
                if (slowOne != null) warnings.add(slowOne);
                for (RowChange c : o.changes()) {
                    foundHere.add(c.describe());
                    if (c.acknowledgedByGenerate()) {
                        log.info("Pre-flight: " + c.describe() + " (a type change db:generate wrote only with -Ddb.acceptDataLoss)");
                        accepted++;
                    } else if (!c.declared()) changes.add(c);
                    else {
                        log.info("Pre-flight: " + c.describe() + " (declared intended by " + c.migration().fileName() + ": " + RowChange.DECLARATION + ")");
                        declared++;
                    }
                }
                ranThrough.add(m);
                // a trigger it creates is one a later migration of the run can lose (a rebuild of its table)
                if (LostTriggers.createsTrigger(m.statements())) featuresBetween.put(ranThrough.size() - 1, TableFeatures.read(r));
                drops.after(r, m);
                r.noteRenamedAway(m.statements());
                r.noteCopies(m);
                splitRenames.note(r, m);
                o.droppedColumns().forEach(droppedColumns::putIfAbsent);
                o.leftOutOfCopies().forEach(leftOutOfCopies::putIfAbsent);
                for (String c : UnknownColumns.of(m, o.droppedColumns().keySet())) unknownColumns.putIfAbsent(c, m.fileName());
                o.writtenOnPurpose().forEach((c, n) -> writtenOnPurpose.merge(c, n, Long::sum));
                ran++;
                viewsCreated.addAll(BrokenViews.createdIn(m.statements(), viewsDropped));
                BrokenViews.noteBrokenBy(r, viewsBefore, viewsExisted, viewsCreated, m.fileName(), viewBrokenBy);
            }
            reading = null;
            warnings.addAll(splitRenames.leftEmpty(r));
            lost = TableFeatures.lostIn(featuresBefore, TableFeatures.read(r), ranThrough, featuresBetween);
            brokenViews = BrokenViews.broken(r, viewsBefore, viewsExisted, viewsCreated, viewBrokenBy);
            brokenTriggers = BrokenTriggers.broken(r, triggersBrokenBefore);
            dropped = drops.dropped();
        } catch (RuntimeException e) {
            throw CheckCrash.of(PREFLIGHT, Preflight.class, reading, e);
        }
        if (grewOutOfMemory != null) {
            log.info("Pre-flight: the copy in memory outgrew " + Replica.inMemoryGrowth / (1024 * 1024) + " MB running " + grewOutOfMemory
                    + " (the migrations write more than the file holds): checking again on a copy in java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + ").");
            Preflight onDisk = copied();
            onDisk.copy = copyOnDisk;
            onDisk.copyOnDisk = null;
            onDisk.check(pending);
            applyStopsAt = onDisk.applyStopsAt;
            return;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // said after the copy's own summary, which it qualifies
        String onD1 = whatD1Does(failed == null ? pending : pending.subList(0, pending.indexOf(pendingNamed(pending, failed))), foundHere);
        warnings.forEach(log::warn);
        for (Map.Entry<String, List<String>> p : partial.entrySet()) {
            log.warn("Pre-flight: the prediction for " + p.getKey() + " is partial. On " + copyWhat + ":\n  - " + String.join("\n  - ", p.getValue())
                    + "\n  Run that query on the database (wrangler d1 execute " + wranglerName + " --remote --command \"...\"); if it counts rows, "
                    + UnseenFilteredWrite.whatTheApplyDoes(p.getValue()) + ".");
        }
        if (!unseen.isEmpty()) refuseUnseen(unseen);
        if (!unknownColumns.isEmpty()) {
            List<String> each = new ArrayList<>();
            unknownColumns.forEach((c, file) -> each.add(c + " (" + droppedColumns.get(c) + (droppedColumns.get(c) == 1 ? " value" : " values")
                    + ", dropped by " + file + ")"));
            String said = "Pre-flight: the pending migrations drop " + (each.size() == 1 ? "a column" : each.size() + " columns")
                    + " of " + copyWhat + " that no migration's snapshot has, with the values " + (each.size() == 1 ? "it holds" : "they hold")
                    + ":\n  - " + String.join("\n  - ", each) + "\n  The database has " + (each.size() == 1 ? "it" : "them")
                    + " beside what its migrations made (added by hand, a hotfix, a db:baseline -Ddb.force over a database that differed):"
                    + " a rebuild copies only the columns its snapshot knows, so no migration declared this drop.";
            if (!acceptDataLoss) {
                // declaring it alone does not keep it: a rebuild copies the columns of the snapshot before it, which still lacks it
                throw new PreflightRefusedException(said + " Nothing was applied. If " + (each.size() == 1 ? "it is" : "they are") + " meant to go, "
                        + acceptAsItIs + " to apply it as it is. If " + (each.size() == 1 ? "it is" : "they are") + " to stay, bring "
                        + (each.size() == 1 ? "it" : "them") + " into the migrations first: take back the migration that drops "
                        + (each.size() == 1 ? "it" : "them") + " (mvn db:drop, where no database applied it), declare " + (each.size() == 1 ? "the column" : "them")
                        + " in the schema and run db:generate (a migration adding " + (each.size() == 1 ? "it" : "them") + "), record that one here with"
                        + " db:baseline -Ddb.baseline=<its tag> (this database has " + (each.size() == 1 ? "it" : "them") + " already), then generate the"
                        + " change again: its rebuild then copies " + (each.size() == 1 ? "it" : "them") + ".", List.of());
            }
            log.warn(said + " Applying anyway because of -Ddb.acceptDataLoss.");
        }
        // A copy that held no row before these migrations (a fresh file, a new D1 database) loses none of its own: what they remove
        // or rewrite, one of them wrote (SonicJS's 019 deletes a collection its 002 seeded), and refusing it refused a fresh apply
        // of a folder wrangler applies. Said, not refused; over rows the database holds (a seed applied before) it is refused.
        // A replica's table the generator left empty may hold rows on the database (a trigger refusing any insert): not held to be
        // empty, nor a file whose emptied table's AUTOINCREMENT counter a rebuild sets back (its ids handed out again). A full-text
        // index out of step with its rows, or a double-quoted name written as a text, is a mistake on any rows.
        List<RowChange> own = rows == 0 && rowsNotGenerated.isEmpty() && !countersBefore ? changes.stream().filter(Preflight::removesOrRewrites).toList() : List.of();
        boolean ownRowsOnly = !own.isEmpty();
        if (ownRowsOnly) {
            StringBuilder said = new StringBuilder("Pre-flight: " + copyWhat + " held no rows before the pending migrations; of the rows they"
                    + " write themselves, later ones remove or rewrite these (nothing the database held):");
            for (RowChange c : own) said.append("\n  - ").append(c.describe());
            log.info(said.toString());
            changes.removeAll(own);
        }
        if (changes.isEmpty() && lost.isEmpty() && brokenViews.isEmpty() && brokenTriggers.isEmpty()) {
            if (ran == 0) return;   // the first one failed: the warning above said all there is (and nothing ran before it)
            log.info("Pre-flight: ran " + ran + " pending migration(s)" + (failed == null ? "" : " (those before " + failed + ")") + " on " + copyWhat
                    + ", " + rows + " row(s) in " + tables + " table(s): no rows removed or rewritten"
                    + (ownRowsOnly ? " but their own, above" : "")
                    // right under the declared or accepted losses, a bare "no rows removed" read as if they had not happened; so it did
                    // beside a table dropped with its rows (a drop db:generate wrote with -Ddb.acceptDataLoss)
                    + (dropped.isEmpty() ? "" : " in the tables they keep")
                    + (declared > 0 && accepted > 0 ? " other than those declared and the type changes accepted above"
                            : declared > 0 ? " other than those declared above" : accepted > 0 ? " other than the type changes accepted above" : "")
                    + (dropped.isEmpty() ? "" : "; they drop " + droppedTables(dropped))
                    + (droppedColumns.isEmpty() ? "" : (dropped.isEmpty() ? "; they drop " : "; and they drop ") + droppedColumns(droppedColumns, leftOutOfCopies))
                    // a column the copy computes (upper(note), a CASE) is taken as written on purpose and not compared: said, not left
                    // under a flat "no rows rewritten" (a red-team's CAST(title AS INTEGER) turned 'hello' into 0 there)
                    + (writtenOnPurpose.isEmpty() ? "" : "; not compared, taken as written on purpose (a copy computing them, an upsert): "
                            + writtenOnPurpose(writtenOnPurpose))
                    // under a partial prediction the sentence holds for the generated rows only (a new-user trial read it as the whole answer)
                    + (partial.isEmpty() ? "" : "; that is of the generated rows, and the prediction for " + String.join(", ", partial.keySet())
                            + " is partial (see above)") + " (" + ms + " ms).");
            if (onD1 != null) log.warn(onD1);
            return;
        }
        if (onD1 != null) log.warn(onD1);
        StringBuilder sb = new StringBuilder("Pre-flight: the pending migrations, run on " + copyWhat
                + (foreignKeysOffAround ? " as this apply runs them (foreign keys off around a migration that asks for it), "
                        // a plain SQLite app's migrations never go to D1: its refusal read "as D1 runs them" (a red team, round 51)
                        : (d1Project ? " as D1 runs them" : " as this apply runs them") + " (foreign keys on, each migration one transaction), ")
                + String.join(" and ", whatGoes(changes, lost, brokenViews, brokenTriggers)) + ":");
        for (RowChange c : changes) sb.append("\n  - ").append(c.describe());
        for (String l : lost) sb.append("\n  - ").append(l.replace("pass -Ddb.acceptDataLoss", acceptAsItIs));
        for (String v : brokenViews) sb.append("\n  - ").append(v);
        for (String t : brokenTriggers) sb.append("\n  - ").append(t);
        if (acceptDataLoss) {
            log.warn(sb + "\n  Applying anyway because of -Ddb.acceptDataLoss.");
            return;
        }
        if (changes.stream().anyMatch(RowChange::byTrigger)) sb.append("\n  ").append(RowChange.TRIGGER_WAY_OUT);
        sb.append("\n  Nothing was applied. Fix the migration");
        // a way on for each cause of rows gone or unlinked, as the statement named shows it (a plain DELETE of a leaf table read
        // "rows deleted from a parent table" before; a plain DROP TABLE "a rebuild")
        java.util.Set<String> ways = new java.util.LinkedHashSet<>();
        for (RowChange c : changes) {
            if (c.kind() == RowChange.Kind.ROWS_DELETED || c.kind() == RowChange.Kind.SET_NULL || c.kind() == RowChange.Kind.REFERENCE_CHANGED) {
                String restored = c.kind() == RowChange.Kind.ROWS_DELETED ? restoredLater(c, pending) : null;
                String way = restored != null ? restored : deletionWay(c);
                if (way != null) ways.add(way);
            }
        }
        if (!ways.isEmpty()) sb.append(" (").append(String.join("; ", ways)).append(")");
        // a column the rebuild's copy does not carry (the migration adds it) holds values already: db:push, or a hand change, brought
        // it here before db:generate wrote the migration; "fix the migration" or accepting the loss would overwrite them with the default
        // (a generated migration's copy carries every column of the snapshot before it: one it leaves out is new to the migrations)
        changes.stream().filter(c -> c.kind() == RowChange.Kind.VALUES_NOT_KEPT && c.statementText() != null
                        && dev.godwit.engine.folder.LossDeclaration.generatedAsWritten(c.migration())
                        && c.statementText().stripLeading().regionMatches(true, 0, "INSERT", 0, 6)
                        && !StatementText.mentions(StatementText.code(c.statementText()), c.column()))
                .findFirst().ifPresent(c -> sb.append(" (\"").append(c.table()).append("\".\"").append(c.column()).append("\" is a column ")
                        .append(c.migration().fileName()).append(" adds, but the database has it already, holding values: db:push or a hand change"
                        + " brought it here before the migration was written. On a development database, bring the rest of the schema with db:push"
                        + (historyLacks.isEmpty() ? " and record the migration as applied with db:baseline -Ddb.baseline=" + c.migration().tag()
                        // db:baseline refuses a history with rows the folder lacks, and sends to db:repair: named at once
                        : " and record the migration as applied with " + repairCommand + ", which removes the history's rows of migrations the"
                        + " folder lacks (" + dev.godwit.engine.migrate.HistoryCheck.someOf(historyLacks, "db:status lists them all")
                        + ", which db:baseline refuses) and records the migrations whose schema the database then has"))
                        .append(" instead of applying it)"));
        if (changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.VALUES_NOT_KEPT && c.writesOwnValues())) {
            sb.append(" (rows written out as INSERT ... VALUES replace the database's values with those written: copy them from the table"
                    + " instead, renaming it away, creating the new one and INSERT INTO ... SELECT from the old one, or write them out again"
                    + " from the database as it is now)");
        }
        if (changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.VALUES_NOT_KEPT && !c.writesOwnValues())) {
            sb.append(" (a rebuild keeps a column's values only where its copy puts each kept column into the column of its name, INSERT INTO"
                    + " new (a, b) SELECT a, b FROM old; a column to rename is renamed, ALTER TABLE t RENAME COLUMN a TO b, not dropped and added)");
        }
        if (changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.WRITTEN_BY_COPY_TRIGGER)) {
            sb.append(" (a rebuild creates the new table's triggers after the copy and the ALTER TABLE ... RENAME, so they fire for the writes"
                    + " that come after it, not for the rows it moves: move the CREATE TRIGGER to the end of the migration)");
        }
        if (changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.VALUES_CAST)) {
            sb.append(" (a CAST(c AS INTEGER), REAL or NUMERIC in a copy keeps only the numbers and the texts spelling one: copy the column as it is,"
                    + " or rewrite or clear the other values first with an UPDATE the migration runs before the copy)");
        }
        if (changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.NULLED_BY_SUBQUERY)) {
            sb.append(" (an UPDATE setting a column from a subquery sets only the rows it finds one for when it says so: add WHERE EXISTS"
                    + " (the same SELECT), or keep the value it held, coalesce((SELECT ...), column))");
        }
        if (changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.NULLED_BY_SUBQUERY_VALUE)) {
            // WHERE EXISTS does not help there: the subquery finds the row, and its value is the NULL
            sb.append(" (where the subquery finds a row whose value is NULL, WHERE EXISTS does not skip it: keep the value the row held,"
                    + " coalesce((SELECT ...), column), or set only the rows it finds a value for, WHERE (the same SELECT) IS NOT NULL)");
        }
        changes.stream().filter(c -> c.kind() == RowChange.Kind.NULLED_BY_CASE).findFirst().ifPresent(c -> {
            String col = c.column();
            sb.append(" (a CASE without ELSE gives NULL to every row no WHEN matches: end it with ELSE " + col + ", which keeps the value the row"
                    + " held, or set only the rows it means, WHERE " + col + " IN (...))");
        });
        changes.stream().filter(c -> c.kind() == RowChange.Kind.NULLED_BY_OWN_VALUE).findFirst().ifPresent(c -> {
            String col = c.column();
            String qc = Quoting.doubleQuoted(col);
            // the expression as the migration writes it, so the query can be pasted as it is
            String e = c.statementText() == null ? null : StatementText.ownValueSets(c.statementText(), Set.of(SqliteNames.key(c.table()))).entrySet().stream()
                    .filter(x -> SqliteNames.key(x.getKey()).equals(SqliteNames.key(col))).map(Map.Entry::getValue).findFirst().orElse(null);
            String expr = e == null ? "(the expression)" : e;
            sb.append(" (an expression gives NULL for a value it cannot read, and the UPDATE then empties it; the rows it empties: SELECT " + qc
                    + " FROM " + Quoting.doubleQuoted(c.table()) + " WHERE " + qc + " IS NOT NULL AND " + expr + " IS NULL; convert those"
                    + " first, keep the value, coalesce(" + expr + ", " + col + "), or set only the rows it reads, WHERE " + expr + " IS NOT NULL)");
        });
        // in the user's names: the hints once quoted the example they were written for (data, '$.ui.theme', amount)
        changes.stream().filter(c -> c.kind() == RowChange.Kind.JSON_KEY_NULLED).findFirst().ifPresent(c -> {
            String col = Quoting.doubleQuoted(c.column());
            sb.append(switch (JsonSetNulls.writtenWith(c.statementText(), c.column())) {
                case "json_object" -> " (give the key the value the row holds under it where the new one is missing, json_object(..., 'key', coalesce(new value,"
                        + " json_extract(" + col + ", '$.key')), ...), or set only the rows that have it, WHERE new value IS NOT NULL)";
                case "json_patch" -> " (keep the value the row holds where the new one is missing, json_patch(" + col + ", json_object(..., 'key',"
                        + " coalesce(new value, json_extract(" + col + ", '$.key')), ...)), or set only the rows that have it, WHERE new value IS NOT NULL)";
                default -> " (give json_set the value the row holds where the new one is missing, json_set(" + col + ", path, coalesce(new value,"
                        + " json_extract(" + col + ", path))), or set only the rows that have it, WHERE new value IS NOT NULL)";
            });
        });
        changes.stream().filter(c -> c.kind() == RowChange.Kind.VALUES_CUT_BY_CAST).findFirst().ifPresent(c -> {
            java.util.regex.Matcher cast = c.statementText() == null ? null
                    : java.util.regex.Pattern.compile("(?is)\\bCAST\\s*\\((.+?)\\s+AS\\s+(INT\\w*)\\s*\\)").matcher(c.statementText());
            String rounded = cast != null && cast.find() ? "CAST(round(" + cast.group(1).strip() + ") AS " + cast.group(2) + ")" : "CAST(round(x * 100) AS INTEGER)";
            sb.append(" (round before the CAST, " + rounded + ", which gives the whole number meant)");
        });
        changes.stream().filter(c -> c.kind() == RowChange.Kind.DEFAULTED_BY_REPLACE).findFirst().ifPresent(c -> {
            String col = c.column();
            sb.append(" (a REPLACE is a delete and an insert, not an update: list " + col + " among its columns with the value meant, or write an"
                    + " upsert that sets only the columns given, INSERT ... ON CONFLICT (key) DO UPDATE SET v = excluded.v, which keeps " + col + ")");
        });
        changes.stream().filter(c -> c.kind() == RowChange.Kind.DEFAULTED_BY_UPSERT).findFirst().ifPresent(c -> {
            String col = c.column();
            sb.append(" (an upsert's DO UPDATE SET " + col + " = excluded." + col + " sets the default where the INSERT does not give " + col
                    + ": list it among the INSERT's columns with the value meant, or leave it out of the DO UPDATE, which keeps the row's"
                    + " value; coalesce(excluded." + col + ", " + col + ") keeps it where the default is NULL)");
        });
        if (changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.WRITTEN_FROM_QUOTED_NAME)) {
            sb.append(" (a text is written in single quotes, 'text'; a column's name as the table spells it)");
        }
        if (changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.VALUES_ROUNDED || c.kind() == RowChange.Kind.VALUES_CONVERTED)) {
            sb.append(" (a type change converts the values it copies: keep the column's type, or rewrite the values first in a custom"
                    + " migration (mvn db:generate -Ddb.custom); a conversion that is meant is written by mvn db:generate -Ddb.acceptDataLoss,"
                    + " which the pre-flight then accepts)");
        }
        changes.stream().filter(c -> c.kind() == RowChange.Kind.COUNTER_RESET).findFirst().ifPresent(c -> sb.append(" (a rebuild of an AUTOINCREMENT table"
                + " carries its counter over to the new table before the copy, as db:generate writes it: INSERT INTO sqlite_sequence (name, seq) SELECT"
                + " '__new_" + c.table().replace("'", "''") + "', seq FROM sqlite_sequence WHERE name = '" + c.table().replace("'", "''") + "';)"));
        changes.stream().filter(c -> c.kind() == RowChange.Kind.SEARCH_INDEX_OUT_OF_STEP && c.of() >= 0).findFirst().ifPresent(c -> sb.append(" (a rebuild of a"
                + " table without an INTEGER PRIMARY KEY keeps its rowids only where its copy names them: INSERT INTO __new_" + c.table() + " (rowid, ...)"
                + " SELECT rowid, ... FROM " + c.table() + "; or end the migration by building the index again from its rows: "
                + RowChange.rebuildOf(c.column()) + ")"));
        changes.stream().filter(c -> c.kind() == RowChange.Kind.SEARCH_INDEX_NOT_BUILT).findFirst().ifPresent(c -> sb.append(" (a full-text index"
                + " with external content created over a table holding rows is built from them by the migration that creates it, after its"
                + " CREATE VIRTUAL TABLE: " + RowChange.rebuildOf(c.column()) + ")"));
        sb.append(", or ").append(acceptAsItIs).append(" to apply it as it is");
        // an index out of step loses no row to declare: its ways out are the two above, a declaration named it as if rows were meant to go
        List<RowChange> declarable = changes.stream().filter(c -> !c.searchIndex()).toList();
        if (!declarable.isEmpty()) sb.append(" (").append(howToDeclare(declarable)).append(")");
        else if (!changes.isEmpty()) sb.append(" (the index then stays as it is, finding other rows or none, until it is built again: "
                + RowChange.rebuildOf(changes.get(0).column()) + ")");
        sb.append('.');
        throw new PreflightRefusedException(sb.toString(), changes);
    }
}
