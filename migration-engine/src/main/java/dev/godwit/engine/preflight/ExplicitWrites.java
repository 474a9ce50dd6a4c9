package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables a migration writes values into on purpose: an UPDATE, an INSERT of new rows (VALUES, or a SELECT from another
 * table), a REPLACE or an upsert's DO UPDATE. A rebuild's copy ({@code INSERT INTO __new_t SELECT ... FROM t}, or the rows put
 * back from a copy of t) is not one: it means to keep the values, so a value it does not keep is lost. Tables a {@code WITH}
 * statement may write count as written, as it is not read further.
 */
final class ExplicitWrites {

    /** One INSERT or REPLACE: its target, the names it mentions after its SELECT, whether it replaces or updates rows. */
    private record Insert(String target, Set<String> reads, boolean changesRows, boolean restore) {
    }

    private final List<String[]> renames;
    private final Set<String> updated = new HashSet<>();   // UPDATE targets, case-folded
    private final List<Insert> inserts = new ArrayList<>();
    private boolean unknown;   // a WITH statement that writes

    ExplicitWrites(List<String> statements, MovedRows moved) {
        renames = StatementText.tableRenames(statements);
        for (int i = 0; i < statements.size(); i++) {
            List<SqlLexer.Token> t = SqlLexer.significant(statements.get(i));
            if (t.isEmpty()) continue;
            if (t.get(0).is("WITH")) {
                if (t.stream().anyMatch(k -> k.is("UPDATE") || k.is("INSERT") || k.is("REPLACE") || k.is("DELETE"))) unknown = true;
            } else if (t.get(0).is("UPDATE")) {
                String name = nameAt(t, t.size() > 3 && t.get(1).is("OR") ? 3 : 1);
                if (name == null) unknown = true;
                else updated.add(name);
            } else if (t.get(0).is("INSERT") || t.get(0).is("REPLACE")) {
                int into = -1;
                for (int k = 1; k < Math.min(t.size(), 4) && into < 0; k++) if (t.get(k).is("INTO")) into = k;
                String target = into < 0 ? null : nameAt(t, into + 1);
                if (target == null) {
                    unknown = true;
                    continue;
                }
                boolean replaces = t.get(0).is("REPLACE") || t.size() > 2 && t.get(1).is("OR") && t.get(2).is("REPLACE");
                boolean select = false;
                boolean doUpdate = false;
                Set<String> reads = new HashSet<>();
                for (int k = into + 2; k < t.size(); k++) {
                    if (t.get(k).is("SELECT")) select = true;
                    else if (t.get(k).is("DO") && k + 1 < t.size() && t.get(k + 1).is("UPDATE")) doUpdate = true;
                    else if (select && t.get(k).isName()) reads.add(SqliteNames.key(t.get(k).name()));
                }
                inserts.add(new Insert(target, reads, replaces || doUpdate, moved.restoreInto(i) != null));
            }
        }
    }

    /**
     * Whether the migration writes values into the table called {@code was} before it and {@code is} after it, other than by
     * copying its own rows.
     */
    boolean writesValuesOf(String was, String is) {
        if (unknown) return true;
        Set<String> names = namesOf(was, is);
        if (updated.stream().anyMatch(names::contains)) return true;
        Set<String> old = oldNames(was);
        for (Insert in : inserts) {
            if (!names.contains(in.target()) && !names.contains(SqliteNames.key(StatementText.nameAfter(renames, in.target())))) continue;
            // reading the table's rows under a name it has in the migration (not the one written to): its copy, however it is built
            boolean copy = in.restore() || in.reads().stream().anyMatch(n -> old.contains(n) && !n.equals(in.target()));
            if (!copy || in.changesRows()) return true;
        }
        return false;
    }

    /** Whether an UPDATE (or a WITH statement) may give the table's rows other keys on purpose. */
    boolean mayChangeKeysOf(String was, String is) {
        return unknown || updated.stream().anyMatch(namesOf(was, is)::contains);
    }

    /** The names the table has during the migration: its name before, the names it is renamed to, its name after. */
    private Set<String> namesOf(String was, String is) {
        Set<String> out = oldNames(was);
        out.add(SqliteNames.key(is));
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

    private static String nameAt(List<SqlLexer.Token> t, int at) {
        if (at >= t.size() || !t.get(at).isName()) return null;
        if (at + 2 < t.size() && t.get(at + 1).isPunct(".") && t.get(at + 2).isName()) return SqliteNames.key(t.get(at + 2).name());
        return SqliteNames.key(t.get(at).name());
    }
}
