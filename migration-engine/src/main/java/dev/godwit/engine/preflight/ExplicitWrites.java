package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SelectParts;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a migration writes on purpose: the columns an UPDATE sets, an INSERT of new rows (VALUES, or a SELECT from another
 * table), a REPLACE or an upsert's DO UPDATE, and the columns a rebuild's copy computes ({@code upper(note)}, a CASE clamping values
 * for a new CHECK). A copy's bare column ({@code INSERT INTO __new_t (a) SELECT a FROM t}) means to keep the value, so a value it
 * does not keep is lost; so does a column the copy leaves out. A {@code WITH} statement that writes counts as writing every column
 * of the tables it names, as it is not read further.
 */
final class ExplicitWrites {

    /** One INSERT or REPLACE: its target, the names its SELECT mentions, and what it gives each column. */
    private record Insert(String target, Set<String> reads, boolean changesRows, boolean restore, Map<String, Boolean> computed,
                          boolean unmapped, boolean readsRows, List<Boolean> items, List<String> casts, Set<String> numericCasts) {
    }

    private static final String ALL = "*";

    private final List<String[]> renames;
    private final Map<String, Set<String>> updated = new HashMap<>();   // UPDATE target -> the columns it sets (ALL: unknown)
    private final List<Insert> inserts = new ArrayList<>();
    private final Set<String> withNames = new HashSet<>();   // names a writing WITH statement mentions
    private boolean unknown;   // a write whose target could not be read
    private final Map<String, Set<String>> byHand = new HashMap<>();   // table a statement that moves no rows writes -> its events

    ExplicitWrites(List<String> statements, MovedRows moved) {
        renames = StatementText.tableRenames(statements);
        Set<String> droppedTriggers = new HashSet<>(LostTriggers.droppedByName(statements));
        for (int i = 0; i < statements.size(); i++) {
            List<SqlLexer.Token> t = SqlLexer.significant(statements.get(i));
            if (t.isEmpty()) continue;
            boolean restore = moved.restoreInto(i) != null;
            read(t, restore);
            if (!moved.moves(i)) writtenByHand(t);
            // what a trigger the migration creates and drops again writes is written on purpose: one stamping a column while the copy
            // runs is gone when the rows are compared. One it keeps is read with the table's triggers afterwards, for the events that
            // fire it (a permanent AFTER UPDATE stamp does not write the rows a copy leaves out)
            if (droppedTriggers.contains(triggerName(t))) for (List<SqlLexer.Token> inBody : triggerBody(t)) read(inBody, false);
        }
    }

    /**
     * Notes the table a hand-written UPDATE, INSERT, REPLACE or DELETE (a statement that moves no rows) writes, with its event: its
     * triggers fire because it was asked for. Not a rebuild's new table (one the migration renames away, {@code __new_t}).
     */
    private void writtenByHand(List<SqlLexer.Token> t) {
        int verb = t.get(0).is("WITH") ? WriteTarget.verb(t) : 0;
        if (verb < 0) return;
        List<SqlLexer.Token> w = t.subList(verb, t.size());
        String event = w.get(0).is("UPDATE") ? "update" : w.get(0).is("INSERT") || w.get(0).is("REPLACE") ? "insert" : w.get(0).is("DELETE") ? "delete" : null;
        String name = event == null ? null : WriteTarget.name(w, 0);
        if (name == null) return;
        String key = SqliteNames.key(name);
        if (renames.stream().anyMatch(r -> SqliteNames.key(r[0]).equals(key))) return;
        byHand.computeIfAbsent(key, k -> new HashSet<>()).add(event);
        // an upsert's DO UPDATE and a REPLACE's delete fire those triggers too
        if (!event.equals("insert")) return;
        if (WriteTarget.replaces(w, 0)) byHand.get(key).add("delete");
        if (Upsert.updates(w)) byHand.get(key).add("update");   // not DO NOTHING, which fires none
    }

