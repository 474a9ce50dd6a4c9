package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.StatementText.ROWS_ONLY;
import static dev.godwit.engine.preflight.StatementText.code;
import static dev.godwit.engine.preflight.StatementText.onlyAdds;
import static dev.godwit.engine.preflight.StatementText.writesRows;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.ForeignKeyViolations;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.preflight.StatementText.Mentions;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one migration on a {@link Replica} the way D1 runs it (foreign keys on, one transaction) and
 * compares every table that held rows before it with what the migration left: rows that vanished
 * from a table it keeps, foreign-key values set to NULL or changed, columns filled with a text equal
 * to their own name. The replica keeps the migration's effect, for the next one.
 *
 * <p>Here: running the migration and counting rows as it goes. Elsewhere: which tables a statement can reach ({@link Reach}),
 * the loss rules that compare a table before and after ({@link LossRules}), what a statement's text says ({@link StatementText}),
 * which triggers write a column ({@link TriggerWrites}), how a change is worded ({@link RowChange}).
 */
final class DataCheck {

    /**
     * For each column {@code statement}, an UPDATE of a tracked table that has rowids, sets to a bare subquery ({@link
     * StatementText#subquerySets}): the table, the column, a temp table holding the rowids of its rows holding a value now, and the
     * rowid's name. Read before the statement runs, so what it set to NULL is told from what a later statement does.
     */
    private static List<String[]> subqueryHeld(Replica r, List<Shape> tracked, String statement) {
        String head = code(statement).stripLeading();   // an UPDATE's bare subquery or CASE without ELSE
        if (!head.regionMatches(true, 0, "UPDATE", 0, 6) && !head.regionMatches(true, 0, "WITH", 0, 4)) return List.of();
        Set<String> keys = new HashSet<>();
        for (Shape t : tracked) if (t.rowidName() != null) keys.add(SqliteNames.key(t.name()));
        // lexed once, not once per table: an UPDATE writes one table, the tracked one it names
        Map<String, String> sets = StatementText.subquerySetTexts(statement, keys);
        Map<String, String> cases = StatementText.caseWithoutElseSets(statement, keys);
        Map<String, String> own = StatementText.ownValueSets(statement, keys);
        if (sets.isEmpty() && cases.isEmpty() && own.isEmpty()) return List.of();
        List<SqlLexer.Token> tokens = SqlLexer.significant(code(statement));
        String target = WriteTarget.name(tokens, WriteTarget.verb(tokens));
        String with = StatementText.withClause(statement);   // what the subquery may read: WITH m AS (...) UPDATE ... (SELECT ... FROM m)
        List<String[]> out = new ArrayList<>();
        for (Shape t : tracked) {
            if (t.rowidName() == null || !SqliteNames.key(t.name()).equals(target)) continue;
            for (Map.Entry<String, String> e : sets.entrySet()) {
                String c = e.getKey();
                if (!t.has(c)) continue;
                String held = "gw_preflight_subq_" + out.size();
                r.exec("DROP TABLE IF EXISTS temp." + held);
                String rows = " FROM main." + q(t.name()) + " WHERE " + q(c) + " IS NOT NULL";
                // whether the subquery finds a row for each (whose value may be NULL: a profile without a nickname), so the
                // advice fits: WHERE EXISTS skips the rows it finds none for, not those it finds a NULL in
                String found = "1";
                try {
                    r.exec("CREATE TEMP TABLE " + held + " AS " + with + "SELECT " + t.rowidName() + " AS rid, EXISTS " + e.getValue() + " AS found" + rows);
                } catch (DatabaseException notHere) {   // the subquery names the table by an alias the UPDATE gives it: not told apart
                    found = null;
                    r.exec("CREATE TEMP TABLE " + held + " AS SELECT " + t.rowidName() + " AS rid" + rows);
                }
                out.add(new String[] {t.name(), c, held, t.rowidName(), found, null});
            }
            // SET plan = CASE WHEN ... END without ELSE: the rows holding a value no WHEN matches, which it sets to NULL
            heldWhere(r, t, with, cases, " IS " + StatementText.NO_WHEN_MATCHED, LossRules.CASE_WITHOUT_ELSE_SUFFIX, out);
            // SET published_at = strftime(..., published_at): the rows holding a value the expression gives NULL for, which it empties
            heldWhere(r, t, with, own, " IS NULL", LossRules.OWN_VALUE_SUFFIX, out);
        }
        return out;
    }

