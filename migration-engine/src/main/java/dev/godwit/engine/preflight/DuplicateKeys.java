package dev.godwit.engine.preflight;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.sql.DuplicateKeysQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pre-flight's word on a UNIQUE index the rows break: the keys they share, read from the copy where it holds the
 * database's rows, and the query that lists them all (for the database itself where the copy's rows are generated).
 */
final class DuplicateKeys {

    /** Keys shown; the query lists the rest. */
    private static final int SHOWN = 5;

    private DuplicateKeys() {
    }

    /**
     * For statement {@code at} of {@code statements} failing with {@code says}: the lines to add, or null when that is not a
     * CREATE UNIQUE INDEX refused for duplicates.
     */
    static String hint(Replica r, List<String> statements, int at, String says) {
        if (at < 0 || at >= statements.size()) return null;
        String query = DuplicateKeysQuery.forFailure(statements.get(at), says);
        if (query == null) return null;
        String list = "List them: " + query;
        if (!r.holdsRealRows()) return "On the database's own rows, the keys rows share (none means they keep the index): " + query;
        List<Map<String, Object>> found;
        try {
            found = r.queryAfter(statements.subList(0, at), query + " LIMIT " + (SHOWN + 1));
        } catch (GodwitException unreadable) {
            return list;   // the keys cannot be read here; the query still says what to look for
        }
        if (found.isEmpty()) return list;
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> row : found.subList(0, Math.min(SHOWN, found.size()))) {
            List<Object> values = new ArrayList<>(row.values());
            Object rows = values.remove(values.size() - 1);
            keys.add((values.size() == 1 ? shown(values.get(0)) : "(" + String.join(", ", values.stream().map(DuplicateKeys::shown).toList()) + ")")
                    + " in " + rows + " rows");
        }
        return "Keys rows share" + (found.size() > SHOWN ? " (the first " + SHOWN + ", most rows first)" : "") + ": " + String.join("; ", keys)
                + ". " + list;
    }

    private static String shown(Object v) {
        return DuplicateKeysQuery.shown(v);
    }
}
