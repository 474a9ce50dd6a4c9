package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.StatementText.code;
import static dev.godwit.engine.preflight.StatementText.mentions;
import static dev.godwit.engine.preflight.StatementText.droppedForAnotherTable;
import static dev.godwit.engine.preflight.StatementText.renamedColumns;
import static dev.godwit.engine.preflight.StatementText.parentStatement;
import static dev.godwit.engine.preflight.StatementText.readsAsString;
import static dev.godwit.engine.preflight.StatementText.writerStatement;
import static dev.godwit.engine.preflight.TriggerWrites.drifting;
import static dev.godwit.engine.preflight.TriggerWrites.setBy;
import static dev.godwit.engine.preflight.TriggerWrites.triggers;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.TriggerWrites.Trigger;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a migration did to the rows of a table it keeps, rule by rule ({@link RowChange.Kind}): rows deleted, foreign keys set
 * to NULL or changed, values rewritten by a trigger, integers rounded, texts converted to numbers, columns filled with their
 * own name. Each compares the table's snapshot from before the migration with the table now.
 */
final class LossRules {

    private LossRules() {
    }

    /**
     * Every change the migration made to the {@code tracked} tables (those that held rows; {@code said}: the statements'
     * {@link StatementText#said words}), each compared with its snapshot
     * ({@code snapshots}: table name to temp table) under the name and column names the migration gave it; {@code firstDrop}:
     * the statement after which a table's count first fell.
     */
    static List<RowChange> compare(Replica r, Migration m, List<String> statements, List<StatementText.Mentions> said, List<Shape> tracked,
                                   Map<String, Long> countBefore, Map<String, String> snapshots, Map<String, Integer> firstDrop, MovedRows moved,
                                   Set<String> onlyMovesReach, Map<String, Long> droppedColumns) {
        return compare(r, m, statements, said, tracked, countBefore, snapshots, firstDrop, moved, onlyMovesReach, droppedColumns, new HashMap<>());
    }

    /** As above; {@code writtenOnPurpose} gets the columns a copy computes whose values changed ("t"."c" to how many). */
    static List<RowChange> compare(Replica r, Migration m, List<String> statements, List<StatementText.Mentions> said, List<Shape> tracked,
                                   Map<String, Long> countBefore, Map<String, String> snapshots, Map<String, Integer> firstDrop, MovedRows moved,
                                   Set<String> onlyMovesReach, Map<String, Long> droppedColumns, Map<String, Long> writtenOnPurpose) {
        return compare(r, m, statements, said, tracked, countBefore, snapshots, firstDrop, moved, onlyMovesReach, droppedColumns, writtenOnPurpose, null, Map.of());
    }

    /** Marks a column a REPLACE's column list leaves out, among those {@link #defaultedByUpsert} reads. */
    private static final String REPLACED = "replaced";

    /** Suffix of a "t.c" key of {@code nulledBySubquery} counting the values a CASE without ELSE set to NULL, no WHEN matching them. */
    static final String CASE_WITHOUT_ELSE_SUFFIX = "\u0000case";

    /**
     * Suffix of a "t.c" key of {@code nulledBySubquery} counting the values an UPDATE set to NULL through an expression of the
     * column's own value ({@link StatementText#ownValueSets}: a strftime of a date it cannot read).
     */
    static final String OWN_VALUE_SUFFIX = "\u0000own";

    /** Suffix of a "t.c" key of {@code nulledBySubquery} counting those of its values set to NULL where the subquery found a row holding NULL. */
    static final String FOUND_NULL = "\u0000found";

    /**
     * Infix of a "t.c" key of {@code nulledBySubquery}, followed by a statement's index, counting the values that statement, a REPLACE
     * leaving the column out, reset in the rows it conflicted with as it ran ({@link ReplaceResets}).
     */
    static final String RESET_BY_REPLACE = "\u0000replace@";

    /**
     * As above; {@code nulledBySubquery}: for "t.c" (folded names), how many values the UPDATEs setting it to a bare subquery set to
     * NULL as they ran (null: not counted), so a value a later statement clears is not laid to the subquery; under "t.c" + {@link
     * #FOUND_NULL}, how many of those the subquery found a row for, holding NULL (absent: not told); under "t.c" + {@link
     * #RESET_BY_REPLACE} + a statement's index, the values that REPLACE reset. {@code rowsAfterInsert}: by statement index, the rows of
     * the table an INSERT ... SELECT wrote right after it (a rebuild's copy: whether it kept every row of the old table).
     */
    static List<RowChange> compare(Replica r, Migration m, List<String> statements, List<StatementText.Mentions> said, List<Shape> tracked,
                                   Map<String, Long> countBefore, Map<String, String> snapshots, Map<String, Integer> firstDrop, MovedRows moved,
                                   Set<String> onlyMovesReach, Map<String, Long> droppedColumns, Map<String, Long> writtenOnPurpose,
                                   Map<String, Long> nulledBySubquery, Map<Integer, Long> rowsAfterInsert) {
        return compare(r, m, statements, said, tracked, countBefore, snapshots, firstDrop, moved, onlyMovesReach, droppedColumns, writtenOnPurpose,
                nulledBySubquery, rowsAfterInsert, new HashMap<>());
    }