    /**
     * For each column of {@code sets} (column, the expression the UPDATE sets it to) that {@code t} has: a temp table of the rowids
     * of its rows holding a value for which that expression {@code is}, added to {@code out} under {@code suffix}. An expression the
     * replica cannot read so (it names the table by an alias the UPDATE gives it, or reads another table of the UPDATE) is left out.
     */
    private static void heldWhere(Replica r, Shape t, String with, Map<String, String> sets, String is, String suffix, List<String[]> out) {
        for (Map.Entry<String, String> e : sets.entrySet()) {
            String c = e.getKey();
            if (!t.has(c)) continue;
            String held = "gw_preflight_subq_" + out.size();
            r.exec("DROP TABLE IF EXISTS temp." + held);
            try {
                r.exec("CREATE TEMP TABLE " + held + " AS " + with + "SELECT " + t.rowidName() + " AS rid FROM main." + q(t.name()) + " WHERE " + q(c)
                        + " IS NOT NULL AND (" + e.getValue() + ")" + is);
            } catch (DatabaseException notHere) {
                continue;
            }
            out.add(new String[] {t.name(), c, held, t.rowidName(), null, suffix});
        }
    }

    /**
     * Counts, into {@code out} under "t.c" (folded names) + {@link LossRules#RESET_BY_REPLACE} + {@code i}, the values REPLACE
     * {@code statement} (statement {@code i}, about to run) resets in the rows it conflicts with, for each column its list leaves
     * out ({@link ReplaceResets}): what another statement changes in that column is not laid to it. Nothing for another statement,
     * nor where the query cannot run here.
     */
    static void countResets(Replica r, String statement, int i, Map<String, Long> out) {
        ReplaceResets resets = ReplaceResets.of(r, statement);
        if (resets == null) return;
        for (ReplaceResets.Column c : resets.columns()) {
            try {
                out.put(SqliteNames.key(resets.table()) + "." + SqliteNames.key(c.name()) + LossRules.RESET_BY_REPLACE + i, r.count(c.query()));
            } catch (DatabaseException unreadable) {
                // not counted: the whole migration's change of the column is laid to it, as before
            }
        }
    }

    /**
     * What changed, or the statement that failed (then the replica is as it was before the migration); and how long each statement
     * took to run (nanoseconds, the last element the COMMIT's), the counting and comparing around them left out.
     */
    record Outcome(List<RowChange> changes, DatabaseException failure, long[] nanos, Map<String, Long> droppedColumns, Map<String, Long> writtenOnPurpose,
                   Map<String, String> leftOutOfCopies) {
        /** {@code leftOutOfCopies}: of {@code droppedColumns}, what filtered copies of a column left behind ({@link FilteredCopies}). */
        Outcome(List<RowChange> changes, DatabaseException failure, long[] nanos, Map<String, Long> droppedColumns, Map<String, Long> writtenOnPurpose) {
            this(changes, failure, nanos, droppedColumns, writtenOnPurpose, Map.of());
        }

        Outcome(List<RowChange> changes, DatabaseException failure, long[] nanos, Map<String, Long> droppedColumns) {
            this(changes, failure, nanos, droppedColumns, Map.of());
        }

        Outcome(List<RowChange> changes, DatabaseException failure) {
            this(changes, failure, new long[0], Map.of());
        }

        Outcome(List<RowChange> changes, DatabaseException failure, long[] nanos) {
            this(changes, failure, nanos, Map.of());
        }
    }

    private DataCheck() {
    }

    static Outcome run(Replica r, Migration m) {
        return run(r, m, false);
    }

    /** With {@code foreignKeysOffAround}, a migration that asks for it runs with foreign keys off around its transaction. */
    static Outcome run(Replica r, Migration m, boolean foreignKeysOffAround) {
        return run(r, m, foreignKeysOffAround, false);
    }

    /**
     * With {@code noRows} (the replica held no table and no pending statement writes rows), the statements are only run, nothing
     * counted or compared: there is nothing to lose, and reading every table's shape per migration would cost a long history's
     * first apply seconds.
     */
    static Outcome run(Replica r, Migration m, boolean foreignKeysOffAround, boolean noRows) {
        try {
            return runOnce(r, m, foreignKeysOffAround, noRows);
        } finally {
            // a copy standing for D1: what the migration's PRAGMAs set ends with it, as D1 applies them to its request only
            if (r.underD1Limits()) r.resetTransactionPragmas();
        }
    }

    private static Outcome runOnce(Replica r, Migration m, boolean foreignKeysOffAround, boolean noRows) {
        boolean off = foreignKeysOffAround && ForeignKeysPragma.asksOff(m.statements());
        if (noRows && !off) return runOnly(r, m, false, null);
        if (!off) return runInTransaction(r, m, null);
        // as the apply: with foreign keys off, the rows that break one once the statements ran and did not before fail it
        ForeignKeyViolations violationsBefore = ForeignKeyViolations.read(sql -> r.query(sql));
        r.exec("PRAGMA foreign_keys=OFF");
        try {
            return runInTransaction(r, m, violationsBefore);
        } finally {
            r.exec("PRAGMA foreign_keys=ON");
        }
    }

