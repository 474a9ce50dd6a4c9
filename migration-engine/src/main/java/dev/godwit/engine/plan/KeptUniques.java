package dev.godwit.engine.plan;

import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a UNIQUE index (a UNIQUE constraint is one) of a table the migration keeps is one the table's rows were already kept
 * apart on, before the values this migration changes: the table had a UNIQUE index with its keys (under this name or another, a
 * constraint or an index, its columns followed through the renames, expression keys by their text, a key's own COLLATE as strict
 * or looser: {@link Collations}) taking every row this one
 * takes (no WHERE, or one every row this one's WHERE takes passes too: a narrower WHERE takes fewer rows, a wider one rows that
 * may share a key), or one without WHERE over some of its columns, or its primary key was. Such an index can break only where the migration
 * changes the values it reads (a retype's conversion, a NOT NULL fill, a generated column computed anew), which the planner's
 * warnings name; any other is new and gets db:generate's "New UNIQUE index" warning. Both ask this one question, as
 * {@link KeptChecks} for CHECKs, so an index is never kept for one and new for the other.
 */
public final class KeptUniques {

    private final SchemaDiff diff;
    private final DiffRenames renames;

    public KeptUniques(SchemaDiff diff) {
        this.diff = diff;
        this.renames = new DiffRenames(diff);
    }

    /** Whether the rows of {@code table} (its name after the migration) were kept apart on {@code now} before it. */
    public boolean kept(String table, IndexDef now) {
        return keptBy(table, now) != null;
    }

    /**
     * What kept the rows apart on {@code now}: {@code now} itself where the table had a UNIQUE index with its keys, else an index
     * over the columns (their new names) of the old primary key or UNIQUE index that {@code now} holds, whose values alone can make
     * two rows share a key of {@code now}; null where {@code now} is new.
     */
    public IndexDef keptBy(String table, IndexDef now) {
        return keptBy(table, now, true);
    }

    /**
     * {@link #keptBy}, but an index kept only because its own COLLATE takes no more texts for equal than the old one's is new here:
     * for a column whose collation changes, whose old key compared it in a collation of its own.
     */
    IndexDef keptAsWritten(String table, IndexDef now) {
        return keptBy(table, now, false);
    }

    private IndexDef keptBy(String table, IndexDef now, boolean collations) {
        if (!now.unique()) return null;
        TableDef old = diff.renamedBefore().table(table).orElse(null);
        if (old == null) return null;
        String oldName = renames.tableBefore(table);
        Map<String, String> r = renames.columns(table);
        Set<String> t = renames.targets(table);
        TableDef after = diff.after().table(table).orElse(null);
        Function<String, Affinity> affinity = renames.affinityAfter(table);

        List<List<String>> want = keys(now, table, Map.of(), Set.of());
        List<WidenedCheck.Tok> where = now.where() == null ? null : KeptChecks.tokens(now.where(), table, Map.of(), Set.of());
        Set<String> columns = now.hasExpressions() ? Set.of() : new HashSet<>(names(now.columns()));
        // a primary key holds every row apart (its NULLs, which only a legacy non-INTEGER key lets in, are apart in an index too)
        List<String> pk = old.primaryKeyColumns();
        if (!columns.isEmpty() && !pk.isEmpty() && columns.containsAll(names(pk))) return IndexDef.onColumns(now.name(), pk, true, null);
        for (IndexDef o : old.indexes()) {
            if (!o.unique()) continue;
            // every row now's WHERE takes, o's took: no WHERE there, or one now's implies (a row passing it passes o's)
            if (o.where() != null) {
                List<WidenedCheck.Tok> was = KeptChecks.tokens(o.where(), oldName, r, t);
                if (where == null || was == null || !WidenedCheck.widens(List.of(where), was, affinity)) continue;
            }
            if (want.equals(keys(o, oldName, r, t))) return now;
            // the same keys but for a COLLATE that takes no more texts for equal (NOCASE dropped, BINARY written out)
            if (collations && after != null && noStricter(o, old, oldName, r, t, now, after, table)) return now;
            // an old key among its columns keeps them apart whatever rows the WHERE takes, the rows' values changed or not; a partial
            // one only over the rows its WHERE took, which a change of the values it reads may move, so it proves nothing here
            if (o.where() == null && !columns.isEmpty() && !o.hasExpressions() && columns.containsAll(names(o.columns()))) {
                return IndexDef.onColumns(o.name(), o.columns(), true, null);
            }
        }
        return null;
    }

    /**
     * The old keys (their columns' new names) that kept the rows of {@code table} apart on a primary key over {@code columns}: the
     * old primary key, and each old UNIQUE index without WHERE or expressions, that is among them (the same key, one that gains a
     * column or is only reordered); empty where the key is new. Such a key breaks only where the values of every one change.
     */
    public List<List<String>> primaryKeyKeptBy(String table, List<String> columns) {
        TableDef old = diff.renamedBefore().table(table).orElse(null);
        List<List<String>> out = new ArrayList<>();
        if (old == null || columns.isEmpty()) return out;
        Set<String> now = new HashSet<>(names(columns));
        if (!old.primaryKeyColumns().isEmpty() && now.containsAll(names(old.primaryKeyColumns()))) out.add(old.primaryKeyColumns());
        for (IndexDef o : old.indexes()) {
            if (o.unique() && o.where() == null && !o.hasExpressions() && now.containsAll(names(o.columns()))) out.add(o.columns());
        }
        return out;
    }

    /** One key as a UNIQUE index compares it: its column or expression (as {@link #keys} reads it) and its collation. */
    private record Collated(List<String> value, String collation) {
    }

    /** Whether {@code now}'s keys are {@code was}'s, each in a collation that takes no more texts for equal than before. */
    private static boolean noStricter(IndexDef was, TableDef old, String oldName, Map<String, String> renamed, Set<String> targets,
                                      IndexDef now, TableDef after, String table) {
        if (was.keys().size() != now.keys().size()) return false;
        for (int i = 0; i < now.keys().size(); i++) {
            Collated a = collated(was.keys().get(i), old, oldName, renamed, targets);
            Collated b = collated(now.keys().get(i), after, table, Map.of(), Set.of());
            if (a == null || b == null || !a.value().equals(b.value()) || Collations.newlyEqual(a.collation(), b.collation()) != null) return false;
        }
        return true;
    }

    /**
     * A key with its own trailing COLLATE taken off, and the collation it compares in: that COLLATE, else a bare column's declared
     * one, else BINARY (a function's or operator's result has none); null where {@link #keys} cannot read it.
     */
    private static Collated collated(IndexDef.Key k, TableDef def, String table, Map<String, String> renamed, Set<String> targets) {
        String text = k.text();
        String own = null;
        if (k.expression()) {
            List<dev.godwit.engine.sql.SqlLexer.Token> sig = dev.godwit.engine.sql.SqlLexer.significant(text);
            int n = sig.size();
            if (n >= 3 && sig.get(n - 2).is("COLLATE")) {
                own = sig.get(n - 1).name().toUpperCase(java.util.Locale.ROOT);
                text = text.substring(0, sig.get(n - 2).start());
                sig = sig.subList(0, n - 2);
            }
            boolean bare = sig.size() == 1 && (sig.get(0).kind() == dev.godwit.engine.sql.SqlLexer.Kind.WORD
                    || sig.get(0).kind() == dev.godwit.engine.sql.SqlLexer.Kind.QUOTED);
            String name = bare ? renamed.getOrDefault(SqliteNames.key(sig.get(0).name()), SqliteNames.key(sig.get(0).name())) : null;
            ColumnDef c = name == null ? null : column(def, name);
            if (c == null) {
                List<WidenedCheck.Tok> tokens = KeptChecks.tokens(text, table, renamed, targets);
                return tokens == null ? null : new Collated(WidenedCheck.keys(tokens), own == null ? "BINARY" : own);
            }
            return new Collated(List.of("column", SqliteNames.key(c.name())), own == null ? c.collation() : own);
        }
        ColumnDef c = column(def, SqliteNames.key(text));
        return new Collated(List.of("column", SqliteNames.key(text)), c == null ? "BINARY" : c.collation());
    }

    private static ColumnDef column(TableDef def, String key) {
        return def.columnNamed(key).orElse(null);
    }

    /**
     * Each key of {@code index}, compared by: a column's key (renamedBefore's indexes name the new columns already), an expression's
     * tokens as {@link KeptChecks} reads them; null where an expression's old text names a rename's new name as something else.
     */
    private static List<List<String>> keys(IndexDef index, String table, Map<String, String> renamed, Set<String> renameTargets) {
        List<List<String>> out = new ArrayList<>();
        for (IndexDef.Key k : index.keys()) {
            if (!k.expression()) {
                out.add(List.of("column", SqliteNames.key(k.text())));
                continue;
            }
            List<WidenedCheck.Tok> tokens = KeptChecks.tokens(k.text(), table, renamed, renameTargets);
            if (tokens == null) return null;
            out.add(WidenedCheck.keys(tokens));
        }
        return out;
    }

    private static List<String> names(List<String> columns) {
        return columns.stream().map(SqliteNames::key).toList();
    }
}
