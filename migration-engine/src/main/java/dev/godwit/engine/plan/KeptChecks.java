package dev.godwit.engine.plan;

import dev.godwit.engine.diff.CheckText;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a CHECK of a table the migration keeps is one its rows already passed: the table had a CHECK with this text (under
 * this name or another) once the migration's column renames are followed, or ones it provably widens ({@link
 * WidenedCheck}: an IN list that grew, a bound relaxed, a part of a CHECK joined by AND, or two CHECKs joined). Such a CHECK can fail only on values the migration itself changes (a
 * retype's conversion, a NOT NULL fill, a generated column computed anew), which the planner's warnings name; any other is new
 * and gets db:generate's "New CHECK" warning. Both ask this one question, so a CHECK is never kept for one and new for the other.
 */
public final class KeptChecks {

    private final SchemaDiff diff;
    private final DiffRenames renames;

    public KeptChecks(SchemaDiff diff) {
        this.diff = diff;
        this.renames = new DiffRenames(diff);
    }

    /** Whether {@code now}, a CHECK of {@code table} (its name after the migration), is one the table's rows passed before it. */
    public boolean kept(String table, CheckDef now) {
        TableDef old = diff.renamedBefore().table(table).orElse(null);
        if (old == null) return false;
        List<WidenedCheck.Tok> is = tokens(now.expression(), table, Map.of(), Set.of());
        String oldName = renames.tableBefore(table);
        Map<String, String> r = renames.columns(table);
        Set<String> t = renames.targets(table);
        var affinity = renames.affinityAfter(table);
        List<List<WidenedCheck.Tok>> was = new ArrayList<>();
        for (CheckDef o : old.checks()) {
            List<WidenedCheck.Tok> w = tokens(o.expression(), oldName, r, t);
            if (w == null) continue;
            if (WidenedCheck.keys(w).equals(WidenedCheck.keys(is))) return true;
            was.add(w);
        }
        return !was.isEmpty() && WidenedCheck.widens(was, is, affinity);
    }

    /**
     * The CHECK's significant tokens, its own table's qualifier dropped, each name (bare or quoted) compared by its lower-cased
     * key, renamed as the migration renames the table's columns. Null where the old text names, not as a function, a name a rename
     * gives to a column but no column had: there it was something else ("b", a string, when no column b existed), and now reads
     * that column.
     */
    static List<WidenedCheck.Tok> tokens(String sql, String table, Map<String, String> renamed, Set<String> renameTargets) {
        List<Token> in = SqlLexer.significant(Objects.requireNonNullElse(CheckText.unqualified(sql, table), sql));
        List<WidenedCheck.Tok> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Token tok = in.get(i);
            String key = null;
            if (tok.kind() == Kind.WORD || tok.kind() == Kind.QUOTED) {
                key = SqliteNames.key(tok.name());
                boolean call = i + 1 < in.size() && in.get(i + 1).isPunct("(");
                if (renamed.containsKey(key)) key = renamed.get(key);
                else if (renameTargets.contains(key) && !call) return null;
            }
            out.add(new WidenedCheck.Tok(tok, key == null ? tok.text() : "\u0001" + key));
        }
        return out;
    }
}
