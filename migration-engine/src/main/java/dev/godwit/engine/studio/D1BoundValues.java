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
 * JSON cannot carry); the others are bound as given. D1 also takes at most {@value #MAX_PARAMS} bound parameters a statement ("too
 * many SQL variables"): a statement that would bind more (an edit of a 100-column row of long values, its guard binding each
 * of them again; a page under many filters) has its shortest values written into the SQL as their exact literals, until at most
 * {@value #MAX_PARAMS} remain bound, or is refused, nothing run, where that would make it longer than D1's 100,000 bytes.
 */
final class D1BoundValues implements Database {

    private static final long EXACT = 1L << 53;
    /** D1's limit on bound parameters per statement (workerd's SQLITE_LIMIT_VARIABLE_NUMBER). */
    static final int MAX_PARAMS = 100;
    private final Database db;

    D1BoundValues(Database db) {
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
        boolean tooMany = params.size() > MAX_PARAMS;
        if (!tooMany && params.stream().noneMatch(D1BoundValues::big)) return null;
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(sql);   // a '?' inside a text or a quoted name is no parameter
        long marks = tokens.stream().filter(t -> t.kind() == SqlLexer.Kind.VARIABLE).count();
        if (marks != params.size() || tokens.stream().anyMatch(t -> t.isComment() || t.kind() == SqlLexer.Kind.VARIABLE && !t.text().equals("?"))) {
            return null;   // ?1, :name, a comment: not the studio's plain kind, runs as it is
        }
        if (tooMany) return fitted(tokens, params, kept);
        String[] written = new String[params.size()];
        for (int i = 0; i < params.size(); i++) if (big(params.get(i))) written[i] = literal(params.get(i));
        return written(tokens, params, written, kept);
    }

    /**
     * The SQL of {@code tokens} with the i-th {@code ?} replaced by {@code written[i]} where that is not null, the parameters of
     * the others, still bound, added to {@code kept}.
     */
    private static String written(List<SqlLexer.Token> tokens, List<Object> params, String[] written, List<Object> kept) {
        StringBuilder out = new StringBuilder();
        int p = 0;
        for (SqlLexer.Token t : tokens) {
            if (t.kind() != SqlLexer.Kind.VARIABLE) {
                out.append(t.text());
                continue;
            }
            int i = p++;
            if (written[i] != null) {
                out.append(' ').append(written[i]).append(' ');   // spaced: "-?" must not become "--9…"
            } else {
                out.append('?');
                kept.add(params.get(i));
            }
        }
        return out.toString();
    }

    /**
     * {@link #inlined} for a statement of more than {@value #MAX_PARAMS} parameters: the {@link #big} ones and then the shortest
     * that have an exact literal (an integer, a real as Java's shortest digits, which SQLite reads back to the same double, a blob
     * as X'..', a text without NUL) are written in, until at most {@value #MAX_PARAMS} are bound; the longest stay bound, so the
     * SQL grows least. Refused (nothing run) where that cannot be done within D1's statement length, or where more than
     * {@value #MAX_PARAMS} values have no literal.
     */
    private static String fitted(List<SqlLexer.Token> tokens, List<Object> params, List<Object> kept) {
        String[] literal = new String[params.size()];   // of a value that may be written in, other than a big one
        String[] written = new String[params.size()];
        List<Integer> order = new ArrayList<>();
        int bound = 0;
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (big(v)) {
                written[i] = literal(v);   // always written in
                continue;
            }
            bound++;
            if (v == null || v instanceof Long || v instanceof Double || v instanceof byte[] || v instanceof String s && s.indexOf('\0') < 0) {
                literal[i] = Values.literal(v);
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.comparingInt(i -> literal[i].length()));
        for (int i = 0; i < order.size() && bound > MAX_PARAMS; i++, bound--) written[order.get(i)] = literal[order.get(i)];
        String out = written(tokens, params, written, kept);
        int bytes = out.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bound > MAX_PARAMS) {   // every value with a literal is written in: those left have none, whatever their length
            throw tooMany(params.size(), bound + " of them have no SQL literal to be written into the SQL instead (a text holding a NUL"
                    + " character is sent only bound)");
        }
        if (bytes > Capabilities.D1.maxStatementBytes()) {
            throw tooMany(params.size(), "written into the SQL, the others would make it " + String.format(java.util.Locale.ROOT, "%,d", bytes)
                    + " bytes, over D1's " + String.format(java.util.Locale.ROOT, "%,d", Capabilities.D1.maxStatementBytes())
                    + " (its values are too long)");
        }
        return out;
    }

    /** A statement of {@code values} parameters that cannot be fitted to D1's {@value #MAX_PARAMS}, {@code why}, and what to do. */
    private static StudioException tooMany(int values, String why) {
        return StudioException.bad("this statement has " + values + " values to send and D1 binds at most " + MAX_PARAMS + " a statement; "
                + why + ". Nothing was run: change fewer columns at a time (add the row with some columns, then edit the rest), use fewer"
                + " filters, or run it in the SQL console as several smaller statements");
    }
}
