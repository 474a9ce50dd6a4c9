package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.CallArguments;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An UPDATE rebuilding a JSON column with {@code json_object} of its own paths ({@code SET data = json_object('theme',
 * json_extract(data, '$.ui.theme'))}) keeps only the keys it names: keys the rows held beside them ("notify") are gone after it
 * (round 58's c04 passed as "no rows removed or rewritten"). Such a reshape may drop them on purpose, so this is a warning, not a
 * refusal, naming the keys and the rows holding each, counted on real rows before the migration runs. A key the statement reads
 * ({@code '$.ui.theme'} reads "ui") is taken as moved, not dropped.
 */
final class JsonReshape {

    private JsonReshape() {
    }

    /** One warning per such UPDATE of {@code m} dropping keys the rows of {@code r} hold; empty otherwise. */
    static List<String> droppedKeys(Replica r, Migration m) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.statements().size(); i++) {
            String statement = m.statements().get(i);
            if (!statement.toLowerCase(java.util.Locale.ROOT).contains("json_object")) continue;
            PlainUpdate u = PlainUpdate.of(r, statement);
            if (u == null) continue;
            List<SqlLexer.Token> t = u.tokens();
            for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, u.clauses().set() + 1, t.size())) {
                int v = a.value();
                if (a.columns().size() != 1 || v + 2 >= a.end() || !t.get(v).is("json_object") || !t.get(v + 1).isPunct("(")
                        || !t.get(a.end() - 1).isPunct(")")) continue;
                String value = u.code().substring(t.get(v).start(), t.get(a.end() - 1).end());
                if (!StatementText.mentions(value, a.columns().get(0))) continue;   // a new value, not a reshape of the one held
                List<String> read = keysRead(t, v + 2, a.end() - 1, a.columns().get(0));
                if (read == null) continue;   // the whole value read (nested, json(data)): its keys may all be kept
                List<String> keys = keysNamed(t, v + 2, a.end());
                if (keys == null) continue;   // a key made by an expression: which keys it keeps is not read here
                String column = Quoting.doubleQuoted(a.columns().get(0));
                String table = "main." + Quoting.doubleQuoted(u.table());
                String sql = u.with() + "SELECT j.key AS k, count(*) AS n FROM " + table + ", json_each(" + table + "." + column + ") AS j WHERE " + u.where()
                        + " AND json_valid(" + column + ") AND json_type(" + column + ") = 'object'" + (keys.isEmpty() ? "" : " AND j.key NOT IN ("
                        + String.join(", ", keys) + ")") + " GROUP BY j.key ORDER BY j.key";
                List<String> dropped = new ArrayList<>();
                try {
                    for (Map<String, Object> row : r.query(sql)) {
                        String key = String.valueOf(row.get("k"));
                        if (reads(value, key) || read.contains(key)) continue;
                        long n = ((Number) row.get("n")).longValue();
                        dropped.add(Quoting.doubleQuoted(key) + " (" + n + (n == 1 ? " row)" : " rows)"));
                    }
                } catch (DatabaseException notHere) {   // an alias the UPDATE gives the table: not read
                    continue;
                }
                if (dropped.isEmpty()) continue;
                out.add("Pre-flight: " + m.fileName() + " statement " + (i + 1) + " rebuilds " + Quoting.doubleQuoted(u.table()) + "." + column
                        + " with json_object, which keeps only the keys it names; the rows hold " + (dropped.size() == 1 ? "a key" : "keys")
                        + " it neither names nor reads, gone after it: " + String.join(", ", dropped) + ". If " + (dropped.size() == 1 ? "it is" : "they are")
                        + " to stay, change only the keys meant (json_set(" + column + ", '$.theme', ...), or json_patch(" + column + ", json_object(...)))"
                        + "; if " + (dropped.size() == 1 ? "it is" : "they are") + " meant to go, nothing is to do.");
            }
        }
        return out;
    }

    /**
     * The keys the {@code json_object} call whose arguments start at token {@code from} names, as written ({@code 'theme'}): its
     * arguments first, third, ... ({@link CallArguments}); null where one of them is not a string ({@code 'be' || 'ta'}, {@code
     * lower(k)}), a key this reading cannot tell.
     */
    private static List<String> keysNamed(List<SqlLexer.Token> t, int from, int end) {
        List<String> keys = new ArrayList<>();
        List<CallArguments.Argument> args = CallArguments.of(t, from, end);
        for (int i = 0; i < args.size(); i += 2) {
            CallArguments.Argument key = args.get(i);
            if (key.end() - key.start() != 1 || t.get(key.start()).kind() != SqlLexer.Kind.STRING) return null;
            keys.add(t.get(key.start()).text());
        }
        return keys;
    }

    /**
     * The top-level keys tokens {@code from} to {@code end} of {@code t} read of {@code column} with an arrow and a bare key
     * ({@code data ->> 'notify'}; a {@code '$.path'} one is {@link #reads}'s); null where they read the column otherwise than by a
     * path, {@code json_extract(data, '$...')} or an arrow ({@code json(data)}, {@code data} itself nested under a new key): then
     * the keys the rows hold may all be kept, and nothing is said.
     */
    private static List<String> keysRead(List<SqlLexer.Token> t, int from, int end, String column) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < end; k++) {
            SqlLexer.Token x = t.get(k);
            if (x.kind() != SqlLexer.Kind.WORD && x.kind() != SqlLexer.Kind.QUOTED || !SqliteNames.same(x.name(), column)) continue;
            if (k + 1 < end && t.get(k + 1).isPunct(".")) continue;   // the table's name, settings.data
            boolean arrow = k + 2 < end && (t.get(k + 1).isPunct("->") || t.get(k + 1).isPunct("->>")) && t.get(k + 2).kind() == SqlLexer.Kind.STRING;
            boolean extract = k >= 2 && t.get(k - 1).isPunct("(") && t.get(k - 2).is("json_extract") && k + 2 < end && t.get(k + 1).isPunct(",")
                    && t.get(k + 2).kind() == SqlLexer.Kind.STRING;
            if (!arrow && !extract) return null;
            String path = t.get(k + 2).name();
            if (arrow && !path.startsWith("$")) out.add(path);
        }
        return out;
    }

    /** Whether {@code value} reads the top-level key {@code key} of the column: a path {@code '$.key'}, {@code '$.key.x'}, {@code '$.key[0]'}. */
    private static boolean reads(String value, String key) {
        for (String end : List.of("'", ".", "[")) if (value.contains("'$." + key + end) || value.contains("'$.\"" + key + "\"" + end)) return true;
        return false;
    }
}
