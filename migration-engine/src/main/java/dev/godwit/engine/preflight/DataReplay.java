package dev.godwit.engine.preflight;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code db:verify}'s replay with data: an in-memory database that, before each migration, tops
 * every table up to a few generated rows ({@link RowGenerator}), then runs the migration as D1 does
 * and reports the rows it removed or rewrote ({@link RowChange}).
 */
public final class DataReplay implements AutoCloseable {

    static final int ROWS = 3;
    private static final long SEED = 9L;

    private final Replica replica;
    private final Map<String, String> unfilled = new java.util.LinkedHashMap<>();
    private final Map<String, String> constrained = new java.util.LinkedHashMap<>();
    private final List<String> warnings = new java.util.ArrayList<>();
    private final Map<String, LostTrigger> lostTriggers = new java.util.LinkedHashMap<>();
    /** The last migration's statements replacing rows whose loss generated keys cannot show ({@link UnseenReplace}). */
    private List<String> replacing = List.of();
    /** The backups the migrations made ({@code CREATE TABLE b AS SELECT}), whose copies of NOT NULL columns hold no NULL. */
    private final NullableCopies nullableCopies = new NullableCopies();
    private final KeyRanges keyRanges = new KeyRanges();   // one for the whole history: a table's keys stay where they were
    private final dev.godwit.engine.introspect.IntrospectionReuse introspected = new dev.godwit.engine.introspect.IntrospectionReuse();
    private java.util.function.Supplier<dev.godwit.schema.model.SchemaDef> declared;
    private dev.godwit.schema.model.SchemaDef declaredRead;

    /**
     * A trigger that {@code migration} took away without a DROP TRIGGER while its {@code table} stayed; {@code onView} when
     * that table is a view (dropped and created again, which drops its INSTEAD OF triggers), {@code renamedFrom} the view's name
     * before the migration dropped it and created it as {@code table} (null when not renamed).
     */
    public record LostTrigger(String migration, String table, String sql, String name, boolean onView, String renamedFrom) {
    }

    /** A replay as SQLite runs the migrations. */
    public DataReplay() {
        this(false);
    }

    /** With {@code d1}, the migrations' statements run under D1's limits (a project that goes to D1). */
    public DataReplay(boolean d1) {
        Replica r = Replica.empty();
        replica = d1 ? r.withD1Limits() : r;
    }

    /**
     * The schema code's model, whose text enums (in no SQL, so not in the schema the replay reads) the generated rows 2 and 3 take
     * ({@link RowGenerator#withDeclaredEnums}). Asked for at the first fill only; where it fails to load, the rows are as without it
     * (the check says why it failed once the replay is done).
     */
    public DataReplay withDeclaredSchema(java.util.function.Supplier<dev.godwit.schema.model.SchemaDef> declared) {
        this.declared = declared;
        return this;
    }

    private dev.godwit.schema.model.SchemaDef declared() {
        if (declaredRead == null) {
            try {
                declaredRead = declared == null ? dev.godwit.schema.model.SchemaDef.EMPTY : declared.get();
            } catch (RuntimeException | LinkageError unloadable) {
                declaredRead = dev.godwit.schema.model.SchemaDef.EMPTY;
            }
        }
        return declaredRead;
    }

    /** The database the migrations ran on, to introspect afterwards. */
    public Database database() {
        return replica;
    }

    /**
     * The schema the migrations so far left, introspected: before each one that rewrites rows, and after the last, a table none
     * changed since the time before is taken as it was read then.
     */
    public dev.godwit.schema.model.SchemaDef schema() {
        return Introspector.introspect(replica, introspected);
    }

    /**
     * Fills the tables, then runs {@code m}.
     *
     * @throws DatabaseException naming the failing statement (index into {@code m.statements()}); the database is then as before {@code m}
     * @throws dev.godwit.engine.GodwitException where one of the checks crashed ({@link CheckCrash}): which, and on what
     */
    public List<RowChange> apply(Migration m) {
        try {
            return checkedApply(m);
        } catch (RuntimeException e) {
            throw CheckCrash.of(CheckCrash.Run.REPLAY, DataReplay.class, m, e);
        }
    }

    private List<RowChange> checkedApply(Migration m) {
        Map<String, TableFeatures> before = TableFeatures.read(replica);
        planted = Map.of();
        undo.clear();
        replacing = List.of();
        Map<String, NullableCopies.Held> backups = CheckCrash.guard(CheckCrash.Run.REPLAY, "NullableCopies.backupsIn", m,
                x -> nullableCopies.backupsIn(x.statements(), this::schema));
        List<RowChange> changes = convertedPlanted(m, run(m));
        nullableCopies.ran(m.statements(), backups);
        replica.noteRenamedAway(m.statements());
        replica.noteCopies(m);
        if (lostTriggers.isEmpty() && before.values().stream().allMatch(t -> t.triggers().isEmpty())) return changes;
        Map<String, TableFeatures> after = TableFeatures.read(replica);
        // created again (by any migration, on its table or not), or dropped by name later (DROP TRIGGER IF EXISTS: it is meant to go):
        // no longer lost
        for (TableFeatures t : after.values()) for (String created : t.triggers().keySet()) lostTriggers.remove(SqliteNames.key(created));
        for (String gone : LostTriggers.droppedByName(m.statements())) lostTriggers.remove(gone);
        // a trigger lost before follows its table's renames, and stops mattering once its table is dropped for good (creating
        // it again would fail there; the way out offered was a no-op DROP TRIGGER)
        List<String[]> renames = StatementText.tableRenames(m.statements());
        for (java.util.Iterator<Map.Entry<String, LostTrigger>> it = lostTriggers.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, LostTrigger> e = it.next();
            LostTrigger lost = e.getValue();
            String table = StatementText.nameAfter(renames, lost.table());
            // renamed away, created again under its name, the renamed one dropped (a hand-written rebuild): still the table
            if (!after.containsKey(SqliteNames.key(table))) table = lost.table();
            if (!after.containsKey(SqliteNames.key(table))) {
                it.remove();
            } else if (!table.equals(lost.table())) {
                e.setValue(new LostTrigger(lost.migration(), table, lost.sql(), lost.name(), lost.onView(), lost.renamedFrom()));
            }
        }
        for (LostTriggers.Lost t : LostTriggers.between(before, after, m.statements())) {
            // a renamed view's trigger is lost to the view under its new name, and written for it there
            lostTriggers.put(SqliteNames.key(t.name()), t.renamedTo() == null ? new LostTrigger(m.fileName(), t.table(), t.sql(), t.name(), t.onView(), null)
                    : new LostTrigger(m.fileName(), t.renamedTo(), dev.godwit.engine.sql.TriggerText.on(t.sql(), t.renamedTo()), t.name(), true, t.table()));
        }
        return changes;
    }