    /**
     * Whether a hand-written write of the migration fires {@code trigger} (an UPDATE of its table for an UPDATE trigger): what it
     * writes was asked for, a mirror table or full-text index an AFTER UPDATE trigger keeps in step with the rows updated.
     */
    boolean firesByHand(TriggerWrites.Trigger trigger) {
        Set<String> events = byHand.get(trigger.table());
        return events != null && events.stream().anyMatch(e -> TriggerWrites.firesOn(trigger, e));
    }

    /** Takes in one writing statement: {@code restore} when it is the rebuild's copy putting the table's rows back. */
    private void read(List<SqlLexer.Token> t, boolean restore) {
        if (t.get(0).is("WITH")) {
            // the write after the common table expressions is read as that statement: what the expressions only read is not written
            int verb = WriteTarget.verb(t);
            if (verb > 0) {
                read(t.subList(verb, t.size()), restore);
                return;
            }
            if (t.stream().anyMatch(k -> k.is("UPDATE") || k.is("INSERT") || k.is("REPLACE") || k.is("DELETE"))) {
                for (SqlLexer.Token k : t) if (k.isName()) withNames.add(SqliteNames.key(k.name()));
            }
        } else if (t.get(0).is("UPDATE")) {
            String name = WriteTarget.name(t, 0);
            if (name == null) unknown = true;
            else updated.computeIfAbsent(name, k -> new HashSet<>()).addAll(setColumns(t));
        } else if (t.get(0).is("INSERT") || t.get(0).is("REPLACE")) {
            int into = WriteTarget.at(t, 0) - 1;   // the INTO
            String target = WriteTarget.name(t, 0);
            if (target == null) {
                unknown = true;
                return;
            }
            boolean replaces = WriteTarget.replaces(t, 0);
            WriteTarget.ColumnList list = WriteTarget.columnList(t, 0);
            int k = list.end();
            List<String> columns = new ArrayList<>();
            if (list.columns() != null) for (SqlLexer.Token c : list.columns()) columns.add(SqliteNames.key(c.name()));
            boolean doUpdate = Upsert.updates(t);
            Set<String> reads = new HashSet<>();
            List<Boolean> items = new ArrayList<>();   // per SELECT item: whether it is an expression (not a bare column)
            List<String> casts = new ArrayList<>();   // per SELECT item: the column a CAST to a numeric type reads, as it is written; else null
            SelectParts s = SelectParts.readEvenWithoutFrom(t, k);
            boolean select = s != null;
            if (select) {
                boolean oneTable = readsOneTable(t, s);
                for (SelectParts.Item i : s.items()) {
                    List<SqlLexer.Token> one = t.subList(i.start(), i.end());
                    items.add(!bare(one, oneTable));
                    casts.add(numericCastOf(one));
                }
            }
            // a SELECT without FROM (SELECT 99, 'admin' WHERE NOT EXISTS (...), the idempotent seed) reads no rows: it adds rows as VALUES does
            boolean readsRows = select && s.from() >= 0;
            for (int m = into + 2; select && m < t.size(); m++) {
                if (t.get(m).isName() && !(t.get(m).is("DO") && m + 1 < t.size() && t.get(m + 1).is("UPDATE"))) reads.add(SqliteNames.key(t.get(m).name()));
            }
            Map<String, Boolean> computed = new HashMap<>();
            Set<String> numericCasts = new HashSet<>();
            boolean unmapped = false;
            if (select && items.size() == columns.size()) {
                for (int c = 0; c < columns.size(); c++) {
                    computed.put(columns.get(c), items.get(c));
                    if (casts.get(c) != null && SqliteNames.key(casts.get(c)).equals(columns.get(c))) numericCasts.add(columns.get(c));
                }
            } else if (select) {
                unmapped = items.contains(Boolean.TRUE);   // no column list (or a star): which column an expression fills is not read
            }
            inserts.add(new Insert(target, reads, replaces || doUpdate, restore, computed, unmapped, readsRows, List.copyOf(items),
                    java.util.Collections.unmodifiableList(casts), numericCasts));
        }
    }

