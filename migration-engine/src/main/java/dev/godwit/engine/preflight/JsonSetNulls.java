package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.CallArguments;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;

/**
 * An UPDATE reshaping a JSON column with {@code json_set} (or {@code json_replace}) of the column itself, {@code SET data =
 * json_set(data, '$.theme', json_extract(data, '$.ui.theme'))}: where the value given is NULL (the path it reads is missing there),
 * the key is set to JSON null, and a row that held a value under it ({"theme": "dark"}) loses it. Counted on real rows before the
 * statement runs: the rows it updates that hold a value at the path and get NULL for it. The column is written on purpose, so the
 * comparison after the migration never sees it. The same for a reshape with {@code json_object} of the column's own paths, each key
 * it names read as the path {@code '$.key'} (the keys it leaves out are {@link JsonReshape}'s warning), and for a merge patch,
 * {@code json_patch(data, json_object('theme', ...))}, where a null removes the key the row held (RFC 7396) rather than nulling it.
 */
final class JsonSetNulls {

    /** What {@link #before} found: the column, the path, and how many rows lose the value they held there. */
    record Nulled(String table, String column, String path, long rows, long of) {
    }

    private JsonSetNulls() {
    }

    /** The keys {@code u}, an UPDATE about to run ({@link PlainUpdate#of}), sets to JSON null where a row held a value; empty otherwise. */
    static List<Nulled> before(Replica r, PlainUpdate u) {
        String code = u.code();
        List<SqlLexer.Token> t = u.tokens();
        String table = u.table();
        List<Nulled> out = new ArrayList<>();
        for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, u.clauses().set() + 1, t.size())) {
            int v = a.value();
            if (a.columns().size() != 1 || v + 2 >= a.end() || !t.get(v + 1).isPunct("(") || !t.get(a.end() - 1).isPunct(")")) continue;
            String column = Quoting.doubleQuoted(a.columns().get(0));
            List<String> pairs;   // path, value, path, value ...
            if ((t.get(v).is("json_set") || t.get(v).is("json_replace")) && t.get(v + 2).isName()
                    && SqliteNames.key(t.get(v + 2).name()).equals(SqliteNames.key(a.columns().get(0))) && v + 3 < a.end() && t.get(v + 3).isPunct(",")) {
                // the whole value: json_set( <the column> , path, value, path, value ... )
                pairs = arguments(code, t, v + 4, a.end());
            } else if (t.get(v).is("json_object") && StatementText.mentions(code.substring(t.get(v).start(), t.get(a.end() - 1).end()), a.columns().get(0))) {
                // a reshape of the column into a new object, json_object('theme', json_extract(data, '$.ui.theme'), ...): each key as a path
                pairs = objectPaths(code.substring(t.get(v).start(), t.get(a.end() - 1).end()), "$");
            } else if (t.get(v).is("json_patch") && t.get(v + 2).isName() && SqliteNames.key(t.get(v + 2).name()).equals(SqliteNames.key(a.columns().get(0)))
                    && v + 3 < a.end() && t.get(v + 3).isPunct(",")) {
                // a merge patch of the column, json_patch(data, json_object('theme', ...)): a null in it removes the key (RFC 7396)
                List<String> args = arguments(code, t, v + 4, a.end());
                pairs = args.size() == 1 ? objectPaths(args.get(0).strip(), "$") : List.of();
            } else {
                continue;
            }
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                // a literal NULL nulls the key on purpose, as SET column = NULL does
                if (pairs.get(i + 1).strip().equalsIgnoreCase("NULL")) continue;
                String sql = u.with() + "SELECT count(*) FROM main." + Quoting.doubleQuoted(table) + " WHERE " + u.where() + " AND json_valid(" + column
                        + ") AND json_extract(" + column + ", " + pairs.get(i) + ") IS NOT NULL AND (" + pairs.get(i + 1) + ") IS NULL";
                try {
                    long n = r.count(sql);
                    if (n > 0) out.add(new Nulled(table, a.columns().get(0), pairs.get(i), n, r.count("SELECT count(*) FROM main." + Quoting.doubleQuoted(table))));
                } catch (DatabaseException notHere) {   // an alias the UPDATE gives the table: not read
                }
            }
        }
        return out;
    }

    /**
     * The keys {@code object}, a {@code json_object(...)} call as written, gives values, each as a path under {@code prefix} followed
     * by the value as written ({@code '$.theme'}, {@code json_extract(data, '$.ui.theme')}); a value that is itself a {@code
     * json_object} gives its keys one level down ({@code '$.ui.theme'}). Keys that are no plain name are left out; empty where
     * {@code object} is no such call.
     */
    private static List<String> objectPaths(String object, String prefix) {
        List<SqlLexer.Token> t = SqlLexer.significant(object);
        List<String> out = new ArrayList<>();
        if (t.size() < 3 || !t.get(0).is("json_object") || !t.get(1).isPunct("(") || !t.get(t.size() - 1).isPunct(")")) return out;
        List<String> args = arguments(object, t, 2, t.size());
        for (int i = 0; i + 1 < args.size(); i += 2) {
            String key = args.get(i).strip();
            if (!key.matches("'[A-Za-z_][\\w]*'")) continue;
            String path = prefix + "." + key.substring(1, key.length() - 1);
            String value = args.get(i + 1).strip();
            List<String> nested = objectPaths(value, path);
            if (nested.isEmpty()) {
                out.add("'" + path + "'");
                out.add(value);
            } else {
                out.addAll(nested);
            }
        }
        return out;
    }

    /** The arguments of a call from token {@code from} (past its opening parenthesis) to its closing one before {@code end}, as written. */
    private static List<String> arguments(String code, List<SqlLexer.Token> t, int from, int end) {
        List<String> args = new ArrayList<>();
        for (CallArguments.Argument a : CallArguments.of(t, from, end)) args.add(code.substring(t.get(a.start()).start(), t.get(a.end() - 1).end()));
        return args;
    }

    /**
     * The function {@code statement}, an UPDATE, sets {@code column} with, as its refusal names it: {@code json_object} (a
     * reshape), {@code json_patch} (a merge patch), else {@code json_set} (also for {@code json_replace}).
     */
    static String writtenWith(String statement, String column) {
        List<SqlLexer.Token> t = SqlLexer.significant(statement == null ? "" : StatementText.code(statement));
        int verb = t.isEmpty() ? -1 : WriteTarget.verb(t);
        Clauses c = verb < 0 || !t.get(verb).is("UPDATE") ? null : Clauses.of(t, WriteTarget.at(t, verb) + 1);
        if (c != null && c.set() >= 0) {
            for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, c.set() + 1, t.size())) {
                if (a.columns().size() != 1 || !SqliteNames.same(a.columns().get(0), column) || a.value() >= a.end()) continue;
                if (t.get(a.value()).is("json_object")) return "json_object";
                if (t.get(a.value()).is("json_patch")) return "json_patch";
            }
        }
        return "json_set";
    }

    /** {@code n} as a change of statement {@code at} of {@code m}. */
    static RowChange change(Nulled n, Migration m, int at, List<String> statements) {
        return LossRules.change(RowChange.Kind.JSON_KEY_NULLED, n.table(), n.column(), n.rows(), n.of(), m, at, statements);
    }
}