    /**
     * As above; {@code leftOutOfCopies} gets, for a dropped column of {@code droppedColumns}, what its filtered copies left behind
     * ({@link FilteredCopies#leftOut}).
     */
    static List<RowChange> compare(Replica r, Migration m, List<String> statements, List<StatementText.Mentions> said, List<Shape> tracked,
                                   Map<String, Long> countBefore, Map<String, String> snapshots, Map<String, Integer> firstDrop, MovedRows moved,
                                   Set<String> onlyMovesReach, Map<String, Long> droppedColumns, Map<String, Long> writtenOnPurpose,
                                   Map<String, Long> nulledBySubquery, Map<Integer, Long> rowsAfterInsert, Map<String, String> leftOutOfCopies) {
        List<String[]> renames = StatementText.tableRenames(statements);
        Map<String, Shape> after = Shape.all(r);
        List<Trigger> triggers = null;   // read when a table whose rows were moved is compared
        ExplicitWrites explicit = new ExplicitWrites(statements, moved);
        List<RowChange> out = new ArrayList<>();
        for (Shape was : tracked) {
            String name = StatementText.nameAfter(renames, was.name());
            // dropped before anything read its rows: a table now under its name is another one
            if (droppedForAnotherTable(statements, said, was.name())) {
                // unless the table now under its name is one an earlier migration filled from it (the rebuild idiom split forward:
                // INSERT INTO t2 SELECT ... FROM t in one, DROP TABLE t and RENAME t2 TO t in the next): its rows are compared by key
                RowChange lost = lostInSplitCopy(r, renames, was, after, countBefore, snapshots);
                if (lost != null) out.add(lost);
                continue;
            }
            Shape is = after.get(SqliteNames.key(name));
            // Renamed away, created again under its name, rows copied back, the renamed one dropped: the rows are in the new one.
            if (is == null) is = after.get(SqliteNames.key(was.name()));
            // the same over two migrations: an earlier one renamed it away and created the new table, this one copies back and drops it
            String takenBy = is == null ? r.renamedAwayFrom(was.name()) : null;
            if (takenBy != null && readsInto(statements, was.name(), takenBy)) is = after.get(SqliteNames.key(takenBy));
            if (is == null) continue;
            // a column renamed (b -> c, then a -> b) is compared under its new name, not with the column that took its old one
            Map<String, String> renamedColumns = renamedColumns(statements, said, was.name());
            UnaryOperator<String> now = c -> renamedColumns.getOrDefault(SqliteNames.key(c), c);
            Map<String, String> origin = new HashMap<>();
            for (Map.Entry<String, String> e : renamedColumns.entrySet()) origin.put(SqliteNames.key(e.getValue()), e.getKey());
            String snap = "temp." + snapshots.get(was.name());
            String live = "main." + q(is.name());
            // columns the table no longer has, with the values they held: no loss of rows, but the summary names them ("they drop ...")
            Shape kept = is;
            List<String> goneColumns = was.columns().stream().filter(c -> !kept.has(now.apply(c))).toList();
            if (!goneColumns.isEmpty()) {
                StringBuilder held = new StringBuilder("SELECT ");
                for (int i = 0; i < goneColumns.size(); i++) held.append(i == 0 ? "" : ", ").append("count(").append(q(goneColumns.get(i))).append(")");
                long[] values = r.counts(held.append(" FROM ").append(snap).toString(), goneColumns.size());
                for (int i = 0; i < goneColumns.size(); i++) {
                    if (values[i] == 0) continue;
                    String key = Quoting.doubleQuoted(is.name()) + "." + Quoting.doubleQuoted(goneColumns.get(i));
                    droppedColumns.put(key, values[i]);
                    String left = FilteredCopies.leftOut(r, m.fileName(), statements, was.name(), goneColumns.get(i), snapshots.get(was.name()));
                    if (left != null) leftOutOfCopies.put(key, left);
                }
            }
            long n0 = countBefore.get(was.name());
            long n1 = r.count("SELECT count(*) FROM " + live);
            String join = join(r, was, is, moved.refills(was.name()), now, snapshots.get(was.name()), live);
            // by key: a row gone while another took its place leaves the count as it was (a copy that numbers the rows afresh, a
            // REPLACE that meets a row on another UNIQUE column); not where an UPDATE may give rows other keys on purpose
            // nor where a key column follows its parent's key under ON UPDATE CASCADE, which an UPDATE of the migration sets (a join
            // table's product_slug when UPDATE products SET slug = 'shoes' ...): the row is there under its parent's new key
            Shape child = is;
            boolean keyFollowsParent = was.primaryKey().stream().anyMatch(k -> was.parents().containsKey(k) && child.has(now.apply(k))
                    && followsUpdatedParent(r, explicit, renames, child.name(), now.apply(k), was.parents().get(k), after));
            long gone = join != null && !keyFollowsParent && byKey(r, was, is, now, snap) && !explicit.mayChangeKeyOf(was.name(), is.name(),
                    java.util.stream.Stream.concat(was.primaryKey().stream(), was.primaryKey().stream().map(now)).toList())
                    ? r.count("SELECT count(*) FROM " + snap + " b WHERE " + String.join(" AND ", was.primaryKey().stream().map(c -> "b." + q(c)
                            + " IS NOT NULL").toList()) + " AND NOT EXISTS (SELECT 1 FROM " + live + " a WHERE " + join + ")") : 0;   // a NULL key given a value is kept
            if (n1 < n0 || gone > 0) {
                // a table no count found lower, as it was gone after the statement that emptied it (dropped, then created again
                // empty): the first statement that writes or drops it
                int at = n1 < n0 ? firstDrop.getOrDefault(was.name(), firstWriteOf(statements, was.name(), is.name())) : firstReplaceOf(statements, was.name(), is.name());
                // counted low first after the rebuild's RENAME (the table gone while the copy ran): a rename moves every row, the
                // copy that left them out did (its OR IGNORE, DISTINCT, GROUP BY or WHERE; a red-team read "statement 5: ALTER TABLE ...
                // RENAME" and a hint on primary keys for an INSERT OR IGNORE into a new UNIQUE index)
                if (at >= 0 && StatementText.tableRenames(List.of(statements.get(at))).size() == 1) {
                    int copy = selectiveCopyInto(statements, at, was.name(), StatementText.tableRenames(List.of(statements.get(at))).get(0)[0]);
                    // fewer rows than the old table held, through a copy with no clause of its own: the new table's conflict clause
                    // (NOT NULL ON CONFLICT IGNORE, UNIQUE ON CONFLICT REPLACE) or a trigger's RAISE(IGNORE) left them out there
                    if (copy < 0 && n1 < n0) {
                        String into = StatementText.tableRenames(List.of(statements.get(at))).get(0)[0];
                        copy = copyInto(statements, at, was.name(), into);
                        // a copy that kept every row, into a table referencing the old one ON DELETE CASCADE (a table referencing itself,
                        // rebuilt as drizzle-kit writes it): the old one's DROP TABLE deleted its rows, and the copies holding a parent
                        // (only where it did: a copy that left rows out itself, through the new table's NOT NULL ON CONFLICT IGNORE, is named)
                        Long copied = copy < 0 ? null : rowsAfterInsert.get(copy);   // not counted: taken to keep every row, as before
                        boolean keptAll = copy >= 0 && (copied == null || copied >= n0);
                        int drop = keptAll ? cascadingDrop(r, statements, copy, at, was.name(), is.name()) : -1;
                        if (drop >= 0) copy = drop;
                    }
                    if (copy >= 0) at = copy;
                }
                out.add(change(RowChange.Kind.ROWS_DELETED, is.name(), null, Math.max(n0 - n1, gone), n0, m, at, statements));
            }
            Joined rows = join == null ? null : new Joined(r, m, statements, was, is, now, snapshots.get(was.name()), live, join);
            if (join != null) {
                for (Map.Entry<String, String> fk : was.parents().entrySet()) {
                    String c = now.apply(fk.getKey());
                    if (!is.has(c)) continue;
                    // c38 dropped and C38 added: one name to SQLite, but another column, whose values were never c38's (fz21n_39)
                    if (!is.columns().contains(c) && StatementText.leftBehind(statements, was.name(), fk.getKey())) continue;
                    // a reference the migration's UPDATE sets (UPDATE orders SET customer_id = 2 WHERE ...) is written on purpose; not
                    // where the parent's rows go too (its rebuild's DROP TABLE): its ON DELETE SET NULL reaches every row, not the updated one
                    if (explicit.updates(was.name(), is.name(), c) && StatementText.removesRowsOf(statements, fk.getValue()) < 0) continue;
                    String b = "b." + q(fk.getKey());
                    String a = "a." + q(c);
                    long[] x = r.counts("SELECT coalesce(sum(" + b + " IS NOT NULL AND " + a + " IS NULL), 0), coalesce(sum(" + b + " IS NOT NULL AND "
                            + a + " IS NOT NULL AND " + a + " IS NOT " + b + "), 0), coalesce(sum(" + b + " IS NOT NULL), 0) FROM " + snap + " b JOIN "
                            + live + " a ON " + join, 3);
                    int at = parentStatement(statements, fk.getValue());
                    if (x[0] > 0) out.add(change(RowChange.Kind.SET_NULL, is.name(), c, x[0], x[2], m, at, statements));
                    // ON UPDATE CASCADE from a parent key the migration's UPDATE changes: each row still points at its parent row
                    if (x[1] > 0 && !followsUpdatedParent(r, explicit, renames, is.name(), c, fk.getValue(), after)) {
                        out.add(change(RowChange.Kind.REFERENCE_CHANGED, is.name(), c, x[1], x[2], m, at, statements));
                    }
                }
            }
            if (join != null && moved.refills(was.name())) {
                // rows taken out and put back as they were (of a rebuilt table, the columns it copies as they are; IS NOT compares
                // '5' in a text column and 5 in the integer column it became as equal): a value that differs now was written by a trigger
                // Compared where the table's own trigger names the column (a stamp on the rows put back), or any trigger moves it on
                // from its own value (order_count = order_count + 1): those change it on every database. Another table's trigger
                // that sets it from other rows (order_count = the count of its orders) leaves real rows as they were; only the
                // replay's generated values, which match no generated children, would change.
                if (triggers == null) triggers = triggers(r);
                List<Trigger> all = triggers;
                Shape then = is;
                List<String> own = was.columns().stream().filter(c -> !was.parents().containsKey(c) && then.has(now.apply(c)) && moved.putsBack(was.name(), c)
                        && !drifting(all, was.name(), c, r.holdsRealRows()).isEmpty()).toList();
                rewritten(rows, moved, own, c -> drifting(all, was.name(), c, r.holdsRealRows()), out);
            } else if (join != null && onlyMovesReach.contains(SqliteNames.key(was.name()))) {
                // a table only the moves reach, through triggers: what they set there is compared as above (a counter, the time;
                // any value on real rows, where a value recomputed from the same rows comes out the same)
                if (triggers == null) triggers = triggers(r);
                List<Trigger> all = triggers;
                Shape then = is;
                List<String> set = was.columns().stream().filter(c -> then.has(now.apply(c)) && !setBy(all, was.name(), c, r.holdsRealRows()).isEmpty()).toList();
                rewritten(rows, moved, set, c -> setBy(all, was.name(), c, r.holdsRealRows()), out);
            }
            if (join != null) {
                if (triggers == null) triggers = triggers(r);
                notKept(rows, triggers, explicit, out, writtenOnPurpose);
                // on real rows only: generated ones match no other table's generated rows, so every such subquery finds none there
                if (r.holdsRealRows()) nulledBySubquery(rows, out, nulledBySubquery);
                if (r.holdsRealRows()) nulledByCase(rows, out, nulledBySubquery);
                if (r.holdsRealRows()) nulledByOwnValue(rows, out, nulledBySubquery);
                if (r.holdsRealRows()) defaultedByUpsert(rows, out, nulledBySubquery);
            }
            if (join != null) {
                // an integer the copy put into a column of REAL affinity (a type changed integer -> real) that the double does not
                // hold exactly: rounded, on any database holding such an integer (5 becoming 5.0 is the same number, and compares equal).
                // Only a value that is the integer's double: one the migration computed on purpose (cents / 100.0) is no rounding, nor
                // a real written into a column of another affinity (an UPDATE of a NUMERIC one). A column REAL before holds no
                // integer (REAL affinity stores them as doubles): only a column REAL now and not before is read, most rebuilds none
                retyped(rows, Set.of(Affinity.REAL), RowChange.Kind.VALUES_ROUNDED, (a, b) -> "typeof(" + b + ") = 'integer' AND typeof(" + a
                        + ") = 'real' AND " + a + " = CAST(" + b + " AS REAL) AND " + a + " <> " + b, out);
                // a text the copy put into a column of numeric affinity now (a type changed text -> integer / real / numeric) that
                // SQLite stored as a number reading back different: '007' as 7, '1.50' as 1.5 ('7' as 7 or 7.0 is the same). Only
                // columns numeric now and TEXT or BLOB before (where a text can stand as it is), most rebuilds none. '7' as 7.0 in a
                // REAL column is the number it spelt, as an integer 7 made 7.0 is (the rounding rule above)
                retyped(rows, NUMERIC, RowChange.Kind.VALUES_CONVERTED, (a, b) -> "typeof(" + b + ") = 'text' AND typeof(" + a
                        + ") IN ('integer', 'real') AND CAST(" + a + " AS TEXT) <> " + b + " AND NOT (typeof(" + a + ") = 'real' AND CAST(" + a
                        + " AS INTEGER) = " + a + " AND CAST(CAST(" + a + " AS INTEGER) AS TEXT) = " + b + ")", out);
            }
            List<String> columns = is.columns();
            if (columns.isEmpty()) continue;
            long[] named = r.counts(ownNameQuery(columns, live), columns.size());
            // each column of the table now, by the name it had before the migration (null: a new column, or one that took a renamed one's name)
            List<String> before = columns.stream().map(c -> origin.containsKey(SqliteNames.key(c)) ? origin.get(SqliteNames.key(c))
                    : renamedColumns.containsKey(SqliteNames.key(c)) ? null : c).toList();
            List<String> hadColumns = before.stream().filter(c -> c != null && was.has(c)).toList();
            long[] namedBefore = hadColumns.isEmpty() ? new long[0] : r.counts(ownNameQuery(hadColumns, snap), hadColumns.size());
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i);
                int j = before.get(i) == null ? -1 : hadColumns.indexOf(before.get(i));
                long gained = named[i] - (j >= 0 ? namedBefore[j] : 0);
                // the table's name then or now: a rebuild after a rename in the same migration copies from the new name
                boolean underOldName = readsAsString(statements, said, was.name(), c);
                if (gained > 0 && (underOldName || readsAsString(statements, said, is.name(), c))) {
                    out.add(change(RowChange.Kind.FILLED_WITH_OWN_NAME, is.name(), c, gained, n1, m,
                            writerStatement(statements, underOldName ? was.name() : is.name(), c), statements));
                }
            }
        }
        return out;
    }

    /**
     * One table's rows before the migration (its snapshot, {@code b}) joined with its rows now ({@code a}): {@code now} gives a
     * column's name now from its name before.
     */
    private record Joined(Replica r, Migration m, List<String> statements, Shape was, Shape is, UnaryOperator<String> now, String snapshot,
                          String live, String join) {

        /** The joined rows' count, then for each column the joined rows where {@code differs} (SQL over a's and b's column) holds. */
        long[] count(List<String> columns, BinaryOperator<String> differs) {
            StringBuilder sql = new StringBuilder("SELECT count(*)");
            for (String c : columns) sql.append(", coalesce(sum(").append(differs.apply("a." + q(now.apply(c)), "b." + q(c))).append("), 0)");
            return r.counts(sql.append(" FROM temp.").append(snapshot).append(" b JOIN ").append(live).append(" a ON ").append(join).toString(),
                    columns.size() + 1);
        }
    }

    /**
     * Reports the values an UPDATE set to NULL through a scalar subquery that found no row for them, {@code UPDATE orders SET
     * customer_id = (SELECT c.id FROM customers c WHERE c.code = orders.code)}: the classic backfill without {@code WHERE EXISTS} or
     * {@code coalesce(..., customer_id)} empties every row the subquery misses, where the column held a value. Taken as written on
     * purpose like any UPDATE, it passed as "no rows removed or rewritten", not even named among the values written on purpose.
     */
    private static void nulledBySubquery(Joined rows, List<RowChange> out, Map<String, Long> nulledAsTheyRan) {
        List<String> statements = rows.statements();
        Set<String> names = new HashSet<>(List.of(SqliteNames.key(rows.was().name()), SqliteNames.key(rows.is().name())));
        Set<String> seen = new HashSet<>();
        // the columns another statement assigns other than from a bare subquery (SET customer_id = NULL WHERE kind = 'guest'):
        // written on purpose, and the count, before against after the whole migration, cannot tell its NULLs from the subquery's
        Set<String> setOtherwise = new HashSet<>();
        List<List<String>> bareSets = new ArrayList<>();   // per statement, the columns it sets to a bare subquery
        for (String s : statements) {
            List<String> bare = StatementText.subquerySets(s, names);
            bareSets.add(bare);
            Set<String> bareKeys = new HashSet<>(bare.stream().map(SqliteNames::key).toList());
            for (String c : StatementText.updateSets(s, names)) if (!bareKeys.contains(SqliteNames.key(c))) setOtherwise.add(SqliteNames.key(c));
        }
        for (int i = 0; i < statements.size(); i++) {
            for (String c : bareSets.get(i)) {
                String was = rows.was().columns().stream().filter(x -> SqliteNames.key(x).equals(SqliteNames.key(c))).findFirst().orElse(null);
                if (was == null || !rows.is().has(rows.now().apply(was)) || setOtherwise.contains(SqliteNames.key(c)) || !seen.add(SqliteNames.key(was))) continue;
                long[] x = rows.count(List.of(was), (a, b) -> b + " IS NOT NULL AND " + a + " IS NULL");
                // no more than the subqueries themselves set to NULL as they ran: a value a later statement clears (UPDATE ... SET note
                // = NULL WHERE ..., a parent's ON DELETE SET NULL) was not the subquery's doing (it found a row for every one)
                String key = SqliteNames.key(rows.was().name()) + "." + SqliteNames.key(was);
                Long asTheyRan = nulledAsTheyRan == null ? null : nulledAsTheyRan.get(key);
                if (asTheyRan != null) x[1] = Math.min(x[1], asTheyRan);
                // those the subquery found a row for, holding NULL there (a profile without a nickname): WHERE EXISTS keeps none of them
                Long foundNull = nulledAsTheyRan == null ? null : nulledAsTheyRan.get(key + FOUND_NULL);
                long found = foundNull == null ? 0 : Math.min(x[1], foundNull);
                if (x[1] - found > 0) out.add(change(RowChange.Kind.NULLED_BY_SUBQUERY, rows.is().name(), rows.now().apply(was), x[1] - found, x[0], rows.m(), i, statements));
                if (found > 0) out.add(change(RowChange.Kind.NULLED_BY_SUBQUERY_VALUE, rows.is().name(), rows.now().apply(was), found, x[0], rows.m(), i, statements));
            }
        }
    }

    /**
     * Reports the values an UPDATE set to NULL through a bare {@code CASE ... END} without {@code ELSE} that no WHEN matched, {@code
     * UPDATE accounts SET plan = CASE WHEN plan = 'basic' THEN 'starter' WHEN plan = 'pro' THEN 'team' END}: the rename of some values
     * empties every other one ('enterprise'). Counted as the UPDATE ran (the rows holding a value no WHEN matched, NULL after it), and
     * no more than the migration left NULL; written on purpose like any UPDATE, it passed as "no rows removed or rewritten".
     */
    private static void nulledByCase(Joined rows, List<RowChange> out, Map<String, Long> nulledAsTheyRan) {
        nulledAsTheyRan(rows, out, nulledAsTheyRan, StatementText::caseWithoutElseSets, CASE_WITHOUT_ELSE_SUFFIX, RowChange.Kind.NULLED_BY_CASE);
    }

    /**
     * Reports the values an UPDATE set to NULL through an expression of the column's own value that gives NULL for them, {@code
     * UPDATE posts SET published_at = strftime('%Y-%m-%dT%H:%M:%SZ', published_at)}: a date in a format strftime cannot read
     * ('03/03/2024') is emptied, as is a JSON without the path {@code json_extract} reads. Counted as the UPDATE ran, no more than
     * the migration left NULL; written on purpose like any UPDATE, it passed as "no rows removed or rewritten".
     */
    private static void nulledByOwnValue(Joined rows, List<RowChange> out, Map<String, Long> nulledAsTheyRan) {
        nulledAsTheyRan(rows, out, nulledAsTheyRan, StatementText::ownValueSets, OWN_VALUE_SUFFIX, RowChange.Kind.NULLED_BY_OWN_VALUE);
    }

    /**
     * Reports, as {@code kind}, the values of the columns {@code sets} reads from an UPDATE (by their case-folded table names) that
     * the migration left NULL, no more than {@code nulledAsTheyRan} counted under "t.c" {@code suffix} as the UPDATE ran.
     */
    private static void nulledAsTheyRan(Joined rows, List<RowChange> out, Map<String, Long> nulledAsTheyRan,
            java.util.function.BiFunction<String, Set<String>, Map<String, String>> sets, String suffix, RowChange.Kind kind) {
        if (nulledAsTheyRan == null) return;
        List<String> statements = rows.statements();
        Set<String> names = new HashSet<>(List.of(SqliteNames.key(rows.was().name()), SqliteNames.key(rows.is().name())));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            for (String c : sets.apply(statements.get(i), names).keySet()) {
                String was = rows.was().columns().stream().filter(x -> SqliteNames.key(x).equals(SqliteNames.key(c))).findFirst().orElse(null);
                if (was == null || !rows.is().has(rows.now().apply(was)) || !seen.add(SqliteNames.key(was))) continue;
                Long asTheyRan = nulledAsTheyRan.get(SqliteNames.key(rows.was().name()) + "." + SqliteNames.key(was) + suffix);
                if (asTheyRan == null || asTheyRan == 0) continue;
                long[] x = rows.count(List.of(was), (a, b) -> b + " IS NOT NULL AND " + a + " IS NULL");
                long n = Math.min(x[1], asTheyRan);
                if (n > 0) out.add(change(kind, rows.is().name(), rows.now().apply(was), n, x[0], rows.m(), i, statements));
            }
        }
    }

    /**
     * Reports the values an upsert's DO UPDATE set to the column's default (NULL where it declares none) from {@code excluded.note}
     * where the INSERT does not give {@code note} ({@link StatementText#excludedDefaults}): every row it conflicts with loses the value
     * it held. Taken as written on purpose like any DO UPDATE, it passed, named only among the values written on purpose.
     */
    private static void defaultedByUpsert(Joined rows, List<RowChange> out, Map<String, Long> resetAsTheyRan) {
        List<String> statements = rows.statements();
        Set<String> names = new HashSet<>(List.of(SqliteNames.key(rows.was().name()), SqliteNames.key(rows.is().name())));
        Set<String> seen = new HashSet<>();
        Map<String, String> defaults = null;   // the table's column defaults by folded name, read once where an upsert needs them
        for (int i = 0; i < statements.size(); i++) {
            List<String[]> sets = new ArrayList<>(StatementText.excludedDefaults(statements.get(i), names));
            // INSERT OR REPLACE INTO settings (k, v) VALUES ...: the row it replaces is deleted, the new one holds the default in
            // every column the list leaves out (the row's note, as an upsert's note = excluded.note would)
            Set<String> replaceGives = StatementText.replaceGives(statements.get(i), names);
            if (replaceGives != null) {
                for (String c : rows.was().columns()) if (!replaceGives.contains(SqliteNames.key(c))) sets.add(new String[] {c, c, REPLACED});
            }
            for (String[] set : sets) {
                String c = set[0];
                String from = set[1];   // excluded.from is from's default, not c's (SET note = excluded.other)
                String was = rows.was().columns().stream().filter(x -> SqliteNames.key(x).equals(SqliteNames.key(c))).findFirst().orElse(null);
                boolean replaced = set.length > 2;
                // a REPLACE that met no row holding a value there (a new key) reset nothing: what another statement of the
                // migration changed in the column (a touch, UPDATE ... SET updated_at = CURRENT_TIMESTAMP) is not laid to it
                Long reset = replaced && was != null ? resets(rows, resetAsTheyRan, was, i) : null;
                if (reset != null && reset == 0) continue;
                if (was == null || !rows.is().has(rows.now().apply(was)) || !seen.add(SqliteNames.key(was))) continue;
                if (defaults == null) {
                    defaults = new HashMap<>();
                    for (Map<String, Object> col : rows.r().query("SELECT name, dflt_value FROM pragma_table_info(" + Quoting.literal(rows.is().name()) + ", 'main')")) {
                        defaults.put(SqliteNames.key(String.valueOf(col.get("name"))), (String) col.get("dflt_value"));
                    }
                }
                String dflt = defaults.get(SqliteNames.key(from));
                // a default read afresh (CURRENT_TIMESTAMP, (unixepoch()), (random())) is a new value: the "touch" of
                // updated_at = excluded.updated_at, which the DO UPDATE names, is written on purpose; a REPLACE that leaves the column
                // out names nothing, and resets a stored created_at as it resets a note (a later clock's value tells by differing)
                boolean afresh = dflt != null && !literal(dflt);
                if (afresh && !replaced) continue;
                String value = dflt == null ? "NULL" : "(" + dflt + ")";
                long[] x = rows.count(List.of(was), (a, b) -> b + " IS NOT NULL AND " + a + " IS NOT " + b + (afresh ? "" : " AND " + a + " IS " + value));
                // no more than the migration's REPLACEs reset as they ran: the rows they replaced, not those a later UPDATE changed
                if (reset != null) x[1] = Math.min(x[1], resets(rows, resetAsTheyRan, was, -1));
                if (x[1] > 0) out.add(change(replaced ? RowChange.Kind.DEFAULTED_BY_REPLACE : RowChange.Kind.DEFAULTED_BY_UPSERT, rows.is().name(),
                        rows.now().apply(was), x[1], x[0], rows.m(), i, statements));
            }
        }
    }

    /**
     * The values of {@code column} (its name before the migration) that statement {@code at} of the migration, a REPLACE, reset as
     * it ran ({@link #RESET_BY_REPLACE}), under the table's name then or now; with {@code at} -1, those every REPLACE of the migration
     * reset. Null where none was counted.
     */
    private static Long resets(Joined rows, Map<String, Long> resetAsTheyRan, String column, int at) {
        if (resetAsTheyRan == null) return null;
        Long sum = null;
        for (int i = at < 0 ? 0 : at; i < (at < 0 ? rows.statements().size() : at + 1); i++) {
            for (String table : new java.util.LinkedHashSet<>(List.of(SqliteNames.key(rows.was().name()), SqliteNames.key(rows.is().name())))) {
                Long n = resetAsTheyRan.get(table + "." + SqliteNames.key(column) + RESET_BY_REPLACE + i);
                if (n != null) sum = (sum == null ? 0 : sum) + n;
            }
        }
        return sum;
    }

    /** Whether a column's default ({@code dflt_value}) is one literal: a number, a text, a blob, NULL, TRUE/FALSE, the same in every row. */
    static boolean literal(String dflt) {
        List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(dflt).stream()
                .filter(x -> !x.isPunct("(") && !x.isPunct(")")).toList();
        if (t.size() == 2 && (t.get(0).isPunct("-") || t.get(0).isPunct("+"))) t = t.subList(1, 2);
        if (t.size() != 1) return false;
        dev.godwit.engine.sql.SqlLexer.Kind k = t.get(0).kind();
        return k == dev.godwit.engine.sql.SqlLexer.Kind.STRING || k == dev.godwit.engine.sql.SqlLexer.Kind.NUMBER
                || k == dev.godwit.engine.sql.SqlLexer.Kind.BLOB || t.get(0).is("NULL") || t.get(0).is("TRUE") || t.get(0).is("FALSE");
    }

    /** Reports the {@code columns} whose values differ from the snapshot's: rewritten by the triggers {@code by} names. */
    private static void rewritten(Joined rows, MovedRows moved, List<String> columns, Function<String, List<String>> by, List<RowChange> out) {
        if (columns.isEmpty()) return;
        long[] x = rows.count(columns, (a, b) -> a + " IS NOT " + b);
        for (int i = 0; i < columns.size(); i++) {
            if (x[i + 1] > 0) {
                out.add(change(RowChange.Kind.REWRITTEN_BY_TRIGGER, rows.is().name(), rows.now().apply(columns.get(i)), x[i + 1], x[0], rows.m(),
                        rewriter(rows.r(), moved, rows.statements(), rows.was().name()), rows.statements(), by.apply(columns.get(i))));
            }
        }
    }

    /**
     * Reports the columns whose values the migration did not keep where it writes none of them on purpose ({@link ExplicitWrites}:
     * no UPDATE sets the column, no new rows go in, the copy does not compute it): a rebuild's copy that leaves a column out (it gets
     * NULL or its default) or fills it from another column, a column dropped and added again. Only columns of the table before and
     * after, not generated now, not foreign keys (their own rules) and set by no trigger; a NULL given a value is no loss (a column
     * made NOT NULL); a column of another affinity now (values converted, rules of their own) where it is not its old value as SQLite converts it (left NULL, or another column's).
     */
    private static void notKept(Joined rows, List<Trigger> triggers, ExplicitWrites explicit, List<RowChange> out, Map<String, Long> writtenOnPurpose) {
        Replica r = rows.r();
        Map<String, Affinity> then = affinities(r, "temp", rows.snapshot());
        Map<String, Affinity> nowAffinity = affinities(r, "main", rows.is().name());
        // the triggers that can have written the rows here: those an INSERT fires (rows put back), an UPDATE's where the migration
        // updates the table; a permanent AFTER UPDATE stamp writes nothing a copy left out (a review)
        boolean updates = explicit.mayChangeKeysOf(rows.was().name(), rows.is().name());
        List<Trigger> firing = triggers.stream().filter(t -> TriggerWrites.firesOn(t, "insert") || updates && TriggerWrites.firesOn(t, "update")).toList();
        List<Trigger> asked = triggers.stream().filter(explicit::firesByHand).toList();
        Set<String> generated = new HashSet<>();
        for (Map<String, Object> col : r.query("SELECT name FROM pragma_table_xinfo(" + Quoting.literal(rows.is().name()) + ", 'main') WHERE hidden IN (2, 3)")) {
            generated.add(SqliteNames.key(String.valueOf(col.get("name"))));
        }
        List<String> columns = rows.was().columns().stream().filter(c -> {
            String c1 = rows.now().apply(c);
            // c53 dropped and C53 added: one name to SQLite, but another column the schema declared, never holding c53's values
            if (rows.is().has(c1) && !rows.is().columns().contains(c1) && StatementText.leftBehind(rows.statements(), rows.was().name(), c)) return false;
            return rows.is().has(c1) && !rows.was().parents().containsKey(c) && !generated.contains(SqliteNames.key(c1))
                    && then.get(SqliteNames.key(c)) != null
                    // any trigger that sets it (the rule above compares what they change of moved rows)
                    && setBy(firing, rows.was().name(), c, true).isEmpty() && setBy(firing, rows.is().name(), c1, true).isEmpty()
                    // what the triggers of a hand-written write put there, taken as asked for: a mirror table or an FTS5 index that
                    // an AFTER UPDATE trigger keeps in step with the rows an UPDATE of the migration changes
                    && TriggerWrites.writes(asked, rows.was().name(), c).isEmpty() && TriggerWrites.writes(asked, rows.is().name(), c1).isEmpty();
        }).toList();
        List<String> nowColumns = rows.is().columns();
        // what the copy computes (upper(note), a CASE) is written on purpose and not compared: the summary names those it changed, so
        // its "no rows removed or rewritten" is not read as covering them (a red-team: CAST(title AS INTEGER) made 'hello' 0 under it)
        List<String> onPurpose = columns.stream().filter(c -> explicit.writes(rows.was().name(), rows.is().name(), rows.now().apply(c), nowColumns)
                && !explicit.updates(rows.was().name(), rows.is().name(), rows.now().apply(c))).toList();
        if (!onPurpose.isEmpty()) {
            long[] x = rows.count(onPurpose, (a, b) -> a + " IS NOT " + b);
            for (int i = 0; i < onPurpose.size(); i++) {
                if (x[i + 1] > 0) writtenOnPurpose.merge(Quoting.doubleQuoted(rows.is().name()) + "." + Quoting.doubleQuoted(rows.now().apply(onPurpose.get(i))),
                        x[i + 1], Long::sum);
            }
        }
        columns = columns.stream().filter(c -> !explicit.writes(rows.was().name(), rows.is().name(), rows.now().apply(c), nowColumns)).toList();
        // a copy's CAST of the column to a numeric type, CAST(title AS INTEGER), the classic lossy retype: compared as a retype is, a
        // value kept where its text reads back the same or it was a number (or a text spelling one) standing for the same number
        List<String> cast = columns.stream().filter(c -> explicit.castsNumeric(rows.was().name(), rows.is().name(), rows.now().apply(c), nowColumns)).toList();
        if (!cast.isEmpty()) {
            long[] x = rows.count(cast, (a, b) -> b + " IS NOT NULL AND (" + a + " IS NULL OR CAST(" + a + " AS TEXT) IS NOT CAST(" + b + " AS TEXT) AND NOT ("
                    + b + " = CAST(" + b + " AS NUMERIC) AND CAST(" + b + " AS NUMERIC) = " + a + "))");
            for (int i = 0; i < cast.size(); i++) {
                if (x[i + 1] > 0) {
                    String c = rows.now().apply(cast.get(i));
                    out.add(change(RowChange.Kind.VALUES_CAST, rows.is().name(), c, x[i + 1], x[0], rows.m(), writerStatement(rows.statements(), rows.was().name(), c),
                            rows.statements()));
                }
            }
            columns = columns.stream().filter(c -> !cast.contains(c)).toList();
        }
        if (columns.isEmpty()) return;
        // a column of another affinity now holds its values converted (rules of their own, VALUES_ROUNDED and VALUES_CONVERTED): a
        // value is kept where it is its old value as SQLite converts it. Compared with the old column's affinity on one side and the
        // new one's on the other, '7' and 7, 5 and 5.0 are equal; a number made text is its CAST (0.30000000000000004 as '0.3'); an
        // integer or a text made real, its double. One left NULL, or holding another column's value (lat and lng swapped by the copy that
        // retypes them), lost it
        List<String> same = columns.stream().filter(c -> then.get(SqliteNames.key(c)) == nowAffinity.get(SqliteNames.key(rows.now().apply(c)))).toList();
        List<String> retyped = columns.stream().filter(c -> !same.contains(c)).toList();
        notKept(rows, same, (a, b) -> b + " IS NOT NULL AND " + a + " IS NOT " + b, out);
        notKept(rows, retyped, (a, b) -> b + " IS NOT NULL AND (" + a + " IS NULL OR " + a + " IS NOT " + b + " AND CAST(" + a + " AS TEXT) IS NOT CAST("
                + b + " AS TEXT) AND NOT (typeof(" + b + ") IN ('integer', 'text') AND typeof(" + a + ") = 'real' AND " + a + " = CAST(" + b + " AS REAL)))", out);
    }

    private static void notKept(Joined rows, List<String> columns, BinaryOperator<String> lost, List<RowChange> out) {
        if (columns.isEmpty()) return;
        long[] x = rows.count(columns, lost);
        for (int i = 0; i < columns.size(); i++) {
            if (x[i + 1] > 0) {
                String c = rows.now().apply(columns.get(i));
                // a dump's rows written out (INSERT ... VALUES) into the table: those values are what differ, not a copy
                int at = StatementText.insertingValuesInto(rows.statements(), rows.is().name());
                out.add(change(RowChange.Kind.VALUES_NOT_KEPT, rows.is().name(), c, x[i + 1], x[0], rows.m(),
                        at >= 0 ? at : firstWriteOf(rows.statements(), rows.was().name(), rows.is().name()), rows.statements()));
            }
        }
    }

    /**
     * Whether {@code child}'s foreign key on {@code column} to {@code parentWas} (its name before the migration) says ON UPDATE CASCADE
     * and an UPDATE of the migration may set the parent's key it references: the children then follow their parent rows.
     */
    private static boolean followsUpdatedParent(Replica r, ExplicitWrites explicit, List<String[]> renames, String child, String column, String parentWas,
                                                Map<String, Shape> after) {
        String parentNow = StatementText.nameAfter(renames, parentWas);
        if (!explicit.mayChangeKeysOf(parentWas, parentNow)) return false;   // no UPDATE of the parent: no foreign key to read
        for (Map<String, Object> fk : r.query("SELECT \"table\" AS p, \"from\" AS f, \"to\" AS t, on_update AS u FROM pragma_foreign_key_list("
                + Quoting.literal(child) + ", 'main')")) {
            if (!SqliteNames.key(String.valueOf(fk.get("f"))).equals(SqliteNames.key(column)) || !"CASCADE".equalsIgnoreCase(String.valueOf(fk.get("u")))) continue;
            String p = SqliteNames.key(String.valueOf(fk.get("p")));
            if (!p.equals(SqliteNames.key(parentNow)) && !p.equals(SqliteNames.key(parentWas))) continue;
            List<String> to = new ArrayList<>();
            if (fk.get("t") != null) to.add(String.valueOf(fk.get("t")));
            else if (after.get(p) != null) to.addAll(after.get(p).primaryKey());
            if (explicit.mayChangeKeyOf(parentWas, parentNow, to)) return true;
        }
        return false;
    }

    /**
     * The copy before statement {@code before} that puts {@code from}'s rows into {@code into} (a rebuild's {@code INSERT INTO
     * __new_t SELECT ... FROM t}) and can leave rows out, by a conflict clause, DISTINCT, GROUP BY, WHERE, HAVING or LIMIT of its own
     * ({@link #leavesRowsOut}); -1 when there is none.
     */
    static int selectiveCopyInto(List<String> statements, int before, String from, String into) {
        int copy = copyInto(statements, before, from, into);
        return copy >= 0 && leavesRowsOut(statements.get(copy)) != null ? copy : -1;
    }

    /**
     * The {@code DROP TABLE from} between statements {@code after} and {@code before} where the table {@code now} (the copy, renamed
     * into {@code from}'s place) references {@code from} ON DELETE CASCADE: dropping {@code from} deleted its rows, and with them
     * every copied row holding a reference to one. -1 where there is none.
     */
    private static int cascadingDrop(Replica r, List<String> statements, int after, int before, String from, String now) {
        boolean cascades = false;
        for (Map<String, Object> fk : r.query("SELECT \"table\" AS parent, on_delete FROM pragma_foreign_key_list(?, 'main')", now)) {
            if (SqliteNames.same(String.valueOf(fk.get("parent")), from) && "CASCADE".equalsIgnoreCase(String.valueOf(fk.get("on_delete")))) cascades = true;
        }
        if (!cascades) return -1;
        for (int i = after + 1; i < before; i++) {
            List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statements.get(i));
            int last = t.size() - (!t.isEmpty() && t.get(t.size() - 1).isPunct(";") ? 2 : 1);
            if (last >= 2 && t.get(0).is("DROP") && t.get(1).is("TABLE") && t.get(last).isName() && SqliteNames.same(t.get(last).name(), from)) return i;
        }
        return -1;
    }

    /** The copy before statement {@code before} that puts {@code from}'s rows into {@code into}, whatever its clauses; -1 when there is none. */
    private static int copyInto(List<String> statements, int before, String from, String into) {
        for (int i = before - 1; i >= 0; i--) {
            List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statements.get(i));
            if (t.isEmpty() || !(t.get(0).is("INSERT") || t.get(0).is("REPLACE"))) continue;
            String target = WriteTarget.name(t, 0);
            if (target == null || !SqliteNames.key(target).equals(SqliteNames.key(into)) || !mentions(code(statements.get(i)), from)) continue;
            return i;
        }
        return -1;
    }

    /**
     * The clause by which a copy ({@code INSERT ... SELECT}) can leave rows out: {@code OR IGNORE}, {@code OR REPLACE} (or {@code
     * REPLACE INTO}), {@code DISTINCT}, {@code GROUP BY},
     * {@code WHERE}, {@code HAVING}, {@code LIMIT}, as the statement reads outside parentheses; null for none.
     */
    static String leavesRowsOut(String statement) {
        List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statement);
        if (t.size() > 2 && t.get(1).is("OR") && t.get(2).is("IGNORE")) return "OR IGNORE";
        // each row copied deletes the one copied before it that it conflicts with (a key made COLLATE NOCASE, a new UNIQUE)
        if (t.size() > 2 && t.get(1).is("OR") && t.get(2).is("REPLACE")) return "OR REPLACE";
        if (!t.isEmpty() && t.get(0).is("REPLACE")) return "REPLACE";
        int depth = 0;
        for (int k = 0; k < t.size(); k++) {
            dev.godwit.engine.sql.SqlLexer.Token x = t.get(k);
            if (x.isPunct("(")) depth++;
            else if (x.isPunct(")")) depth--;
            else if (depth == 0 && x.is("DISTINCT")) return "DISTINCT";
            else if (depth == 0 && x.is("GROUP") && k + 1 < t.size() && t.get(k + 1).is("BY")) return "GROUP BY";
            else if (depth == 0 && (x.is("WHERE") || x.is("HAVING") || x.is("LIMIT"))) return x.upper();
            else if (depth == 0 && x.is("ON") && k + 1 < t.size() && t.get(k + 1).is("CONFLICT")) return null;   // an upsert's WHERE follows
        }
        return null;
    }

    /**
     * The rows of {@code was}, dropped by this migration, missing from the table it renames into that name where an earlier
     * migration of the run filled that table from it ({@link Replica#filledEarlier}); null where none is missing or that does not
     * hold. Counted, and by primary key where both have it; values the copy computes ({@code upper(v)}) are written on purpose.
     */
    private static RowChange lostInSplitCopy(Replica r, List<String[]> renames, Shape was,
                                             Map<String, Shape> after, Map<String, Long> countBefore, Map<String, String> snapshots) {
        String from = null;
        for (String[] rename : renames) if (SqliteNames.key(rename[1]).equals(SqliteNames.key(was.name()))) from = rename[0];
        Shape is = after.get(SqliteNames.key(was.name()));
        Replica.Copy copy = from == null || is == null ? null : r.filledEarlier(was.name(), from);
        if (copy == null) return null;
        String snap = "temp." + snapshots.get(was.name());
        String live = "main." + q(is.name());
        long n0 = countBefore.get(was.name());
        long n1 = r.count("SELECT count(*) FROM " + live);
        List<String> pk = was.primaryKey();
        long gone = !pk.isEmpty() && pk.stream().allMatch(is::has) && !nullKeys(r, pk, snap)
                ? r.count("SELECT count(*) FROM " + snap + " b WHERE NOT EXISTS (SELECT 1 FROM " + live + " a WHERE "
                        + String.join(" AND ", pk.stream().map(c -> "a." + q(c) + " = b." + q(c)).toList()) + ")") : 0;
        if (n1 >= n0 && gone == 0) return null;
        // named by the earlier migration's copy that left them out, as the same in one migration is (this one's DROP TABLE only
        // drops what that copy did not take)
        return new RowChange(RowChange.Kind.ROWS_DELETED, is.name(), null, Math.max(n0 - n1, gone), n0, copy.migration(), copy.at(), copy.statement(),
                List.of());
    }

    /** Whether a statement writes {@code into} while it names {@code from} (an INSERT ... SELECT copying its rows there). */
    static boolean readsInto(List<String> statements, String from, String into) {
        for (String st : statements) {
            List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(st);
            if (t.isEmpty() || !(t.get(0).is("INSERT") || t.get(0).is("REPLACE"))) continue;
            String code = code(st);
            if (mentions(code, from) && mentions(code, into)) return true;
        }
        return false;
    }

    /** Whether the snapshot and the table now are joined on a primary key both have (not on paired rowids). */
    private static boolean byKey(Replica r, Shape was, Shape is, UnaryOperator<String> now, String snap) {
        List<String> pk = was.primaryKey();
        return !pk.isEmpty() && pk.stream().allMatch(c -> is.has(now.apply(c))) && !nullKeys(r, pk, snap);
    }

    /** Whether a row of the snapshot holds NULL in a column of the primary key. */
    private static boolean nullKeys(Replica r, List<String> pk, String snap) {
        String table = snap.startsWith("temp.") ? snap : "temp." + snap;
        return r.count("SELECT count(*) FROM (SELECT 1 FROM " + table + " WHERE " + String.join(" OR ", pk.stream().map(c -> q(c) + " IS NULL").toList())
                + " LIMIT 1)") > 0;
    }

    /**
     * The first statement that replaces rows of the table ({@code REPLACE}, {@code INSERT OR REPLACE}, {@code UPDATE OR REPLACE}): a
     * row gone while the count stayed was most likely deleted by one; else {@link #firstWriteOf}.
     */
    private static int firstReplaceOf(List<String> statements, String was, String is) {
        for (int i = 0; i < statements.size(); i++) {
            List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statements.get(i));
            if (t.size() < 3 || !(t.get(0).is("REPLACE") || t.get(1).is("OR") && t.get(2).is("REPLACE"))) continue;
            String code = code(statements.get(i));
            if (mentions(code, was) || mentions(code, is)) return i;
        }
        return firstWriteOf(statements, was, is);
    }

    /**
     * The first statement that changes the table's rows or columns: drops it or its columns, or writes into it (or into the
     * table a rebuild renames to its name); -1 when none names it.
     */
    static int firstWriteOf(List<String> statements, String was, String is) {
        for (int i = 0; i < statements.size(); i++) {
            List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statements.get(i));
            if (t.size() < 3) continue;
            boolean writes = t.get(0).is("DROP") && t.get(1).is("TABLE") || t.get(0).is("ALTER") && t.get(1).is("TABLE")
                    && t.stream().anyMatch(k -> k.is("DROP")) || t.get(0).is("INSERT") || t.get(0).is("REPLACE") || t.get(0).is("UPDATE")
                    || t.get(0).is("DELETE");
            if (!writes) continue;
            // a rebuild's "INSERT INTO sqlite_sequence ... WHERE name = 'posts'" names the table in a literal, and writes no row of it
            if (t.stream().limit(4).anyMatch(k -> k.kind() != dev.godwit.engine.sql.SqlLexer.Kind.PUNCT && k.name().equalsIgnoreCase("sqlite_sequence"))) continue;
            String code = code(statements.get(i));
            if (mentions(code, was) || mentions(code, is)) return i;
        }
        return -1;
    }

    /**
     * Reports the columns whose affinity is one of {@code affinities} now and was not before (CREATE TABLE AS keeps each column's
     * affinity in the snapshot) where a value copied into them {@code differs} from what it was: the statement named is the first
     * that writes the column.
     */
    private static void retyped(Joined rows, Set<Affinity> affinities, RowChange.Kind kind, BinaryOperator<String> differs, List<RowChange> out) {
        Set<String> inNow = columnsOf(rows.r(), "main", rows.is().name(), affinities);
        Set<String> inBefore = columnsOf(rows.r(), "temp", rows.snapshot(), affinities);
        List<String> columns = rows.was().columns().stream()
                .filter(c -> inNow.contains(SqliteNames.key(rows.now().apply(c))) && !inBefore.contains(SqliteNames.key(c)))
                // rowid dropped and c27 renamed to ROWID: one name to SQLite, another column, never holding rowid's texts (fz1076n_53);
                // not where a write read it before its DROP COLUMN (UPDATE items SET code_n = code, then code_n renamed to Code): the
                // column of its name may hold its values, retyped
                .filter(c -> rows.is().columns().contains(rows.now().apply(c)) || !StatementText.leftBehind(rows.statements(), rows.was().name(), c)
                        || StatementText.droppedAfterAWriteReadIt(rows.statements(), rows.was().name(), rows.is().name(), c))
                .toList();
        if (columns.isEmpty()) return;
        long[] x = rows.count(columns, differs);
        for (int i = 0; i < columns.size(); i++) {
            String c = rows.now().apply(columns.get(i));
            if (x[i + 1] > 0) {
                out.add(change(kind, rows.is().name(), c, x[i + 1], x[0], rows.m(), writerStatement(rows.statements(), rows.was().name(), c),
                        rows.statements()));
            }
        }
    }

    /**
     * The statement whose triggers rewrote {@code table}'s moved rows: the first one, from the table's own restore on, that puts
     * rows back into a table with a trigger naming {@code table} (a child's trigger can write into its rebuilt parent).
     */
    private static int rewriter(Replica r, MovedRows moved, List<String> statements, String table) {
        int own = moved.refillStatement(statements, table);
        Set<String> firing = new HashSet<>();
        for (Map<String, Object> row : r.query("SELECT tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")) {
            if (mentions(String.valueOf(row.get("sql")), table)) firing.add(SqliteNames.key(String.valueOf(row.get("tbl_name"))));
        }
        for (int i = Math.max(own, 0); i < statements.size(); i++) if (firing.contains(moved.restoreInto(i))) return i;
        return own;
    }

    /** Each table's AUTOINCREMENT counter, by {@link SqliteNames#key}: name as sqlite_sequence holds it, and the counter. */
    static Map<String, Map.Entry<String, Long>> counters(Replica r) {
        Map<String, Map.Entry<String, Long>> out = new HashMap<>();
        if (r.query("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'").isEmpty()) return out;
        for (Map<String, Object> row : r.query("SELECT name, seq FROM main.sqlite_sequence WHERE typeof(seq) = 'integer'")) {
            String name = String.valueOf(row.get("name"));
            out.merge(SqliteNames.key(name), Map.entry(name, ((Number) row.get("seq")).longValue()), (a, b) -> a.getValue() >= b.getValue() ? a : b);
        }
        return out;
    }

    /**
     * The AUTOINCREMENT tables the migration keeps whose counter it set back ({@code before}: {@link #counters} before it): a
     * rebuild's copy (drizzle-kit's) starts the new table's counter at the highest id it copies. Not where the migration writes
     * sqlite_sequence itself (it carries the counter over, or resets it on purpose), nor a table it drops unread.
     */
    static List<RowChange> countersSetBack(Replica r, Migration m, List<String> statements, Map<String, Map.Entry<String, Long>> before) {
        if (before.isEmpty()) return List.of();
        // the statements writing sqlite_sequence: each carries over or resets the counters of the tables it names (all, without WHERE)
        List<String> sequenceWrites = statements.stream().map(StatementText::code).filter(st -> mentions(st, "sqlite_sequence")).toList();
        Map<String, Map.Entry<String, Long>> after = counters(r);
        List<String[]> renames = StatementText.tableRenames(statements);
        List<RowChange> out = new ArrayList<>();
        for (Map.Entry<String, Long> was : before.values()) {
            if (was.getValue() <= 0) continue;
            String renamed = StatementText.nameAfter(renames, was.getKey());
            // a counter kept (under the table's name after the migration, or before it) sets nothing back: the common case, decided
            // without reading the tables' SQL (a replay of 500 tables read all of it after every migration)
            if (!counterBelow(after, renamed, was.getValue()) && !counterBelow(after, was.getKey(), was.getValue())) continue;
            if (droppedForAnotherTable(statements, was.getKey())) continue;
            String name = renamed;
            // renamed away, created again under its name, the rows copied back: the counter is the new table's
            if (!autoincrement(r, name)) name = was.getKey();
            if (!autoincrement(r, name)) continue;
            String table = name;
            if (sequenceWrites.stream().anyMatch(st -> !mentions(st, "WHERE") || mentions(st, was.getKey()) || mentions(st, table)
                    || mentions(st, "__new_" + table))) continue;
            Map.Entry<String, Long> now = after.get(SqliteNames.key(name));
            long seq = now == null ? 0 : now.getValue();
            if (seq < was.getValue()) {
                out.add(change(RowChange.Kind.COUNTER_RESET, name, null, seq, was.getValue(), m, firstWriteOf(statements, was.getKey(), name), statements));
            }
        }
        return out;
    }

    private static boolean counterBelow(Map<String, Map.Entry<String, Long>> counters, String table, long was) {
        Map.Entry<String, Long> now = counters.get(SqliteNames.key(table));
        return (now == null ? 0 : now.getValue()) < was;
    }

    /** Whether {@code table} is declared AUTOINCREMENT in the copy now. */
    private static boolean autoincrement(Replica r, String table) {
        for (Map<String, Object> row : r.query("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND sql IS NOT NULL AND name = ? COLLATE NOCASE", table)) {
            if (dev.godwit.engine.sql.SqlLexer.significant(String.valueOf(row.get("sql"))).stream().anyMatch(k -> k.is("AUTOINCREMENT"))) return true;
        }
        return false;
    }

    static RowChange change(RowChange.Kind kind, String table, String column, long rows, long of, Migration m, int at, List<String> statements) {
        return change(kind, table, column, rows, of, m, at, statements, List.of());
    }

    static RowChange change(RowChange.Kind kind, String table, String column, long rows, long of, Migration m, int at, List<String> statements,
                                    List<String> triggers) {
        return new RowChange(kind, table, column, rows, of, m, at, at >= 0 ? statements.get(at) : null, triggers);
    }

    /**
     * The join of the snapshot (b) with the table now (a): on the primary key where it survived, else on rowids paired by
     * {@link #pairRows}; none for a table without a primary key whose rows the migration takes out and puts back ({@code refilled}).
     */
    private static String join(Replica r, Shape was, Shape is, boolean refilled, UnaryOperator<String> now, String snap, String live) {
        List<String> pk = was.primaryKey();
        // a key holding NULL (a rowid table lets a non-INTEGER primary key be NULL) would join every such row with every other one
        if (!pk.isEmpty() && pk.stream().allMatch(c -> is.has(now.apply(c))) && !nullKeys(r, pk, snap)) {
            return String.join(" AND ", pk.stream().map(c -> "a." + q(now.apply(c)) + " IS b." + q(c)).toList());
        }
        if (refilled || was.rowidName() == null || is.rowidName() == null) return null;
        return pairRows(r, was, is, now, snap, live);
    }

    /**
     * A table without an INTEGER PRIMARY KEY is told row by row by its rowid, which a rebuild (INSERT INTO new SELECT ... FROM
     * old) does not keep: it numbers the rows afresh, 1, 2, ..., in the order it reads them, which is rowid order (closing the
     * gaps deleted rows left) or a covering index's. By rowid, rows met other rows, and a migration that kept every row was
     * refused ("references changed"). So each row before is paired with a row now holding the same values in every column
     * that kept its affinity (identical rows are interchangeable; among them in rowid order); the rows left, those the
     * migration changed, with the row under the same rowid (a table not rebuilt keeps them), then in rowid order. Returns the
     * join: on the rowid itself where every row kept its rowid and values (most migrations: no pairing, one lookup per row),
     * else through the temp table of pairs ({@link #pairsOf}).
     */
    private static String pairRows(Replica r, Shape was, Shape is, UnaryOperator<String> now, String snap, String live) {
        String before = "temp." + snap;
        String rid = is.rowidName();
        Map<String, Affinity> then = affinities(r, "temp", snap);
        Map<String, Affinity> nowAffinity = affinities(r, "main", is.name());
        List<String> kept = was.columns().stream().filter(c -> is.has(now.apply(c)) && then.get(SqliteNames.key(c)) != null
                && then.get(SqliteNames.key(c)) == nowAffinity.get(SqliteNames.key(now.apply(c)))).toList();
        String byRowid = "a." + rid + " = b.gw_preflight_rid";
        StringBuilder sameRow = new StringBuilder(byRowid);
        for (String c : kept) sameRow.append(" AND a.").append(q(now.apply(c))).append(" IS b.").append(q(c));
        long rows = r.count("SELECT count(*) FROM " + before);
        if (rows == r.count("SELECT count(*) FROM " + live) && rows == r.count("SELECT count(*) FROM " + before + " b JOIN " + live + " a ON " + sameRow)) {
            return byRowid;
        }
        String pairs = pairsOf(snap);
        r.exec("DROP TABLE IF EXISTS " + pairs);
        r.exec("CREATE TABLE " + pairs + " (was_rid INTEGER PRIMARY KEY, now_rid INTEGER UNIQUE)");
        if (!kept.isEmpty()) {
            List<String> b = kept.stream().map(LossRules::q).toList();
            List<String> a = kept.stream().map(c -> q(now.apply(c))).toList();
            StringBuilder same = new StringBuilder("o.i = n.i");
            StringBuilder valuesB = new StringBuilder();
            StringBuilder valuesA = new StringBuilder();
            for (int i = 0; i < kept.size(); i++) {
                same.append(" AND o.s").append(i).append(" IS n.s").append(i);
                valuesB.append(", ").append(b.get(i)).append(" AS s").append(i);
                valuesA.append(", ").append(a.get(i)).append(" AS s").append(i);
            }
            r.exec("INSERT INTO " + pairs + " SELECT o.k, n.k FROM (SELECT gw_preflight_rid AS k, row_number() OVER (PARTITION BY " + String.join(", ", b)
                    + " ORDER BY gw_preflight_rid) AS i" + valuesB + " FROM " + before + ") o JOIN (SELECT " + rid + " AS k, row_number() OVER (PARTITION BY "
                    + String.join(", ", a) + " ORDER BY " + rid + ") AS i" + valuesA + " FROM " + live + ") n ON " + same);
        }
        r.exec("INSERT INTO " + pairs + " SELECT b.gw_preflight_rid, a." + rid + " FROM " + before + " b JOIN " + live + " a ON a." + rid + " = b.gw_preflight_rid"
                + " WHERE b.gw_preflight_rid NOT IN (SELECT was_rid FROM " + pairs + ") AND a." + rid + " NOT IN (SELECT now_rid FROM " + pairs + ")");
        r.exec("INSERT INTO " + pairs + " SELECT o.k, n.k FROM (SELECT gw_preflight_rid AS k, row_number() OVER (ORDER BY gw_preflight_rid) AS i FROM " + before
                + " WHERE gw_preflight_rid NOT IN (SELECT was_rid FROM " + pairs + ")) o JOIN (SELECT " + rid + " AS k, row_number() OVER (ORDER BY " + rid
                + ") AS i FROM " + live + " WHERE " + rid + " NOT IN (SELECT now_rid FROM " + pairs + ")) n USING (i)");
        return "a." + rid + " = (SELECT now_rid FROM " + pairs + " WHERE was_rid = b.gw_preflight_rid)";
    }

    /** The temp table of {@link #pairRows} for the snapshot {@code snap}, which {@link DataCheck} drops with it. */
    static String pairsOf(String snap) {
        return "temp." + snap + "_pairs";
    }

    /** Each column's affinity, by {@link SqliteNames#key}. */
    private static Map<String, Affinity> affinities(Replica r, String schema, String table) {
        Map<String, Affinity> out = new HashMap<>();
        for (Map<String, Object> col : r.query("SELECT name, type FROM pragma_table_xinfo(" + Quoting.literal(table) + ", " + Quoting.literal(schema) + ")")) {
            out.put(SqliteNames.key(String.valueOf(col.get("name"))), Affinity.of(String.valueOf(col.get("type"))));
        }
        return out;
    }

    private static final Set<Affinity> NUMERIC = Set.of(Affinity.INTEGER,
            Affinity.REAL, Affinity.NUMERIC);

    /** The columns of a table whose affinity is one of {@code affinities}, by {@link SqliteNames#key}. */
    private static Set<String> columnsOf(Replica r, String schema, String table, Set<Affinity> affinities) {
        Set<String> out = new HashSet<>();
        for (Map<String, Object> col : r.query("SELECT name, type FROM pragma_table_xinfo(" + Quoting.literal(table) + ", " + Quoting.literal(schema) + ")")) {
            if (affinities.contains(Affinity.of(String.valueOf(col.get("type"))))) {
                out.add(SqliteNames.key(String.valueOf(col.get("name"))));
            }
        }
        return out;
    }

    private static String ownNameQuery(List<String> columns, String from) {
        StringBuilder sb = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append("coalesce(sum(").append(q(columns.get(i))).append(" = ").append(Quoting.literal(columns.get(i))).append("), 0)");
        }
        return sb.append(" FROM ").append(from).toString();
    }
    private static String q(String name) {
        return Quoting.doubleQuoted(name);
    }
}