    /**
     * Whether a SELECT item copies a column as it is: a bare name; and, where the SELECT reads one table, {@code *}, {@code t.*}
     * and {@code t.c} (a copy written {@code INSERT INTO __new_t SELECT * FROM t} into columns in another order puts each value
     * into another column: it means to keep them, so they are compared).
     */
    private static boolean bare(List<SqlLexer.Token> item, boolean oneTable) {
        if (item.size() == 1 && item.get(0).isName()) return true;
        if (!oneTable || item.isEmpty() || item.size() % 2 == 0 || item.size() > 5) return false;
        for (int i = 0; i < item.size() - 1; i++) if (i % 2 == 0 ? !item.get(i).isName() : !item.get(i).isPunct(".")) return false;
        SqlLexer.Token last = item.get(item.size() - 1);
        return last.isPunct("*") || item.size() > 1 && last.isName();
    }

    /**
     * The column a SELECT item {@code CAST(c AS type)} (or {@code CAST(t.c AS type)}) reads where the type's affinity is numeric by
     * SQLite's rules (INTEGER, REAL, NUMERIC: {@code int}, {@code DECIMAL(10, 2)}, {@code double} too); null for another item. Such a
     * CAST keeps a value only where it was a number or a text spelling one: 'hello' becomes 0 and 3.7 becomes 3 under an INTEGER CAST,
     * the classic lossy retype, so its values are compared, not taken as written on purpose.
     */
    static String numericCastOf(List<SqlLexer.Token> item) {
        // its alias, CAST(title AS INTEGER) AS title (or without AS), names the result, not what is cast
        int n = item.size();
        if (n > 2 && item.get(n - 1).isName() && (item.get(n - 2).is("AS") || item.get(n - 2).isPunct(")"))) {
            item = item.subList(0, item.get(n - 2).is("AS") ? n - 2 : n - 1);
        }
        if (item.size() < 6 || !item.get(0).is("CAST") || !item.get(1).isPunct("(") || !item.get(item.size() - 1).isPunct(")")) return null;
        int k = 2;
        if (!item.get(k).isName()) return null;
        String column = item.get(k).name();
        if (k + 2 < item.size() && item.get(k + 1).isPunct(".") && item.get(k + 2).isName()) {
            k += 2;
            column = item.get(k).name();
        }
        if (!item.get(k + 1).is("AS")) return null;
        StringBuilder type = new StringBuilder();
        int depth = 0;
        for (int i = k + 2; i < item.size() - 1; i++) {
            SqlLexer.Token x = item.get(i);
            if (x.isPunct("(")) depth++;
            else if (x.isPunct(")") && --depth < 0) return null;
            else if (depth == 0) {
                if (x.kind() == SqlLexer.Kind.PUNCT) return null;
                type.append(type.isEmpty() ? "" : " ").append(x.kind() == SqlLexer.Kind.WORD ? x.upper() : x.name());
            }
        }
        if (type.isEmpty()) return null;
        dev.godwit.schema.model.Affinity a = dev.godwit.schema.model.Affinity.of(type.toString());
        return a == dev.godwit.schema.model.Affinity.INTEGER || a == dev.godwit.schema.model.Affinity.REAL
                || a == dev.godwit.schema.model.Affinity.NUMERIC ? column : null;
    }

    /** Whether the SELECT reads one table by name (no join, no list of tables, no subquery, no compound). */
    private static boolean readsOneTable(List<SqlLexer.Token> t, SelectParts s) {
        if (s.from() < 0 || s.from() + 1 >= s.end() || !t.get(s.from() + 1).isName() || s.joined() || s.compound()) return false;
        for (int k = s.from() + 1; k < s.fromEnd(); k++) if (t.get(k).isPunct("(")) return false;   // a table-valued function, json_each(x)
        return true;
    }