    /** {@code violationsBefore}: with foreign keys off, the foreign-key check's rows before the migration; else null. */
    private static Outcome runInTransaction(Replica r, Migration m, ForeignKeyViolations violationsBefore) {
        List<String> statements = m.statements();
        if (onlyAdds(statements)) return runOnly(r, m, true, violationsBefore);
        Map<String, Shape> all = Shape.all(r);
        Reach reach = new Reach(r, all);
        List<Shape> tables = reach.of(statements);
        boolean creates = FtsIndexes.createsOne(statements);
        // the indexes with external content, read once (before anything runs) for both uses below
        Set<String> externalContent = creates || !tables.isEmpty() ? FtsIndexes.names(r) : Set.of();
        Set<String> searchIndexesThere = creates ? externalContent : null;
        long[] counts = tables.isEmpty() ? new long[0] : r.counts(countQuery(tables.stream().map(Shape::name).toList()), tables.size());
        List<Shape> tracked = new ArrayList<>();
        Map<String, Long> countBefore = new HashMap<>();
        // an FTS5 index with external content holds no values of its own: reading it reads its content table, compared itself
        // (FtsIndexes checks that the index stays in step); compared too, a deliberate UPDATE of the content table, which its
        // documented triggers carry into the index, was refused as the index's values "not kept"
        for (int i = 0; i < tables.size(); i++) {
            if (counts[i] > 0 && !externalContent.contains(SqliteNames.key(tables.get(i).name()))) {
                tracked.add(tables.get(i));
                countBefore.put(tables.get(i).name(), counts[i]);
            }
        }
        // Tables no statement names change only through triggers; rows those add while the migration only moves rows (a
        // rebuild's DELETE and INSERT back of a child) are written by an apply too, and nobody asked for them.
        MovedRows moved = new MovedRows(statements);
        List<Mentions> said = StatementText.said(statements);
        Map<String, Long> bystanders = new java.util.LinkedHashMap<>();   // their count after the last statement
        Map<String, Long> named = new HashMap<>();   // the named tables among them, with their count before the migration
        Set<String> keptInStep = reach.deletedByTriggers();
        for (int i = 0; i < tables.size(); i++) {
            String name = tables.get(i).name();
            // a table a trigger also deletes from is kept in step with the moved rows (a search index): what the INSERT back adds
            // there replaces what the DELETE took
            if (keptInStep.contains(SqliteNames.key(name))) continue;
            if (said.stream().noneMatch(w -> w.of(name))) {
                bystanders.put(name, counts[i]);
            } else if (reach.writtenByTriggers(name)) {
                // A table the migration names (rebuilds, seeds) that a trigger writes too: counted the same way, but only what a
                // trigger of a moving statement adds, and no more than the table holds beyond what it held (a rebuild that puts
                // back an earlier copy of it drops what was added before)
                bystanders.put(name, counts[i]);
                named.put(name, counts[i]);
            }
        }
        Set<String> onlyMovesReach = onlyMovesReach(reach, moved, statements, said);
        Map<String, Map.Entry<String, Long>> countersBefore = LossRules.counters(r);
        Map<String, String> searchIndexesBefore = FtsIndexes.sound(r, tracked, statements);
        Map<String, Long> addedByMoves = new java.util.LinkedHashMap<>();
        Map<String, Integer> firstAdded = new HashMap<>();
        Map<String, String> snapshots = new HashMap<>();
        // triggers the migration creates on a rebuild's new table that its copy fires (counted on real rows; a D1 replica says it)
        List<CopyFiredTriggers.Fired> copyFired = r.holdsRealRows() ? CopyFiredTriggers.in(statements) : List.of();
        List<String> copyFiredSnapshots = new ArrayList<>();
        List<RowChange> writtenByCopyTriggers = new ArrayList<>();
        try {
            for (Shape t : tracked) {
                String snap = "gw_preflight_" + snapshots.size();
                r.exec("DROP TABLE IF EXISTS temp." + snap);
                r.exec("CREATE TEMP TABLE " + snap + " AS SELECT " + (t.rowidName() != null ? t.rowidName() + " AS gw_preflight_rid, " : "") + "* FROM main." + q(t.name()));
                snapshots.put(t.name(), snap);
            }
            Map<String, Integer> firstDrop = new HashMap<>();
            Map<Integer, Long> rowsAfterInsert = new HashMap<>();   // statement index -> rows of the table that INSERT wrote, right after it
            // "t.c" (folded) -> values an UPDATE's bare subquery set to NULL (and, suffixed, a CASE's, a REPLACE's: see LossRules)
            Map<String, Long> nulledBySubquery = new HashMap<>();
            Set<String> existing = null;   // the tables there are now, read again only after a statement that can change them
            long[] nanos = new long[statements.size() + 1];
            List<RowChange> quotedAsText = new ArrayList<>();   // writes of a "name" SQLite read as a string
            // values an UPDATE's (or a copy's) CAST(amount * 100 AS INTEGER) cuts short, or its json_set(data, path, NULL) empties at that path
            List<RowChange> writtenWrong = new ArrayList<>();
            r.exec("BEGIN");
            try {
                for (int i = 0; i < statements.size(); i++) {
                    String asText = QuotedNameReadAsText.in(r, statements.get(i));
                    List<String[]> subquerySet = r.holdsRealRows() ? subqueryHeld(r, tracked, statements.get(i)) : List.of();
                    if (r.holdsRealRows()) countResets(r, statements.get(i), i, nulledBySubquery);
                    PlainUpdate update = r.holdsRealRows() ? PlainUpdate.of(r, statements.get(i)) : null;   // read once for both checks
                    if (update != null) for (CastTruncation.Cut c : CastTruncation.before(r, update)) writtenWrong.add(CastTruncation.change(c, m, i, statements));
                    if (update == null && r.holdsRealRows()) for (CastTruncation.Cut c : CastTruncation.inCopy(r, statements, i)) writtenWrong.add(CastTruncation.change(c, m, i, statements));
                    if (update != null) for (JsonSetNulls.Nulled n : JsonSetNulls.before(r, update)) writtenWrong.add(JsonSetNulls.change(n, m, i, statements));
                    List<CopyFiredTriggers.Watch> watched = copyFired.isEmpty() ? List.of() : CopyFiredTriggers.watch(r, copyFired, i, copyFiredSnapshots);
                    long t0 = System.nanoTime();
                    DatabaseException failed = runStatement(r, statements, i);
                    if (failed != null) return new Outcome(List.of(), failed);
                    nanos[i] = System.nanoTime() - t0;
                    if (!tracked.isEmpty()) countInserted(r, statements.get(i), i, rowsAfterInsert);
                    for (CopyFiredTriggers.Watch w : watched) {
                        RowChange c = CopyFiredTriggers.written(r, w, m, i, statements);
                        if (c != null) writtenByCopyTriggers.add(c);
                        r.exec("DROP TABLE temp." + w.snapshot());
                    }
                    for (String[] held : subquerySet) {
                        // the values this statement, not a later one, set to NULL (UPDATE ... SET note = NULL after the backfill)
                        String nulled = "SELECT count(*) FROM main." + q(held[0]) + " WHERE " + q(held[1]) + " IS NULL AND " + held[3]
                                + " IN (SELECT rid FROM temp." + held[2];
                        long n = r.count(nulled + ")");
                        String key = SqliteNames.key(held[0]) + "." + SqliteNames.key(held[1]) + (held[5] == null ? "" : held[5]);
                        if (held[4] != null) nulledBySubquery.merge(key + LossRules.FOUND_NULL, r.count(nulled + " WHERE found)"), Long::sum);
                        r.exec("DROP TABLE temp." + held[2]);
                        nulledBySubquery.merge(key, n, Long::sum);
                    }
                    if (asText != null) {
                        long n = r.count("SELECT changes()");
                        if (n > 0) quotedAsText.add(LossRules.change(RowChange.Kind.WRITTEN_FROM_QUOTED_NAME, writtenTable(statements.get(i)), asText, n, n, m, i,
                                statements));
                    }
                    // a table created, dropped or renamed is followed in the set read before, not read again (a rebuild of a parent with a
                    // cascade tree under it backs up and restores hundreds of tables, each statement then read the whole catalog)
                    if (existing != null && !ROWS_ONLY.matcher(code(statements.get(i))).matches() && !follow(existing, statements.get(i))) existing = null;
                    // a CREATE VIRTUAL TABLE deletes nothing either: an FTS5 table dropped and created again lost its rows at the DROP
                    if (firstDrop.size() < tracked.size() && !onlyAdds(statements.get(i)) && FtsIndexes.createdName(statements.get(i)) == null) {
                        if (existing == null) existing = existingTables(r);
                        // counted after what can lower a count, only the tables that statement can reach (every tracked one when it
                        // names none known: a table renamed away); counting all after every statement was quadratic on large rebuilds
                        List<Shape> reached = reach.of(List.of(statements.get(i)));
                        measure(r, reached.isEmpty() ? tracked : reached, countBefore, firstDrop, i, existing);
                    }
                    if (!bystanders.isEmpty() && !onlyAdds(statements.get(i))) {
                        if (existing == null) existing = existingTables(r);
                        int at = i;
                        // a named table counts what its own statements (its DELETE and INSERT back) change as moved, not added
                        java.util.function.Predicate<String> byTrigger = t -> !named.containsKey(t)
                                || !said.get(at).of(t) && !reach.writersOf(t, statements.get(at)).isEmpty();
                        added(r, reach.of(List.of(statements.get(i))), bystanders, moved.moves(i), byTrigger, addedByMoves, firstAdded, i, existing);
                    }
                }
                Map<String, Long> droppedColumns = new java.util.LinkedHashMap<>();
                Map<String, Long> writtenOnPurpose = new java.util.LinkedHashMap<>();
                Map<String, String> leftOutOfCopies = new java.util.LinkedHashMap<>();
                List<RowChange> changes = new ArrayList<>(tracked.isEmpty() ? List.of() : LossRules.compare(r, m, statements, said, FtsIndexes.readable(r, tracked), countBefore,
                        snapshots, firstDrop, moved, onlyMovesReach, droppedColumns, writtenOnPurpose, r.holdsRealRows() ? nulledBySubquery : null, rowsAfterInsert,
                        leftOutOfCopies));
                // a statement the own-name rule names already (a copy's SELECT of a column the source lacks) is said once
                Set<Integer> ownName = new java.util.HashSet<>();
                for (RowChange c : changes) if (c.kind() == RowChange.Kind.FILLED_WITH_OWN_NAME) ownName.add(c.statement());
                for (RowChange c : quotedAsText) if (!ownName.contains(c.statement())) changes.add(c);
                changes.addAll(writtenWrong);
                changes.addAll(LossRules.countersSetBack(r, m, statements, countersBefore));
                changes.addAll(FtsIndexes.outOfStep(r, m, statements, searchIndexesBefore));
                if (searchIndexesThere != null) changes.addAll(FtsIndexes.builtOverNone(r, m, statements, searchIndexesThere));
                if (!writtenByCopyTriggers.isEmpty()) {
                    // of the tables still there; their rows deleted were counted as deleted through no statement: said here, with the copy
                    Set<String> there = existingTables(r);
                    for (RowChange c : writtenByCopyTriggers) {
                        String key = SqliteNames.key(c.table());
                        if (!there.contains(key) || changes.stream().anyMatch(o -> o.byTrigger() && SqliteNames.key(o.table()).equals(key))) continue;
                        changes.removeIf(o -> o.kind() == RowChange.Kind.ROWS_DELETED && o.statement() < 0 && SqliteNames.key(o.table()).equals(key));
                        changes.add(c);
                    }
                }
                Set<String> atTheEnd = named.isEmpty() ? Set.of() : existingTables(r);
                for (Map.Entry<String, Long> a : addedByMoves.entrySet()) {
                    int at = firstAdded.get(a.getKey());
                    long rows = a.getValue();
                    long now = bystanders.get(a.getKey());
                    if (named.containsKey(a.getKey())) {
                        if (!atTheEnd.contains(SqliteNames.key(a.getKey()))) continue;
                        now = r.count("SELECT count(*) FROM main." + q(a.getKey()));
                        rows = Math.min(rows, now - named.get(a.getKey()));
                        if (rows <= 0) continue;
                    }
                    changes.add(LossRules.change(RowChange.Kind.ADDED_BY_TRIGGER, a.getKey(), null, rows, now, m, at, statements,
                            reach.writersOf(a.getKey(), statements.get(at))));
                }
                long t0 = System.nanoTime();
                DatabaseException atCommit = commit(r, violationsBefore);
                nanos[statements.size()] = System.nanoTime() - t0;
                return atCommit == null ? new Outcome(changes, null, nanos, droppedColumns, writtenOnPurpose, leftOutOfCopies) : new Outcome(List.of(), atCommit);
            } catch (RuntimeException e) {
                r.rollbackQuietly();
                throw e;
            }
        } finally {
            for (String snap : copyFiredSnapshots) r.exec("DROP TABLE IF EXISTS temp." + snap);
            for (String snap : snapshots.values()) {
                r.exec("DROP TABLE IF EXISTS temp." + snap);
                r.exec("DROP TABLE IF EXISTS " + LossRules.pairsOf(snap));
            }
        }
    }

