package dev.godwit.engine.studio;

import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The port over D1, whose bound numbers go through JavaScript: the request's JSON is parsed into doubles, so a parameter
 * 9007199254740993 is bound as 9007199254740992 and a page continued from, or a write read, another row. An integer parameter
 * beyond ±2^53 is written into the SQL as its literal instead, which SQLite reads exactly (and so is an infinite real, which
 * JSON cannot carry); the others are bound as given.
 */
final class ExactIntegerParams implements Database {

    private static final long EXACT = 1L << 53;
    private final Database db;

    ExactIntegerParams(Database db) {
        this.db = db;
    }

    @Override
    public String describe() {
        return db.describe();
    }

    @Override
    public Capabilities capabilities() {
        return db.capabilities();
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... params) {
        List<Object> kept = new ArrayList<>();
        String inlined = inlined(sql, Arrays.asList(params), kept);
        return inlined == null ? db.query(sql, params) : db.query(inlined, kept.toArray());
    }

    @Override
    public Written write(String sql, Object... params) {
        List<Object> kept = new ArrayList<>();
        String inlined = inlined(sql, Arrays.asList(params), kept);
        return inlined == null ? db.write(sql, params) : db.write(inlined, kept.toArray());
    }

    @Override
    public void queryEach(String sql, List<Object> params, Consumer<Map<String, Object>> each) {
        List<Object> kept = new ArrayList<>();
        String inlined = inlined(sql, params, kept);
        if (inlined == null) db.queryEach(sql, params, each);
        else db.queryEach(inlined, kept, each);
    }

    @Override
    public void runAtomically(List<String> statements, boolean foreignKeysOff) {
        db.runAtomically(statements, foreignKeysOff);
    }

    @Override
    public void interrupt() {
        db.interrupt();
    }

    @Override
    public void close() {
        // The caller owns the database.
    }

    /**
     * An integer beyond ±2^53, or an infinite real: JSON has no Infinity, and bound as the text "Infinity" it compared below
     * every number, so a page sorted by a column holding two of them skipped the second going up and repeated it without end
     * going down. Written as SQLite's literal for it instead, 9e999.
     */
    private static boolean big(Object v) {
        return v instanceof Long n && (n > EXACT || n < -EXACT) || v instanceof Double d && Double.isInfinite(d);
    }

    private static String literal(Object v) {
        return v instanceof Double d ? (d > 0 ? "9e999" : "-9e999") : String.valueOf(v);
    }

    /**
     * The SQL with each {@code ?} whose parameter is a {@link #big} integer replaced by its digits, the other parameters in
     * {@code kept}; null when there is nothing to replace or the SQL is not the studio's plain kind (a numbered {@code ?1}, a
     * comment, a count of {@code ?} other than the parameters'), which then runs as it is.
     */
    static String inlined(String sql, List<Object> params, List<Object> kept) {
        if (params.stream().noneMatch(ExactIntegerParams::big)) return null;
        StringBuilder out = new StringBuilder(sql.length() + 32);
        int p = 0;
        for (SqlLexer.Token t : SqlLexer.tokenize(sql)) {   // a '?' inside a text or a quoted name is no parameter
            if (t.isComment()) return null;
            if (t.kind() != SqlLexer.Kind.VARIABLE) {
                out.append(t.text());
                continue;
            }
            if (!t.text().equals("?") || p >= params.size()) return null;   // ?1, :name: not the studio's kind
            Object v = params.get(p++);
            if (big(v)) {
                out.append(' ').append(literal(v)).append(' ');   // spaced: "-?" must not become "--9…"
            } else {
                out.append('?');
                kept.add(v);
            }
        }
        return p == params.size() ? out.toString() : null;
    }
}