    /**
     * Triggers that cannot run now ({@link BrokenTriggers}), each as one sentence for a person, by trigger name; empty
     * without triggers.
     */
    public Map<String, String> brokenTriggers() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        BrokenTriggers.in(replica).forEach((name, why) -> out.put(name, BrokenTriggers.sentence(name, why.table(), why.reason())));
        return out;
    }

    /**
     * The triggers of {@code db} that cannot run ({@link BrokenTriggers}), by name, each as {@code trigger "t" on "users" (no such
     * table: main.audit)}: found on an empty copy of its schema, so {@code db} is not touched.
     */
    public static Map<String, String> brokenTriggersOf(Database db) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (Replica r = Replica.schemaOf(db, Set.of())) {
            BrokenTriggers.in(r).forEach((name, why) -> out.put(name, "trigger " + Quoting.doubleQuoted(name) + " on " + Quoting.doubleQuoted(why.table())
                    + " (" + why.reason() + ")"));
        }
        return out;
    }

    /**
     * The triggers {@code m} creates on a rebuild's new table before the copy that fills it, which the copy fires for every row
     * ({@link CopyFiredTriggers}, the rule db:apply's pre-flight refuses them by on real rows), each as a sentence naming {@code file}
     * (its path as shown), the copy and the trigger; empty for most migrations.
     */
    public static List<String> copyFiredTriggers(Migration m, String file) {
        return CopyFiredTriggers.replayed(m, file);
    }

    /**
     * The statements of the migration last applied that replace rows of a table whose rows have {@code ON DELETE CASCADE / SET
     * NULL / SET DEFAULT} children holding rows (a seed's {@code INSERT OR REPLACE ... VALUES (1, ...)}): which rows they delete
     * depends on the real keys, so generated rows show nothing; db:apply's pre-flight on D1 refuses them. One line each, with the
     * declaration that accepts it; empty for most migrations.
     */
    public List<String> replacing() {
        return replacing;
    }

    /** Triggers a migration took away without a DROP TRIGGER while their table stayed, that no later migration created again. */
    public java.util.Collection<LostTrigger> lostTriggers() {
        return lostTriggers.values();
    }

    /**
     * The warning for a copy statement ({@code INSERT ... SELECT}) that failed with {@code NOT NULL constraint failed} or
     * {@code UNIQUE constraint failed} on rows holding NULL or sharing a value: the migration, statement, table and column, and a
     * SELECT that finds such rows; null for another failure.
     */
    static String edgeConstraintWarning(Migration m, DatabaseException failure) {
        String says = String.valueOf(failure.databaseMessage());
        boolean notNull = says.contains("NOT NULL constraint failed: ");
        if (!notNull && !says.contains("UNIQUE constraint failed: ")) return null;
        int at = failure.statementIndex();
        if (at < 0 || at >= m.statements().size()) return null;
        FailedKey failed = FailedKey.of(says);
        if (failed == null) return null;
        List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(m.statements().get(at));
        if (!notNull && t.size() > 3 && t.get(0).is("CREATE") && t.get(1).is("UNIQUE") && t.get(2).is("INDEX")) return uniqueIndexWarning(m, at, failed, says);
        if (!t.isEmpty() && t.get(0).is("UPDATE")) return writeWarning(m, at, failed, says, notNull);
        if (t.isEmpty() || !(t.get(0).is("INSERT") || t.get(0).is("REPLACE"))) return null;
        int from = -1;
        int depth = 0;
        for (int k = 0; k < t.size() && from < 0; k++) {
            if (t.get(k).isPunct("(")) depth++;
            else if (t.get(k).isPunct(")")) depth--;
            else if (depth == 0 && t.get(k).is("FROM") && k + 1 < t.size() && t.get(k + 1).isName()) from = k + 1;
        }
        if (from < 0) return null;   // new rows (VALUES), not a copy
        String source = t.get(from).name();
        if (from + 2 < t.size() && t.get(from + 1).isPunct(".") && t.get(from + 2).isName()) source = t.get(from + 2).name();
        String target = WriteTarget.name(t, 0);
        String table = target == null ? source : StatementText.nameAfter(StatementText.tableRenames(m.statements()), target);
        String s = Quoting.doubleQuoted(source);
        List<String> cs = failed.columns();
        String where = Quoting.doubleQuoted(table) + "." + String.join(", ", cs);
        // a column of another name copied in (SELECT id, nickname into name), or into a table the migration did not make, whose
        // column was NOT NULL before: the column read is the one to check, and nothing was "made NOT NULL"
        String read = notNull && failed.names().size() == 1 ? NullableCopies.columnReadInto(m.statements().get(at), failed.names().get(0)) : null;
        boolean another = read != null && !SqliteNames.key(read).equals(SqliteNames.key(failed.names().get(0)));
        if (notNull && (another || target != null && writesAnExistingTable(m.statements(), at))) {
            String column = Quoting.doubleQuoted(read != null ? read : failed.names().get(0));
            return failedAt(m, at, says) + "\n  The copy puts " + s + "." + column + " into " + where + ", which is NOT NULL: a database whose " + s + " holds a row with"
                    + " NULL in " + column + " fails at this statement (the migration is rolled back, on D1 too, and the deploy stops there). Check with:"
                    + " SELECT count(*) FROM " + s + " WHERE " + column + " IS NULL; if it counts rows, fill them first (UPDATE ... SET ... WHERE ... IS NULL)"
                    + " or copy coalesce(" + column + ", ...)";
        }
        String check = notNull ? "SELECT count(*) FROM " + s + " WHERE " + cs.get(0) + " IS NULL" : failed.sharedIn(source);
        return failedAt(m, at, says) + "\n  The copy puts " + s + "'s rows into " + where + (notNull ? ", made NOT NULL" : ", made UNIQUE")
                + ": a database whose " + s + " holds " + (notNull ? "a row with NULL there" : "two rows sharing that value")
                + " fails at this statement (the migration is rolled back, on D1 too, and the deploy stops there). Check with: " + check
                + (notNull ? "; if it counts rows, fill them first (UPDATE ... SET ... WHERE ... IS NULL) or copy coalesce(" + cs.get(0) + ", ...)"
                : "; if it lists rows, resolve the duplicates first");
    }

    /** How each such warning starts: the migration, the statement it fails at, and SQLite's words. */
    private static String failedAt(Migration m, int at, String says) {
        return "replaying " + m.fileName() + " on rows holding NULL or sharing a value (the generated ones are all set and all distinct) fails at"
                + " statement " + (at + 1) + ":\n    " + dev.godwit.engine.migrate.StatementRules.shown(m.statements().get(at)) + "\n  SQLite says: " + says;
    }

    /**
     * {@link #edgeConstraintWarning} for a hand-written UPDATE that writes NULL or a shared value read from the rows into a NOT NULL
     * or UNIQUE column: the generated rows (all set, all distinct) pass it, a real table holding such a row fails it.
     */
    private static String writeWarning(Migration m, int at, FailedKey failed, String says, boolean notNull) {
        if (failed.table() == null) return null;
        String where = Quoting.doubleQuoted(failed.table()) + "." + String.join(", ", failed.columns());
        return failedAt(m, at, says) + "\n  The statement writes " + where + ", which is " + (notNull ? "NOT NULL" : "UNIQUE")
                + ", values read from rows: a database holding " + (notNull ? "a row with NULL in a column it reads" : "two rows it gives one value")
                + " fails at this statement (the migration is rolled back, on D1 too, and the deploy stops there). Keep "
                + (notNull ? "NULL out of it (coalesce(..., a default), or WHERE ... IS NOT NULL)" : "the values distinct (or resolve the duplicates first)");
    }

    /**
     * The table and columns (quoted) of SQLite's "NOT NULL constraint failed: __new_posts.title" or "UNIQUE constraint failed:
     * t.a, t.b" (the driver may wrap it: "[SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint failed (NOT NULL constraint failed: t.c)").
     */
    private record FailedKey(String table, List<String> columns, List<String> names) {
        private static final java.util.regex.Pattern SAID = java.util.regex.Pattern.compile("constraint failed: ([^)]*)");

        static FailedKey of(String says) {
            java.util.regex.Matcher named = SAID.matcher(says);
            if (!named.find()) return null;
            String table = null;
            List<String> columns = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            for (String one : named.group(1).strip().split(",\\s*")) {
                String c = one.strip();
                int dot = c.lastIndexOf('.');
                if (dot >= 0) table = c.substring(0, dot).strip();
                names.add(dot >= 0 ? c.substring(dot + 1).strip() : c);
                columns.add(Quoting.doubleQuoted(names.get(names.size() - 1)));
            }
            return new FailedKey(table, columns, names);
        }

        /** The SELECT that lists the rows of {@code in} sharing these columns' values. */
        String sharedIn(String in) {
            return "SELECT " + String.join(", ", columns) + ", count(*) FROM " + Quoting.doubleQuoted(in) + " GROUP BY " + String.join(", ", columns)
                    + " HAVING count(*) > 1";
        }
    }

    /** {@link #edgeConstraintWarning} for a UNIQUE index made on a table holding rows: two rows sharing its key fail it. */
    private static String uniqueIndexWarning(Migration m, int at, FailedKey failed, String says) {
        if (failed.table() == null) return null;
        return "replaying " + m.fileName() + " on rows sharing a value (the generated ones are all distinct) fails at statement " + (at + 1)
                + ":\n    " + dev.godwit.engine.migrate.StatementRules.shown(m.statements().get(at)) + "\n  SQLite says: " + says
                + "\n  A database whose " + Quoting.doubleQuoted(failed.table()) + " holds two rows sharing " + String.join(", ", failed.columns())
                + " fails at this statement (the migration is rolled back, on D1 too, and the deploy stops there). Check with: "
                + failed.sharedIn(failed.table()) + "; if it lists rows, resolve the duplicates first (in a migration before this one, or by hand)";
    }

    private List<RowChange> run(Migration m) {
        List<RowChange> edge = List.of();
        DatabaseException edgeFailure = null;
        // Rows cannot change what a migration that only creates does (a new constraint they break is replayed on empty tables anyway),
        // so tables are filled only before one that can remove or rewrite rows, or that adds a column: SQLite refuses some only
        // on a table holding rows (drizzle-kit writes ADD `a` DEFAULT (lower('ABC'))). Most of a long history creates.
        // and before one creating a full-text index with external content, which reads none of the rows its table holds then
        // unless the migration builds it ('rebuild'): a database holding rows is left with an index that finds none of them
        if (!StatementText.onlyAdds(m.statements()) || StatementText.addsColumn(strictTables(), m.statements()) || EdgeRows.uniqueIndexOnATableItHolds(m)
                || FtsIndexes.createsOne(m.statements())) {
            // A table a trigger emptied while the others were filled is filled again; one emptied again is not covered, and said.
            dev.godwit.schema.model.SchemaDef schema = schema();
            Set<String> empty = new java.util.HashSet<>();
            Set<String> withRows = Preflight.tablesWithRows(replica, schema);
            for (var t : schema.tables()) if (!withRows.contains(t.name())) empty.add(t.name());
            RowGenerator generator = new RowGenerator(replica, SEED, keyRanges).withRowidGaps().withDeclaredEnums(declared());
            // a table that took the name of one an earlier migration renamed away waits for that one's rows (the old rebuild idiom
            // split over two migrations copies them back): generated rows there would collide with them, and hide what the copy does.
            // Not before a migration that writes it otherwise: the old one may stand for good (renamed to orders_archive)
            Set<String> taken = replica.waitingForCopyBack(m.statements());
            Set<String> only = taken.isEmpty() ? null : schema.tables().stream().map(dev.godwit.schema.model.TableDef::name)
                    .filter(n -> !taken.contains(SqliteNames.key(n))).collect(java.util.stream.Collectors.toSet());
            for (String t : generator.fillAgainWhereEmptied(schema, ROWS, only, unfilled)) {
                unfilled.putIfAbsent(t, "a trigger deleted its generated rows as other tables were filled");
            }
            // the virtual tables holding rows of their own (FTS5, R*Tree), which the schema, and so the generator, leaves out
            VirtualTableRows.fill(replica, k -> !taken.contains(k), ROWS, keyRanges).forEach(unfilled::putIfAbsent);
            Set<String> filled = Preflight.tablesWithRows(replica, schema);   // once: asked per empty table, 500 tables took 5,000 queries
            empty.removeIf(t -> !filled.contains(t));
            if (!empty.isEmpty()) generator.relinkInto(schema, empty);
            FtsIndexes.builtOverTheirRows(replica);   // the rows were there before the index: a real one is built over them
            exposeRetypes(m, schema);   // rows written, no table changed: the schema read above
            EdgeRows.Result tried = EdgeRows.run(replica, m, schema, copy -> DataCheck.run(copy, m), nullableCopies);
            edge = tried.changes();
            edgeFailure = tried.failure();
        }
        // a seed's REPLACE of key 1 replaces nothing among generated keys (KeyRanges keeps them far from it), and D1's row 1
        // with its cascading children: what db:apply's pre-flight refuses, read before the statements run
        replacing = CheckCrash.guard(CheckCrash.Run.REPLAY, "UnseenReplace.in", m, x -> UnseenReplace.in(replica, x));
        DataCheck.Outcome o = DataCheck.run(replica, m);
        if (o.failure() == null) {
            // a column dropped after a filtered copy of it: the values the copy left out go with the column (a warning, as the filter
            // may be meant, and real rows match it otherwise than generated ones)
            // (replayed on every db:verify: the migration's declaration of the table says the filter is meant, and silences it)
            Map<String, Long> held = o.droppedColumns();
            Set<String> declaredTables = RowChange.declaredTables(m);
            o.leftOutOfCopies().forEach((column, left) -> {
                String table = dev.godwit.engine.sql.SqlLexer.significant(column).get(0).name();
                if (declaredTables.contains(SqliteNames.key(table))) return;
                warnings.add("replaying " + m.fileName() + " on tables holding generated rows: it drops the column " + column + " (" + held.get(column)
                        + (held.get(column) == 1 ? " value; " : " values; ") + left + "); on a database, the values that WHERE leaves out are gone with"
                        + " the column: copy them too if they are to stay; if they are meant to go, declare it in " + m.fileName() + " with the line "
                        + RowChange.DECLARATION + " " + table);
            });
        }
        if (o.failure() == null && edgeFailure != null) {
            // the generated rows (all set, all distinct) pass a copy into a column made NOT NULL or UNIQUE; a real table holding NULL
            // or a value twice fails there, and D1 rolls the migration back (a drizzle-kit rebuild with no coalesce): a warning, as the
            // real table may hold no such row
            String says = edgeConstraintWarning(m, edgeFailure);
            if (says != null) warnings.add(says);
        }
        // the generated rows passed, rows holding NULL where a column allows it, or sharing a value, do not: a real table has both.
        // A text given for a retype ('007' made 7) is no loss of the generated rows: it is said apart (convertedPlanted), and hid
        // what the edge rows lost (a rebuild retyping code to integer that also copies WHERE value IS NOT NULL). A loss the generated
        // rows show (a declared one) hid the others the edge rows show no less
        List<RowChange> edgeLost = o.failure() != null ? List.of()
                : EdgeRows.beyond(o.changes(), edge.stream().filter(e -> !isPlantedColumn(e)).toList());
        if (!edgeLost.isEmpty()) {
            warnings.add("replaying " + m.fileName() + EdgeRows.NOTE + " below");
            // the given value's conversion as the generated rows show it (on the edge rows a row sharing it converts too)
            List<RowChange> out = new java.util.ArrayList<>(o.changes());
            out.addAll(edgeLost);
            return out;
        }
        if (o.failure() != null && !undo.isEmpty()) {
            // a value given for the retype that the migration refuses (a kept CHECK length(code) = 3 over '003' made 3): the rows as
            // the generator made them are tried instead, as before
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    replica.runAtomically(List.of(undo.get(i)), false);
                } catch (DatabaseException refused) {
                    // left as given
                }
            }
            undo.clear();
            planted = Map.of();
            o = DataCheck.run(replica, m);
        }
        if (o.failure() == null) return o.changes();
        if (!isConstraintFailure(o.failure()) && !mismatchOfTheRows(m, o.failure()) || raisedWhateverTheRows(o.failure().databaseMessage())) throw o.failure();
        // A new CHECK, NOT NULL, UNIQUE, foreign key or trigger RAISE that generated rows break is a precondition on the data, not a
        // defect of the migration (the pre-flight checks it against real rows): run it again on empty tables. A write
        // into a table the migration did not create breaks constraints that were there already: said in a warning.
        constrained.put(m.fileName(), o.failure().databaseMessage());
        int at = o.failure().statementIndex();
        // said once the empty tables pass it too: one failing there is a finding (the exception), and "it passed" would be false
        String said = null;
        if (at >= 0 && at < m.statements().size() && writesAnExistingTable(m.statements(), at)) {
            said = "replaying " + m.fileName() + " on tables holding generated rows fails at statement " + (at + 1) + ":\n    "
                    + dev.godwit.engine.migrate.StatementRules.shown(m.statements().get(at)) + "\n  SQLite says: " + o.failure().databaseMessage()
                    + "\n  It passed on empty tables; a database holding rows like these would refuse it (db:apply's pre-flight tries the real rows)";
        } else if (at >= 0 && at < m.statements().size() && String.valueOf(o.failure().databaseMessage()).contains("datatype mismatch")) {
            // the copy into a new INTEGER PRIMARY KEY of values the replay could not make integers (a key a child's NO ACTION
            // reference holds): what the rest of the migration does to rows (a DROP TABLE cascading into a child) was not tried
            said = "replaying " + m.fileName() + " on tables holding generated rows fails at statement " + (at + 1) + ":\n    "
                    + dev.godwit.engine.migrate.StatementRules.shown(m.statements().get(at)) + "\n  SQLite says: " + o.failure().databaseMessage()
                    + "\n  A column it makes the INTEGER PRIMARY KEY holds generated values that are no integer; it passed on empty tables, so what it"
                    + " does to rows was not tried (db:apply's pre-flight tries the real rows)";
        } else if (at >= 0 && at < m.statements().size() && String.valueOf(o.failure().databaseMessage()).contains("SQLITE_CONSTRAINT_DATATYPE")) {
            // the copy into a STRICT table of a column it retypes (text -> integer): the generated texts ('gen-1') are no number,
            // where a real table's codes may all be ('007', '12', stored as 7 and 12)
            said = "replaying " + m.fileName() + " on tables holding generated rows fails at statement " + (at + 1) + ":\n    "
                    + dev.godwit.engine.migrate.StatementRules.shown(m.statements().get(at)) + "\n  SQLite says: " + o.failure().databaseMessage()
                    + "\n  A STRICT table it writes takes no value of another type, and the generated values are of another type; it passed on empty"
                    + " tables, so what it does to rows was not tried: a database holding such values fails there too, and one whose texts read as"
                    + " numbers has them converted ('007' stored as 7; db:apply's pre-flight tries the real rows)";
        }
        List<RowChange> filledBefore = o.failure().databaseMessage() != null && o.failure().databaseMessage().contains("CHECK constraint failed")
                ? changesWithChecksIgnored(m) : null;
        if (filledBefore == null) filledBefore = at > 0 ? filledWithOwnNameBefore(m, at) : List.of();
        emptyAllTables();
        DataCheck.Outcome again = DataCheck.run(replica, m);
        if (again.failure() != null) throw again.failure();
        if (said != null) warnings.add(said);
        if (filledBefore.isEmpty()) return again.changes();
        List<RowChange> out = new java.util.ArrayList<>(filledBefore);
        out.addAll(again.changes());
        return out;
    }

    /**
     * What the whole migration does to the generated rows where only a CHECK stopped it, run on a copy of them with CHECK
     * constraints ignored (null when it still fails). A CHECK only refuses rows: ignored, the statements write what they would
     * write on rows that keep it, so a loss elsewhere in the migration shows (a rebuilt parent's DROP TABLE cascading into its
     * children, drizzle-kit's copy naming a column the old table lacks), which the replay on empty tables cannot see.
     */
    private List<RowChange> changesWithChecksIgnored(Migration m) {
        List<RowChange> out = onACopy(copy -> {
            copy.exec("PRAGMA ignore_check_constraints=ON");
            DataCheck.Outcome o = DataCheck.run(copy, m);
            return o.failure() != null ? null : o.changes();
        }, null);
        return out != null ? out : filledWithOwnNameKeysOff(m);
    }

    /**
     * The columns the migration fills with their own name, run on a copy of the generated rows with CHECKs and foreign keys not
     * enforced: a rebuild that adds a foreign key as well as a CHECK fails on generated rows whose plain column matched no parent
     * (drizzle-kit's folder of f17_constraints_added_over_rows_that_keep_them, whose rebuild of players copies "score" from a
     * table without it). Only this kind: without foreign keys no cascade runs, so other counts would not be the migration's.
     */
    private List<RowChange> filledWithOwnNameKeysOff(Migration m) {
        return onACopy(copy -> {
            copy.exec("PRAGMA ignore_check_constraints=ON");
            copy.exec("PRAGMA foreign_keys=OFF");
            DataCheck.Outcome o = DataCheck.run(copy, m);
            if (o.failure() != null) return null;
            List<RowChange> filled = o.changes().stream().filter(c -> c.kind() == RowChange.Kind.FILLED_WITH_OWN_NAME).toList();
            return filled.isEmpty() ? null : filled;
        }, null);
    }

    /**
     * The columns that the statements before {@code at} fill with their own name, run on a copy of the generated rows. A
     * migration that fails there on a constraint is replayed on empty tables, where such a fill shows nothing; yet no data makes
     * it right, and the failure may be its consequence (drizzle-kit's rebuild copies "having" from a table without it, then
     * creates a UNIQUE index on it, which the rows, all 'having' now, break). Only this kind: the statements before a failure
     * may stand mid-way (a rebuild's children taken out, not yet put back), where a count would show a loss that is none.
     */
    private List<RowChange> filledWithOwnNameBefore(Migration m, int at) {
        return onACopy(copy -> {
            Migration before = new Migration(m.entry(), m.file(), String.join("\n--> statement-breakpoint\n", m.statements().subList(0, at)));
            DataCheck.Outcome o = DataCheck.run(copy, before);
            if (o.failure() != null) return List.<RowChange>of();
            return o.changes().stream().filter(c -> c.kind() == RowChange.Kind.FILLED_WITH_OWN_NAME)
                    .map(c -> new RowChange(c.kind(), c.table(), c.column(), c.rows(), c.of(), m, c.statement(), c.statementText(), c.triggers()))
                    .toList();
        }, List.of());
    }

    /**
     * {@code work} on a copy of the replica's rows (in memory), or {@code ifItFails} when the copy cannot be made or the work
     * fails: these are checks on top of the replay, which they cannot fail.
     */
    private <T> T onACopy(java.util.function.Function<Replica, T> work, T ifItFails) {
        try (Replica copy = replica.copy()) {
            return work.apply(copy);
        } catch (DatabaseException e) {
            return ifItFails;
        }
    }

    /**
     * Per table (key), the columns (keys) one generated row of which holds a text that numeric affinity rewrites ('0' before digits),
     * or an integer that REAL affinity rounds (beyond 2^53).
     */
    private Map<String, Set<String>> planted = Map.of();
    /** The UPDATEs that put back what {@link #exposeRetypes} changed, in the order it changed them. */
    private final List<String> undo = new java.util.ArrayList<>();

    /**
     * Gives the generated rows values that show what {@code m} does to the columns it retypes, learnt by running it on a copy of
     * the schema without rows ({@code schema}: the replica's now): the generated texts ('gen-1') read as no number, so a column
     * retyped from TEXT to numeric affinity showed no value rewritten where real texts such as '007' or '3.10' are (one row's
     * text there is made one that converts: its digits led by a zero), and a column made the INTEGER PRIMARY KEY stopped the copy
     * into it ("datatype mismatch", then replayed on empty tables, where the cascade of the rebuild's DROP TABLE into a child
     * shows nothing): its values that are no integer are made integers. Each value is written by an UPDATE the database may
     * refuse (a CHECK, a UNIQUE index, a foreign key, a trigger), the row then left as it was.
     */
    private void exposeRetypes(Migration m, dev.godwit.schema.model.SchemaDef schema) {
        // no rebuild, and no column renamed or dropped (a retype without a rebuild: ADD code_n integer, UPDATE ... SET code_n = code,
        // DROP COLUMN code, RENAME COLUMN code_n TO code): no column changes type. Most migrations of a history are neither
        if (m.statements().stream().noneMatch(s -> CREATE.matcher(dev.godwit.engine.sql.StatementKind.fromCode(s)).matches())
                && !StatementText.renamesOrDropsColumn(m.statements())) return;
        StatementText.Mentions named = new StatementText.Mentions(String.join("\n", m.statements()));
        dev.godwit.schema.model.SchemaDef after = afterOnTheNamedTables(m, named, schema);
        if (after == null) {
            after = onACopy(copy -> {
                emptyAllTables(copy);
                return schemaAfter(copy, m);
            }, null);
        }
        if (after == null) return;
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        List<String[]> renames = StatementText.tableRenames(m.statements());
        Map<String, dev.godwit.schema.model.TableDef> afterByKey = new java.util.HashMap<>();
        for (dev.godwit.schema.model.TableDef t : after.tables()) afterByKey.put(SqliteNames.key(t.name()), t);
        List<StatementText.Mentions> said = StatementText.said(m.statements());
        for (dev.godwit.schema.model.TableDef was : schema.tables()) {
            // A table the statements never name keeps its columns: nothing to expose. Skipped, as reading every statement for
            // each table's renames cost 0.2 s per rebuild on 500 tables, for every migration of the history.
            if (!named.of(was.name())) continue;
            // matched through the migration's renames (ALTER TABLE ... RENAME TO / RENAME COLUMN before the rebuild, as db:generate
            // and drizzle-kit write a rename with a retype): by name alone a renamed column's retype went unseen
            String tableNow = StatementText.nameAfter(renames, was.name());
            dev.godwit.schema.model.TableDef is = afterByKey.get(SqliteNames.key(tableNow));
            if (is == null) continue;
            Map<String, String> renamedColumns = StatementText.renamedColumns(m.statements(), said, was.name());
            String key = is.hasRowidAlias() ? is.primaryKeyColumns().get(0) : null;
            String keyBefore = was.hasRowidAlias() ? SqliteNames.key(was.primaryKeyColumns().get(0)) : null;
            for (dev.godwit.schema.model.ColumnDef c : was.columns()) {
                if (c.generated() != null) continue;
                String columnNow = renamedColumns.get(SqliteNames.key(c.name()));
                // Not renamed: compared with the column of its name now, whatever made it (LossRules compares the same two), also
                // where another column took its name (code dropped, code_n renamed to code after UPDATE ... SET code_n = code: the
                // rows' values went through the copy into the new type). Not where they did not: dropped, and no statement writing
                // rows reads it (added again, DEFAULT 0 or NULL): the column now holds new values, and a value given would be
                // counted converted (StatementText.droppedUnread).
                String nameNow = columnNow == null ? c.name() : columnNow;
                dev.godwit.schema.model.ColumnDef now = is.columnNamed(nameNow).orElse(null);
                if (now == null || now.generated() != null) continue;
                if (key != null && SqliteNames.key(key).equals(SqliteNames.key(nameNow)) && !SqliteNames.key(c.name()).equals(keyBefore)) {
                    integersInto(was, c.name());
                } else if (NUMERIC.contains(now.affinity()) && !NUMERIC.contains(c.affinity())) {
                    if (columnNow == null && StatementText.droppedUnread(m.statements(), was.name(), is.name(), c.name())) continue;   // new values
                    // keyed by the names the migration leaves, as its changes name the table and column
                    if (convertingText(was, c.name())) out.computeIfAbsent(SqliteNames.key(is.name()), k -> new java.util.HashSet<>()).add(SqliteNames.key(now.name()));
                } else if (now.affinity() == dev.godwit.schema.model.Affinity.REAL && NUMERIC.contains(c.affinity())
                        && c.affinity() != dev.godwit.schema.model.Affinity.REAL && !SqliteNames.key(c.name()).equals(keyBefore)) {
                    // integer -> real (drizzle-kit writes it without a word): the generated integers are small, and a double holds them;
                    // a real one beyond 2^53 (a nanosecond timestamp, a snowflake id) is rounded by the copy
                    if (columnNow == null && StatementText.droppedUnread(m.statements(), was.name(), is.name(), c.name())) continue;   // new values
                    if (beyondADouble(was, c.name())) out.computeIfAbsent(SqliteNames.key(is.name()), k -> new java.util.HashSet<>()).add(SqliteNames.key(now.name()));
                }
            }
        }
        planted = out;
    }

    /**
     * The schema {@code m} leaves, learnt by running it on an empty database holding only what it names (its tables with their
     * indexes and parent tables, its views and triggers): null when it fails there (it reads or renames around something left out), the caller
     * then runs it on an empty copy of everything. A rebuild's RENAME makes SQLite parse every
     * table of the schema again, so on 500 tables the whole copy cost ~80 ms per rebuilding migration; the tables it names come
     * out the same either way, and only those are read.
     */
    dev.godwit.schema.model.SchemaDef afterOnTheNamedTables(Migration m, StatementText.Mentions named, dev.godwit.schema.model.SchemaDef schema) {
        Set<String> tables = new java.util.HashSet<>();
        for (dev.godwit.schema.model.TableDef t : schema.tables()) if (named.of(t.name())) tables.add(SqliteNames.key(t.name()));
        if (tables.size() * 2 > schema.tables().size()) return null;   // most of the schema: the copy of all of it is as quick
        // and their parents: SQLite refuses a write into a table whose parent table is missing, even an empty one (a
        // hand-written DELETE beside a rebuild); the parents' own parents are not needed, nothing writes into the parents
        Set<String> namedTables = Set.copyOf(tables);
        for (dev.godwit.schema.model.TableDef t : schema.tables()) {
            if (!namedTables.contains(SqliteNames.key(t.name()))) continue;
            for (dev.godwit.schema.model.ForeignKeyDef fk : t.foreignKeys()) tables.add(SqliteNames.key(fk.refTable()));
        }
        List<String> ddl = dev.godwit.engine.introspect.SchemaStatements.of(replica, Set.of(), o -> switch (o.type()) {
            case "table", "index" -> tables.contains(SqliteNames.key(o.table()));
            default -> named.of(o.name());   // a view or trigger the migration names (drops, creates again)
        });
        try (Replica part = Replica.empty()) {
            part.runAtomically(ddl, false);
            return schemaAfter(part, m);
        } catch (DatabaseException leftOutSomethingItNeeds) {
            return null;
        }
    }

    /**
     * The schema {@code m} leaves when run on {@code r} (its tables empty); null when it fails there. Only run, nothing counted or
     * compared ({@code noRows}): the tables hold no rows to lose, and what would be found is not asked for.
     */
    private static dev.godwit.schema.model.SchemaDef schemaAfter(Replica r, Migration m) {
        return DataCheck.run(r, m, false, true).failure() != null ? null : Introspector.introspect(r);
    }

    private static final Set<dev.godwit.schema.model.Affinity> NUMERIC = Set.of(dev.godwit.schema.model.Affinity.INTEGER,
            dev.godwit.schema.model.Affinity.REAL, dev.godwit.schema.model.Affinity.NUMERIC);

    /** Makes one generated row's {@code column} a text numeric affinity rewrites ('01003' for '1003', else '007'); whether one took it. */
    private boolean convertingText(dev.godwit.schema.model.TableDef table, String column) {
        String t = Quoting.doubleQuoted(table.name());
        String c = Quoting.doubleQuoted(column);
        for (String where : lastRows(table, column)) {
            List<Map<String, Object>> rows = replica.query("SELECT CAST(" + c + " AS TEXT) AS v, " + c + " AS o FROM main." + t + " WHERE " + where);
            if (rows.isEmpty()) continue;
            List<String> candidates = new java.util.ArrayList<>();
            String v = rows.get(0).get("v") == null ? null : String.valueOf(rows.get(0).get("v"));
            if (v != null && v.matches("-?[1-9]\\d{0,17}")) candidates.add(v.startsWith("-") ? "-0" + v.substring(1) : "0" + v);
            // short ones too: a CHECK may bound the length (a generated row's key has 7 digits)
            candidates.addAll(List.of("007", "01", "3.10"));
            String old = RowGenerator.literal(rows.get(0).get("o"));
            for (String x : candidates) {
                try {
                    replica.runAtomically(List.of("UPDATE main." + t + " SET " + c + " = " + Quoting.literal(x) + " WHERE " + where), false);
                    undo.add("UPDATE main." + t + " SET " + c + " = " + old + " WHERE " + where);
                    if (replica.query("SELECT 1 FROM main." + t + " WHERE " + where + " AND " + c + " IS " + Quoting.literal(x)).isEmpty()) continue;
                    return true;
                } catch (DatabaseException refused) {
                    // another value, another row
                }
            }
        }
        return false;
    }

    /**
     * The conditions naming the last (up to) three rows of {@code table}, last first ({@link EdgeRows#rows}: by rowid, or in a
     * WITHOUT ROWID table by its key); none where {@code column} is part of the key that names them (writing it would move the row).
     */
    private List<String> lastRows(dev.godwit.schema.model.TableDef table, String column) {
        List<String> all = EdgeRows.rows(replica, table);
        if (all.isEmpty() || all.get(0).startsWith("\"") && table.primaryKeyColumns().stream().anyMatch(k -> SqliteNames.key(k).equals(SqliteNames.key(column)))) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>(all.subList(Math.max(0, all.size() - 3), all.size()));
        java.util.Collections.reverse(out);
        return out;
    }

    /** An integer that a double does not hold exactly (2^53 + 1): a REAL column stores it as 9007199254740992.0. */
    static final long BEYOND_A_DOUBLE = 9007199254740993L;

    /** Makes one generated row's {@code column} an integer a double cannot hold ({@link #BEYOND_A_DOUBLE}); whether one took it. */
    private boolean beyondADouble(dev.godwit.schema.model.TableDef table, String column) {
        String t = Quoting.doubleQuoted(table.name());
        String c = Quoting.doubleQuoted(column);
        for (String where : lastRows(table, column)) {
            for (long x : new long[] {BEYOND_A_DOUBLE, -BEYOND_A_DOUBLE}) {
                try {
                    List<Map<String, Object>> rows = replica.query("SELECT " + c + " AS v FROM main." + t + " WHERE " + where);
                    if (rows.isEmpty()) break;
                    String old = RowGenerator.literal(rows.get(0).get("v"));
                    replica.runAtomically(List.of("UPDATE main." + t + " SET " + c + " = " + x + " WHERE " + where), false);
                    undo.add("UPDATE main." + t + " SET " + c + " = " + old + " WHERE " + where);
                    if (replica.query("SELECT 1 FROM main." + t + " WHERE " + where + " AND typeof(" + c + ") = 'integer' AND " + c + " = " + x).isEmpty()) continue;
                    return true;
                } catch (DatabaseException refused) {
                    // another value, another row
                }
            }
        }
        return false;
    }

    /** Makes the values of {@code column} that are no integer (a generated text) integers no other row holds, where the database takes them. */
    private void integersInto(dev.godwit.schema.model.TableDef table, String column) {
        String t = Quoting.doubleQuoted(table.name());
        String c = Quoting.doubleQuoted(column);
        String rowid = SqliteNames.rowidAlias(table.columnNames());   // a column named rowid hides SQLite's own
        if (rowid == null) return;
        try {
            List<Map<String, Object>> rows = replica.query("SELECT " + rowid + " AS k FROM main." + t + " WHERE NOT (typeof(" + c + ") IN ('integer', 'null') OR typeof(" + c
                    + ") = 'text' AND CAST(CAST(" + c + " AS INTEGER) AS TEXT) = " + c + " OR typeof(" + c + ") = 'real' AND CAST(" + c + " AS INTEGER) = " + c + ")");
            if (rows.isEmpty()) return;
            Object max = replica.query("SELECT max(coalesce(max(CAST(" + c + " AS INTEGER)), 0), 0) AS m FROM main." + t).get(0).get("m");
            long next = (max instanceof Number n ? n.longValue() : 0) + 1;
            for (Map<String, Object> row : rows) {
                if (!(row.get("k") instanceof Number k)) continue;
                try {
                    String old = RowGenerator.literal(replica.query("SELECT " + c + " AS v FROM main." + t + " WHERE " + rowid + " = " + k.longValue()).get(0).get("v"));
                    replica.runAtomically(List.of("UPDATE main." + t + " SET " + c + " = " + next + " WHERE " + rowid + " = " + k.longValue()), false);
                    undo.add("UPDATE main." + t + " SET " + c + " = " + old + " WHERE " + c + " = " + next);
                    next++;
                } catch (DatabaseException refused) {
                    // left as it was: the copy may stop there, and the migration is replayed on empty tables as before
                }
            }
        } catch (DatabaseException | ArithmeticException unreadable) {
            // a WITHOUT ROWID table, a key beyond the integers: left as it was
        }
    }

    /** Whether {@code c} is a conversion or rounding of a column {@link #exposeRetypes} gave a value to show it. */
    private boolean isPlantedColumn(RowChange c) {
        return (c.kind() == RowChange.Kind.VALUES_CONVERTED || c.kind() == RowChange.Kind.VALUES_ROUNDED) && c.column() != null
                && planted.getOrDefault(SqliteNames.key(c.table()), Set.of()).contains(SqliteNames.key(c.column()));
    }

    /**
     * The changes of the migration just replayed, those to the texts {@link #exposeRetypes} planted taken out: that a text like
     * '007' is rewritten depends on the rows (as a CHECK the generated rows break does), so it is said in a warning naming the
     * migration, where neither a declaration nor db:generate (-Ddb.acceptDataLoss) accepted it.
     */
    private List<RowChange> convertedPlanted(Migration m, List<RowChange> changes) {
        if (planted.isEmpty()) return changes;
        List<RowChange> out = new java.util.ArrayList<>();
        List<RowChange> said = new java.util.ArrayList<>();
        for (RowChange c : changes) {
            if (c.kind() != RowChange.Kind.VALUES_CONVERTED && c.kind() != RowChange.Kind.VALUES_ROUNDED || c.column() == null
                    || !planted.getOrDefault(SqliteNames.key(c.table()), Set.of()).contains(SqliteNames.key(c.column()))) {
                out.add(c);
                continue;
            }
            if (!c.declared() && !c.acknowledgedByGenerate()) said.add(c);
            // texts of other generated rows that convert too: the migration's as before
            if (c.rows() > 1) out.add(new RowChange(c.kind(), c.table(), c.column(), c.rows() - 1, c.of(), c.migration(), c.statement(), c.statementText(), c.triggers()));
        }
        List<RowChange> rounded = said.stream().filter(c -> c.kind() == RowChange.Kind.VALUES_ROUNDED).toList();
        said.removeAll(rounded);
        if (!rounded.isEmpty()) {
            StringBuilder sb = new StringBuilder("replaying " + m.fileName() + " on tables holding generated rows rounds integers"
                    + " (its type change gives the column REAL affinity), given one integer beyond 2^53:");
            for (RowChange c : rounded) sb.append("\n    - ").append(c.describe());
            sb.append("\n  A database holding such integers (a nanosecond timestamp, a snowflake id, a hash) loses them the same way, and db:apply's"
                    + " pre-flight refuses it there (it reads the real rows); integers up to 2^53 are kept. Keep the column's type, or, if the"
                    + " rounding is intended, declare it in " + m.fileName() + " with the line\n    " + RowChange.declarationFor(rounded));
            warnings.add(sb.toString());
        }
        if (!said.isEmpty()) {
            StringBuilder sb = new StringBuilder("replaying " + m.fileName() + " on tables holding generated rows rewrites texts that read as numbers"
                    + " (its type change gives the column numeric affinity), given one text with a leading zero:");
            for (RowChange c : said) sb.append("\n    - ").append(c.describe());
            sb.append("\n  A database holding such texts (a code like '007', a price written '3.10') loses them the same way, and db:apply's pre-flight"
                    + " refuses it there (it reads the real rows); texts that spell their number plainly ('7', '3.1') are kept. If the rewrite is"
                    + " intended, declare it in " + m.fileName() + " with the line\n    " + RowChange.declarationFor(said));
            warnings.add(sb.toString());
        }
        return out;
    }

    private static final java.util.regex.Pattern WRITE = java.util.regex.Pattern.compile(
            "(?is)\\s*(?:(?:INSERT|REPLACE)(?:\\s+OR\\s+\\w+)?\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)\\s+(?:main\\.)?([`\"\\[]?)(.+?)\\1(?:\\s|\\(|$).*");
    private static final java.util.regex.Pattern CREATE = java.util.regex.Pattern.compile(
            "(?is)\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:main\\.)?([`\"\\[]?)(.+?)\\1(?:\\s|\\(|$).*");

    /** Whether statement {@code at} writes rows into a table that no earlier statement of the migration created. */
    public static boolean writesAnExistingTable(List<String> statements, int at) {
        java.util.regex.Matcher w = WRITE.matcher(dev.godwit.engine.sql.StatementKind.fromCode(statements.get(at)));
        if (!w.matches()) return false;
        String target = SqliteNames.key(w.group(2));
        for (int i = 0; i < at; i++) {
            java.util.regex.Matcher c = CREATE.matcher(dev.godwit.engine.sql.StatementKind.fromCode(statements.get(i)));
            if (c.matches() && SqliteNames.key(c.group(2)).equals(target)) return false;
        }
        return true;
    }

    /** What the replay could not check with rows: writes that fail on them, tables it could not fill. */
    public List<String> warnings() {
        List<String> out = new java.util.ArrayList<>(warnings);
        for (Map.Entry<String, String> u : unfilled.entrySet()) {
            out.add("the replay could not give \"" + u.getKey() + "\" generated rows (" + u.getValue() + "), so what the migrations do to its rows"
                    + " was not tried; to try it, apply them to a copy of a database holding such rows (mvn db:apply -Dlocal -Ddb.local.path=COPY:"
                    + " its pre-flight runs them on that file's rows first)");
        }
        return out;
    }

    /**
     * Whether a "datatype mismatch" comes of the generated values: an INSERT ... SELECT copying a text key into an INTEGER PRIMARY
     * KEY (a key column retyped text -> integer) fails on 'gen-1' where real keys such as '1' convert, a precondition on the data
     * like a new CHECK. Not so when the SELECT spells in double quotes a name no table has: SQLite reads it as that text, which no
     * row converts (drizzle-kit's copy of a renamed key column), a defect whatever the rows.
     */
    private boolean mismatchOfTheRows(Migration m, DatabaseException e) {
        String msg = e.databaseMessage() == null ? "" : e.databaseMessage();
        int at = e.statementIndex();
        if (!msg.contains("datatype mismatch") || at < 0 || at >= m.statements().size()) return false;
        Set<String> columns = new java.util.HashSet<>();
        for (Map<String, Object> c : replica.query("SELECT p.name AS c FROM main.sqlite_master t JOIN pragma_table_xinfo(t.name, 'main') p WHERE t.type = 'table'")) {
            columns.add(SqliteNames.key(String.valueOf(c.get("c"))));
        }
        boolean select = false;
        for (dev.godwit.engine.sql.SqlLexer.Token t : dev.godwit.engine.sql.SqlLexer.significant(m.statements().get(at))) {
            if (t.is("SELECT")) select = true;
            if (select && t.kind() == dev.godwit.engine.sql.SqlLexer.Kind.QUOTED && t.text().startsWith("\"") && !columns.contains(SqliteNames.key(t.name()))) {
                return false;
            }
        }
        return select;
    }

    private static boolean isConstraintFailure(DatabaseException e) {
        String msg = e.databaseMessage() == null ? "" : e.databaseMessage();
        // a trigger's RAISE(ABORT, ...) is SQLite's SQLITE_CONSTRAINT_TRIGGER: a rule on the data like a CHECK, which generated
        // rows (text "gen-1" where the trigger wants a capital) may break where real rows do not
        // a STRICT table's type (SQLITE_CONSTRAINT_DATATYPE) is a rule on the data too: a retype text -> integer copies real texts
        // like '12' where generated ones ('gen-1') fail
        return msg.contains("constraint failed") || msg.contains("SQLITE_CONSTRAINT_TRIGGER") || msg.contains("SQLITE_CONSTRAINT_DATATYPE");
    }

    private static final java.util.regex.Pattern RAISED = java.util.regex.Pattern.compile("(?s).*SQLITE_CONSTRAINT_TRIGGER.*\\((.*)\\)\\s*$");
    private static final java.util.regex.Pattern CONDITION = java.util.regex.Pattern.compile("(?i)\\b(WHEN|WHERE|CASE|IIF)\\b");

    /**
     * Whether the trigger RAISE that stopped a statement fires on any row, not on rows like the generated ones: every trigger of
     * the database raising that message has no WHEN and no condition in its body ({@code BEFORE DELETE ON orders BEGIN SELECT
     * RAISE(ABORT, 'soft delete only'); END}). Such a statement fails on every database holding rows there.
     */
    private boolean raisedWhateverTheRows(String message) {
        java.util.regex.Matcher m = message == null ? null : RAISED.matcher(message);
        if (m == null || !m.matches()) return false;
        String literal = Quoting.literal(m.group(1));
        boolean any = false;
        for (Map<String, Object> t : replica.query("SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")) {
            String sql = String.valueOf(t.get("sql"));
            if (!sql.contains(literal)) continue;
            if (CONDITION.matcher(sql.replace(literal, "''")).find()) return false;
            any = true;
        }
        return any;
    }

    private void emptyAllTables() {
        emptyAllTables(replica);
    }

    private static void emptyAllTables(Replica replica) {
        replica.exec("PRAGMA foreign_keys=OFF");
        // the project's triggers must not fire on the replay's own emptying (a BEFORE DELETE ... RAISE(ABORT) failed it, reported
        // as the migration failing); they are taken out and put back as they were
        List<String> triggerSql = replica.query("SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL").stream()
                .map(t -> String.valueOf(t.get("sql"))).toList();
        try {
            for (Map<String, Object> t : replica.query("SELECT name FROM main.sqlite_master WHERE type = 'trigger'")) {
                replica.exec("DROP TRIGGER main." + Quoting.doubleQuoted(String.valueOf(t.get("name"))));
            }
            for (Map<String, Object> t : replica.query("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                replica.exec("DELETE FROM main." + Quoting.doubleQuoted(String.valueOf(t.get("name"))));
            }
            for (String sql : triggerSql) replica.exec(sql);
            // AUTOINCREMENT counters too: a seed migration's INSERT ... (1, ...) into a child names the ids its parents get on an
            // empty database, not after the generated rows
            if (!replica.query("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'").isEmpty()) replica.exec("DELETE FROM main.sqlite_sequence");
        } finally {
            replica.exec("PRAGMA foreign_keys=ON");
        }
    }

    /** The CREATE statements of the replica's STRICT tables (few folders have any). */
    private List<String> strictTables() {
        List<String> out = new java.util.ArrayList<>();
        for (Map<String, Object> row : replica.query("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND sql LIKE '%strict%'")) {
            out.add(String.valueOf(row.get("sql")));
        }
        return out;
    }

    /** Migrations whose new constraints the generated rows broke (so they were replayed on empty tables), with SQLite's message. */
    public Map<String, String> constrained() {
        return constrained;
    }

    /** Tables that could not be given rows (a required reference into an empty table), with the reason. */
    public Map<String, String> unfilled() {
        return unfilled;
    }

    @Override
    public void close() {
        replica.close();
    }
}