    /** How many rows the user tables hold and in how many tables: {rows, tables with rows}. */
    static long[] rowsAndTables(Replica r) {
        long rows = 0;
        long tables = 0;
        for (long c : rowsByTable(r).values()) {
            rows += c;
            if (c > 0) tables++;
        }
        return new long[] {rows, tables};
    }

    /** Each user table of the replica's main schema with its row count, in the order sqlite_master lists them. */
    static Map<String, Long> rowsByTable(Replica r) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'table'")) {
            String n = String.valueOf(row.get("name"));
            if (!Introspector.leavesOut(r, n, Set.of())) names.add(n);
        }
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        if (names.isEmpty()) return out;
        long[] counts = r.counts(countQuery(names), names.size());
        for (int i = 0; i < names.size(); i++) out.put(names.get(i), counts[i]);
        return out;
    }

    /**
     * A migration that only adds (tables, indexes, views, columns): run it, nothing to compare, but for a full-text index with
     * external content it creates over rows it does not read ({@link FtsIndexes#builtOverNone}); not with {@code rows} false (the
     * replica holds none).
     */
    private static Outcome runOnly(Replica r, Migration m, boolean rows, ForeignKeyViolations violationsBefore) {
        List<String> statements = m.statements();
        Set<String> searchIndexesThere = rows && FtsIndexes.createsOne(statements) ? FtsIndexes.names(r) : null;
        long[] nanos = new long[statements.size() + 1];
        r.exec("BEGIN");
        for (int i = 0; i < statements.size(); i++) {
            long t0 = System.nanoTime();
            DatabaseException failed = runStatement(r, statements, i);
            if (failed != null) return new Outcome(List.of(), failed);
            nanos[i] = System.nanoTime() - t0;
        }
        List<RowChange> changes = searchIndexesThere == null ? List.of() : FtsIndexes.builtOverNone(r, m, statements, searchIndexesThere);
        long t0 = System.nanoTime();
        DatabaseException atCommit = commit(r, violationsBefore);
        nanos[statements.size()] = System.nanoTime() - t0;
        return new Outcome(atCommit == null ? changes : List.of(), atCommit, nanos);
    }

    /**
     * After an {@code INSERT ... SELECT} (a rebuild's copy), the rows of the table it wrote: what the copy kept, told apart from what a
     * later statement (the old table's DROP, cascading) deleted.
     */
    private static void countInserted(Replica r, String statement, int i, Map<Integer, Long> rowsAfterInsert) {
        List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statement);
        if (t.isEmpty() || !(t.get(0).is("INSERT") || t.get(0).is("REPLACE")) || t.stream().noneMatch(x -> x.is("SELECT"))) return;
        String table = writtenTable(statement);
        if ("?".equals(table)) return;
        try {
            rowsAfterInsert.put(i, r.count("SELECT count(*) FROM main." + q(table)));
        } catch (RuntimeException notThere) {
            // a table of another schema or a view: not a copy this tells of
        }
    }

    /** The table an INSERT, REPLACE, UPDATE or DELETE writes, as it names it; "?" where it cannot be read (a WITH statement). */
    private static String writtenTable(String statement) {
        List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statement);
        int from = WriteTarget.verb(t);
        if (from < 0) return "?";
        String name = WriteTarget.name(t, from);
        return name == null ? "?" : name;
    }

    /** Runs statement {@code i} in the open transaction: null, or its failure, the transaction rolled back. */
    private static DatabaseException runStatement(Replica r, List<String> statements, int i) {
        try {
            r.execMigration(statements.get(i));
            return null;
        } catch (DatabaseException e) {
            r.rollbackQuietly();
            return new DatabaseException("statement " + (i + 1) + " failed: " + e.databaseMessage(), i, statements.get(i), e.databaseMessage(), false, e);
        }
    }

    /**
     * Said where a deferred COMMIT fails on foreign keys while no row breaks one ({@code PRAGMA foreign_key_check} empty): SQLite
     * counts each reference a statement breaks while the keys are deferred (a DROP TABLE of a parent deletes its rows, each child
     * row referencing one counting) and takes one off only when a row is written to that parent, by its name, while the child row
     * stands; drizzle-kit's rebuild copies the rows into {@code __new_p} and renames it to {@code p} afterwards, which leaves the
     * count as it was, so its COMMIT fails with every row in place, on D1 and wrangler's local D1 too (d1.md 2.3). The way out is the
     * rebuild under the final name that d1.md found to keep every row.
     */
    public static final String COUNTED_NOT_BROKEN = "no row references a missing one now, so no row is at fault: while the keys are deferred"
            + " SQLite counts each reference a statement breaks (a DROP TABLE of a parent deletes its rows, and each child row referencing"
            + " one counts) and takes one off only when a row is written to that parent under its own name; rows copied into a new table"
            + " renamed to the parent's name afterwards (drizzle-kit's __new_ rebuild) leave the count as it was, and D1 fails the same"
            + " way. Rebuild the parent under its final name instead: copy it aside (CREATE TABLE __bak_p AS SELECT * FROM p), DROP TABLE p,"
            + " CREATE TABLE p with the new definition, INSERT INTO p (...) SELECT ... FROM __bak_p, DROP TABLE __bak_p (with children that"
            + " ON DELETE CASCADE or SET NULL reaches copied aside first and put back after)";

    /**
     * Commits, or rolls back and gives the failure: SQLite checks at COMMIT the foreign keys a migration deferred ({@code PRAGMA
     * defer_foreign_keys=ON}, as a rebuild asks), so rows breaking a key the migration adds fail there, not at a statement.
     */
    private static DatabaseException commit(Replica r, ForeignKeyViolations violationsBefore) {
        if (violationsBefore != null) {
            List<Map<String, Object>> added = ForeignKeyViolations.read(sql -> r.query(sql)).addedSince(violationsBefore);
            if (!added.isEmpty()) {
                String says = "the statements leave " + ForeignKeyViolations.described(added, sql -> r.query(sql))   // read before the rollback
                        + " (checked before COMMIT, as the apply checks a migration it runs with foreign keys off)";
                r.rollbackQuietly();
                return new DatabaseException("COMMIT refused: " + says, -1, "COMMIT", says, false, null);
            }
        }
        try {
            r.exec("COMMIT");
            return null;
        } catch (DatabaseException e) {
            // the failed COMMIT leaves the transaction open: the rows that break a key are read before the rollback
            String rows = null;
            boolean noneBroken = false;
            try {
                List<Map<String, Object>> broken = r.query("PRAGMA foreign_key_check");
                if (!broken.isEmpty()) rows = ForeignKeyViolations.described(broken, sql -> r.query(sql));
                noneBroken = broken.isEmpty() && String.valueOf(e.databaseMessage()).contains("FOREIGN KEY constraint failed");
            } catch (DatabaseException unreadable) {
                // the message goes without them
            }
            r.rollbackQuietly();
            String says = e.databaseMessage() + " (at COMMIT, where SQLite checks the foreign keys the migration deferred"
                    + (rows != null ? "): " + rows : noneBroken ? "): " + COUNTED_NOT_BROKEN : ")");
            return new DatabaseException("COMMIT failed: " + says, -1, "COMMIT", says, false, e);
        }
    }

    private static void measure(Replica r, List<Shape> candidates, Map<String, Long> countBefore, Map<String, Integer> firstDrop, int statement,
                                Set<String> existing) {
        List<String> names = new ArrayList<>();
        for (Shape t : candidates) {
            if (countBefore.containsKey(t.name()) && !firstDrop.containsKey(t.name()) && existing.contains(SqliteNames.key(t.name()))) names.add(t.name());
        }
        if (names.isEmpty()) return;
        long[] now = countsNow(r, names);
        for (int i = 0; i < names.size(); i++) {
            if (now[i] >= 0 && now[i] < countBefore.get(names.get(i))) firstDrop.put(names.get(i), statement);
        }
    }

    /** Counts the bystanders statement {@code at} reaches; what it added is counted against the migration when it only moves rows. */
    private static void added(Replica r, List<Shape> reached, Map<String, Long> bystanders, boolean moves, java.util.function.Predicate<String> byTrigger,
                              Map<String, Long> addedByMoves, Map<String, Integer> firstAdded, int at, Set<String> existing) {
        List<String> names = new ArrayList<>();
        for (Shape t : reached) if (bystanders.containsKey(t.name()) && existing.contains(SqliteNames.key(t.name()))) names.add(t.name());
        if (names.isEmpty()) return;
        long[] now = countsNow(r, names);
        for (int i = 0; i < names.size(); i++) {
            if (now[i] < 0) continue;
            long more = now[i] - bystanders.put(names.get(i), now[i]);
            if (more <= 0 || !moves || !byTrigger.test(names.get(i))) continue;
            addedByMoves.merge(names.get(i), more, Long::sum);
            firstAdded.putIfAbsent(names.get(i), at);
        }
    }

    /**
     * The tables (as {@link SqliteNames#key}) that no statement names and only statements that move rows reach (through the
     * triggers of the rows they move): a value a trigger changes there (a counter on a third table) was not asked for.
     */
    private static Set<String> onlyMovesReach(Reach reach, MovedRows moved, List<String> statements, List<Mentions> said) {
        Set<String> out = new HashSet<>();
        Set<String> otherwise = new HashSet<>();   // reached by a hand-written write, which means its triggers to fire
        for (int i = 0; i < statements.size(); i++) {
            String code = code(statements.get(i));
            boolean writes = writesRows(code) || code.regionMatches(true, 0, "DELETE", 0, 6);
            if (!moved.moves(i) && !writes) continue;
            for (Shape t : reach.of(List.of(statements.get(i)))) (moved.moves(i) ? out : otherwise).add(SqliteNames.key(t.name()));
        }
        out.removeAll(otherwise);
        out.removeIf(t -> said.stream().anyMatch(w -> w.of(t)));
        return out;
    }

    /**
     * The row counts of {@code names} after a statement, -1 for one that stands but cannot be read there: an FTS5 index with
     * external content ({@code content='posts'}) reads its content table to count, and a rebuild of that table has dropped it
     * and not yet renamed the new one into its place. Counted again after a later statement, once the table is back.
     */
    private static long[] countsNow(Replica r, List<String> names) {
        try {
            return r.counts(countQuery(names), names.size());
        } catch (DatabaseException someUnreadable) {
            long[] out = new long[names.size()];
            for (int i = 0; i < names.size(); i++) {
                try {
                    out[i] = r.count(countQuery(List.of(names.get(i))));
                } catch (DatabaseException unreadable) {
                    out[i] = -1;
                }
            }
            return out;
        }
    }

    private static String countQuery(List<String> tables) {
        StringBuilder sb = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append("(SELECT count(*) FROM main.").append(q(tables.get(i))).append(')');
        }
        return sb.toString();
    }

    /** The main schema's tables, by key; a set {@link #follow} may keep up to date (an {@link Existing}) where no virtual or TEMP table is there. */
    static Set<String> existingTables(Replica r) {
        Set<String> out = new HashSet<>();
        boolean virtual = false;
        for (Map<String, Object> row : r.query("SELECT name, sql LIKE 'CREATE VIRTUAL%' AS v FROM main.sqlite_master WHERE type = 'table'")) {
            out.add(SqliteNames.key(String.valueOf(row.get("name"))));
            if (row.get("v") instanceof Number v && v.longValue() != 0) virtual = true;
        }
        // a virtual table's DROP or RENAME takes its shadow tables along, and an unqualified name is a TEMP table's first (the snapshots)
        Set<String> temp = new HashSet<>();
        for (Map<String, Object> row : r.query("SELECT name FROM temp.sqlite_master WHERE type = 'table'")) temp.add(SqliteNames.key(String.valueOf(row.get("name"))));
        return virtual ? out : new Existing(out, temp);
    }

    /** The tables of the main schema as {@link #follow} keeps them, with the TEMP tables whose names would take an unqualified statement. */
    private static final class Existing extends HashSet<String> {
        final Set<String> temp;

        Existing(Set<String> main, Set<String> temp) {
            super(main);
            this.temp = temp;
        }
    }

    /**
     * Applies to {@code existing} what {@code statement} (run) did to the main schema's tables, where its words tell exactly: a
     * CREATE TABLE, DROP TABLE or ALTER TABLE ... RENAME TO of a plain table, or a statement that makes no table (an index, a view, a
     * trigger, a column added or dropped). False where they do not (then the caller reads the catalog again).
     */
    static boolean follow(Set<String> existing, String statement) {
        if (!(existing instanceof Existing e)) return false;
        List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statement);
        if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
        if (t.size() < 3) return false;
        if (t.get(0).is("CREATE") && t.get(1).is("TABLE")) {
            // IF NOT EXISTS: a view of that name makes it a no-op, read again
            String name = t.get(2).is("IF") ? null : mainName(t, 2);
            if (name == null) return false;
            existing.add(name);
            if (t.stream().anyMatch(x -> x.is("AUTOINCREMENT"))) existing.add("sqlite_sequence");
            return true;
        }
        if (t.get(0).is("DROP") && t.get(1).is("TABLE")) {
            int at = t.size() > 4 && t.get(2).is("IF") && t.get(3).is("EXISTS") ? 4 : 2;
            String name = mainName(t, at);
            if (name == null || at + (t.get(at + 1 < t.size() ? at + 1 : at).isPunct(".") ? 3 : 1) != t.size() || e.temp.contains(name)) return false;
            existing.remove(name);
            return true;
        }
        if (t.get(0).is("ALTER") && t.get(1).is("TABLE")) {
            String name = t.size() < 5 ? null : mainName(t, 2);
            if (name == null || e.temp.contains(name)) return false;
            int after = t.get(3).isPunct(".") ? 5 : 3;   // the word after the table's name
            if (after >= t.size()) return false;
            if (t.get(after).is("ADD") || t.get(after).is("DROP")) return true;   // a column: the tables stay
            if (t.get(after).is("RENAME") && after + 3 == t.size() && t.get(after + 1).is("TO") && t.get(after + 2).isName()) {
                existing.remove(name);
                existing.add(SqliteNames.key(t.get(after + 2).name()));
                return true;
            }
            return t.get(after).is("RENAME") && after + 1 < t.size() && !t.get(after + 1).is("TO");   // RENAME [COLUMN] a TO b
        }
        boolean temp = t.get(1).is("TEMP") || t.get(1).is("TEMPORARY");
        if (t.get(0).is("CREATE") && !temp && (t.get(1).is("INDEX") || t.get(1).is("VIEW") || t.get(1).is("TRIGGER")
                || t.get(1).is("UNIQUE") && t.get(2).is("INDEX"))) return true;
        return t.get(0).is("DROP") && (t.get(1).is("INDEX") || t.get(1).is("VIEW") || t.get(1).is("TRIGGER"));
    }

    /** The key of the table named at {@code at} ({@code name} or {@code main.name}); null for another schema's or none. */
    private static String mainName(List<dev.godwit.engine.sql.SqlLexer.Token> t, int at) {
        if (at >= t.size() || !t.get(at).isName()) return null;
        if (at + 2 < t.size() && t.get(at + 1).isPunct(".")) {
            if (!t.get(at).name().equalsIgnoreCase("main") || !t.get(at + 2).isName()) return null;
            at += 2;
        }
        return SqliteNames.key(t.get(at).name());
    }
    private static String q(String name) {
        return Quoting.doubleQuoted(name);
    }
}