    /** The name a {@code CREATE [TEMP] TRIGGER [IF NOT EXISTS] [schema.]name} gives, as {@link MovedRows#nameAt} keys it; null for another statement. */
    static String triggerName(List<SqlLexer.Token> t) {
        int at = t.size() > 2 && t.get(0).is("CREATE") ? (t.get(1).is("TRIGGER") ? 2 : t.get(2).is("TRIGGER") ? 3 : -1) : -1;
        if (at < 0) return null;
        if (t.size() > at + 3 && t.get(at).is("IF") && t.get(at + 1).is("NOT") && t.get(at + 2).is("EXISTS")) at += 3;
        return MovedRows.nameAt(t, at);
    }

    /**
     * The statements between BEGIN and END of a {@code CREATE TRIGGER}, as token lists; none for another statement.
     */
    static List<List<SqlLexer.Token>> triggerBody(List<SqlLexer.Token> t) {
        int trigger = t.size() > 2 && t.get(0).is("CREATE") ? (t.get(1).is("TRIGGER") ? 1 : t.get(2).is("TRIGGER") ? 2 : -1) : -1;
        if (trigger < 0) return List.of();
        int begin = -1;
        for (int k = trigger + 1; k < t.size() && begin < 0; k++) if (t.get(k).is("BEGIN")) begin = k;
        int end = t.size() - 1;
        while (end > begin && !t.get(end).is("END")) end--;
        if (begin < 0 || end <= begin) return List.of();
        List<List<SqlLexer.Token>> out = new ArrayList<>();
        List<SqlLexer.Token> one = new ArrayList<>();
        for (int k = begin + 1; k < end; k++) {
            if (t.get(k).isPunct(";")) {
                if (!one.isEmpty()) out.add(one);
                one = new ArrayList<>();
            } else {
                one.add(t.get(k));
            }
        }
        if (!one.isEmpty()) out.add(one);
        return out;
    }

    /**
     * Whether the migration writes {@code column} (its name after the migration) of the table called {@code was} before it and
     * {@code is} after it on purpose: sets it, inserts new rows, or computes it in the table's copy.
     */
    boolean writes(String was, String is, String column) {
        return writes(was, is, column, List.of());
    }

    /**
     * As {@link #writes(String, String, String)}, {@code columns} being the table's columns after the migration: a copy without a
     * column list ({@code INSERT INTO __new_t SELECT id, upper(note) FROM t}) whose SELECT gives as many values as the table has
     * columns fills them in order, so what it computes is read column by column; a numeric CAST of a column into itself
     * ({@link #castsNumeric}) is not written on purpose, its values are compared.
     */
    boolean writes(String was, String is, String column, List<String> columns) {
        if (unknown) return true;
        Set<String> names = namesOf(was, is);
        if (names.stream().anyMatch(withNames::contains)) return true;
        String c = SqliteNames.key(column);
        if (updates(was, is, column)) return true;
        Set<String> old = oldNames(was);
        for (Insert in : inserts) {
            if (!names.contains(in.target())) continue;
            // reading the table's rows under a name it has in the migration (not the one written to): its copy, however it is built
            boolean copy = in.restore() || in.reads().stream().anyMatch(n -> old.contains(n) && !n.equals(in.target()));
            // new rows from a VALUES list or a SELECT of no table (a seed) write no value of the rows there before: only a REPLACE or
            // an upsert's DO UPDATE does
            if (!copy && !in.readsRows() && !in.changesRows()) continue;
            if (!copy) return true;
            int at = position(in, c, columns);
            if (at >= 0 && in.items().get(at) && !c.equals(castKey(in, at))) return true;
            if (at < 0 && (in.unmapped() || Boolean.TRUE.equals(in.computed().get(c)) && !in.numericCasts().contains(c))) return true;
        }
        return false;
    }

    /**
     * Whether a copy of the table gives {@code column} (its name after the migration) a CAST of that same column to a numeric type,
     * {@code CAST(title AS INTEGER)}: the lossy retype ('hello' becomes 0, 3.7 becomes 3), whose values are compared.
     */
    boolean castsNumeric(String was, String is, String column, List<String> columns) {
        Set<String> names = namesOf(was, is);
        String c = SqliteNames.key(column);
        for (Insert in : inserts) {
            if (!names.contains(in.target())) continue;
            int at = position(in, c, columns);
            if (at >= 0 ? c.equals(castKey(in, at)) : in.numericCasts().contains(c)) return true;
        }
        return false;
    }

