package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.UnmodelledClause;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a pre-flight on generated rows cannot see: a {@code REPLACE} / {@code INSERT OR REPLACE} / {@code UPDATE OR REPLACE} (after a
 * {@code WITH} clause too), or a
 * plain INSERT or UPDATE into a table whose PRIMARY KEY or UNIQUE constraint says {@code ON CONFLICT REPLACE}, deletes the rows it conflicts with, and
 * their {@code ON DELETE CASCADE / SET NULL / SET DEFAULT} children lose rows or references. Which rows conflict
 * depends on the real keys (a seed's {@code VALUES (1, …)} against D1's row 1), and a replica of remote D1 holds generated
 * rows with keys far from those, so it shows no loss where D1 would cascade.
 */
final class UnseenReplace {

    private UnseenReplace() {
    }

    /**
     * One line per statement of {@code m} that replaces rows of a table holding rows with such children holding rows in
     * {@code r} (as it is before {@code m} runs): where, the statement, and which children.
     */
    static List<String> in(Replica r, Migration m) {
        List<String> out = new ArrayList<>();
        Map<String, TreeSet<String>> children = null;
        Map<String, List<List<String>>> replacing = null;
        for (int i = 0; i < m.statements().size(); i++) {
            String code = StatementKind.fromCode(m.statements().get(i));
            // WITH x AS (...) REPLACE INTO ... replaces as the statement without its WITH does
            List<SqlLexer.Token> t = SqlLexer.significant(code);
            int verb = WriteTarget.verbAfterWith(t);
            if (verb < 0) continue;
            if (verb > 0) code = code.substring(t.get(verb).start());
            boolean replaces = WriteTarget.replaces(t, verb);
            // a write without its own conflict clause: the table's ON CONFLICT applies
            boolean plain = verb + 1 < t.size() && (t.get(verb).is("INSERT") && t.get(verb + 1).is("INTO") || t.get(verb).is("UPDATE") && !t.get(verb + 1).is("OR"));
            int at = replaces || plain ? WriteTarget.at(t, verb) : -1;
            if (at < 0 || !t.get(at).isName()) continue;
            int name = WriteTarget.nameIndex(t, at);
            if (name != at && !t.get(at).text().equalsIgnoreCase("main")) continue;   // a temp or attached table: not this database's
            String parent = t.get(name).name();
            if (!replaces) {
                if (replacing == null) replacing = replacingTables(r);
                List<List<String>> keys = replacing.get(SqliteNames.key(parent));
                if (keys == null || upsertCovers(code, keys)) continue;
            }
            if (children == null) children = actingChildren(r);
            TreeSet<String> of = children.get(SqliteNames.key(parent));
            if (of == null || !r.holdsRows(parent)) continue;
            of.removeIf(child -> !r.holdsRows(child));
            // children whose loss the migration declares (-- godwit:accept-data-loss kids) are its purpose
            of.removeIf(child -> RowChange.declaredTables(m).contains(SqliteNames.key(child)));
            if (of.isEmpty()) continue;
            out.add(StatementRules.at(m, i) + ": " + StatementRules.shown(m.statements().get(i)).lines().findFirst().orElse("")
                    + "\n    deletes the rows of \"" + parent + "\" it conflicts with, and with them rows or references of \""
                    + String.join("\", \"", of) + "\"\n    (if the migration means that, it says so: " + RowChange.DECLARATION + " "
                    + String.join(", ", of.stream().map(RowChange::declarable).toList()) + ")");
        }
        return out;
    }

    /** Parent table (as {@link SqliteNames#key}) to the children whose foreign keys act on its deleted rows. */
    static Map<String, TreeSet<String>> actingChildren(Replica r) {
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        for (Map<String, Object> row : r.query("SELECT m.name AS child, f.\"table\" AS parent FROM main.sqlite_master m,"
                + " pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND upper(f.on_delete) IN ('CASCADE', 'SET NULL', 'SET DEFAULT')")) {
            out.computeIfAbsent(SqliteNames.key(String.valueOf(row.get("parent"))), k -> new TreeSet<>()).add(String.valueOf(row.get("child")));
        }
        return out;
    }

    /**
     * Tables (as {@link SqliteNames#key}) with a key (PRIMARY KEY, UNIQUE) that resolves conflicts by deleting rows (ON CONFLICT
     * REPLACE), each with the columns of those keys.
     */
    static Map<String, List<List<String>>> replacingTables(Replica r) {
        Map<String, List<List<String>>> out = new java.util.HashMap<>();
        for (Map<String, Object> row : r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'")) {
            for (UnmodelledClause c : UnmodelledClause.of(String.valueOf(row.get("sql")))) {
                if (c.deletesConflictingRows()) out.computeIfAbsent(SqliteNames.key(String.valueOf(row.get("name"))), k -> new ArrayList<>()).add(c.columns());
            }
        }
        return out;
    }

    /**
     * Whether the INSERT's upsert clause takes every conflict on the REPLACE {@code keys} before REPLACE could delete: an
     * {@code ON CONFLICT DO …} without a target takes any conflict; one with a target, conflicts on those columns (the other
     * keys' REPLACE still applies).
     */
    static boolean upsertCovers(String insert, List<List<String>> keys) {
        List<SqlLexer.Token> t = SqlLexer.significant(insert);
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).is("ON") || !t.get(i + 1).is("CONFLICT")) continue;
            if (i + 2 < t.size() && t.get(i + 2).is("DO")) return true;
            if (i + 2 >= t.size() || !t.get(i + 2).isPunct("(")) return false;
            java.util.Set<String> target = new java.util.HashSet<>();
            boolean elementStart = true;
            int depth = 0;
            for (int j = i + 2; j < t.size(); j++) {
                SqlLexer.Token k = t.get(j);
                if (k.isPunct("(")) depth++;
                else if (k.isPunct(")") && --depth == 0) break;
                else if (depth == 1 && k.isPunct(",")) elementStart = true;
                else if (depth == 1 && elementStart && (k.kind() == SqlLexer.Kind.WORD || k.kind() == SqlLexer.Kind.QUOTED)) {
                    target.add(SqliteNames.key(k.name()));
                    elementStart = false;
                }
            }
            return keys.stream().allMatch(cols -> cols.size() == target.size()
                    && cols.stream().allMatch(c -> target.contains(SqliteNames.key(c))));
        }
        return false;
    }
}