    /**
     * The SELECT item of a copy without a column list that fills {@code c}: its position among {@code columns} where the SELECT
     * gives one value per column (no star); -1 otherwise.
     */
    private static int position(Insert in, String c, List<String> columns) {
        if (!in.computed().isEmpty() || columns.isEmpty() || in.items().size() != columns.size()) return -1;
        for (int i = 0; i < columns.size(); i++) if (SqliteNames.key(columns.get(i)).equals(c)) return i;
        return -1;
    }

    private static String castKey(Insert in, int at) {
        String of = in.casts().get(at);
        return of == null ? null : SqliteNames.key(of);
    }

    /**
     * Whether an UPDATE (or a write that could not be read) may set a column of {@code key} (its names before and after the migration)
     * or the rowid: an UPDATE of other columns leaves each row under its key, so a row no longer found by its key is gone.
     */
    boolean mayChangeKeyOf(String was, String is, java.util.Collection<String> key) {
        if (unknown) return true;
        Set<String> names = namesOf(was, is);
        if (names.stream().anyMatch(withNames::contains)) return true;
        Set<String> columns = new HashSet<>(List.of("rowid", "oid", "_rowid_"));
        for (String c : key) columns.add(SqliteNames.key(c));
        for (String n : names) {
            Set<String> set = updated.get(n);
            if (set != null && (set.contains(ALL) || set.stream().anyMatch(columns::contains))) return true;
        }
        return false;
    }

    /** Whether an UPDATE of the table (called {@code was} before the migration, {@code is} after it) sets {@code column}. */
    boolean updates(String was, String is, String column) {
        String c = SqliteNames.key(column);
        for (String n : namesOf(was, is)) {
            Set<String> set = updated.get(n);
            if (set != null && (set.contains(ALL) || set.contains(c))) return true;
        }
        return false;
    }

    /** Whether an UPDATE (or a writing WITH statement) may give the table's rows other keys on purpose. */
    boolean mayChangeKeysOf(String was, String is) {
        Set<String> names = namesOf(was, is);
        return unknown || names.stream().anyMatch(n -> updated.containsKey(n) || withNames.contains(n));
    }

    /** The columns an UPDATE's SET assigns, {@code SET a = ..., (b, c) = ...}; {@link #ALL} when they cannot be read. */
    private static Set<String> setColumns(List<SqlLexer.Token> t) {
        int set = -1;
        for (int k = 0; k < t.size() && set < 0; k++) if (t.get(k).is("SET")) set = k;
        Set<String> out = new HashSet<>();
        if (set >= 0) for (String c : dev.godwit.engine.sql.SetList.assigned(t, set + 1, t.size())) out.add(SqliteNames.key(c));
        return out.isEmpty() ? Set.of(ALL) : out;
    }

    /**
     * The names the table has during the migration: its name before and those it is renamed to, its name after, and any table
     * renamed to one of those (a rebuild's {@code __new_t}).
     */
    private Set<String> namesOf(String was, String is) {
        Set<String> out = oldNames(was);
        out.add(SqliteNames.key(is));
        for (String[] r : renames) {
            if (out.contains(SqliteNames.key(StatementText.nameAfter(renames, r[0])))) out.add(SqliteNames.key(r[0]));
        }
        return out;
    }

    /** {@code was} and the names the migration renames it to, case-folded. */
    private Set<String> oldNames(String was) {
        Set<String> out = new HashSet<>();
        String current = SqliteNames.key(was);
        out.add(current);
        for (String[] r : renames) {
            if (SqliteNames.key(r[0]).equals(current)) {
                current = SqliteNames.key(r[1]);
                out.add(current);
            }
        }
        return out;
    }
}
