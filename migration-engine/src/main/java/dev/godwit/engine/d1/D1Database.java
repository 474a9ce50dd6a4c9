package dev.godwit.engine.d1;

import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.HistoryGuard;
import dev.godwit.engine.sql.StatementKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Cloudflare D1 database through the HTTP API ({@link D1Client}).
 *
 * <p>{@link #runAtomically} sends every statement in <b>one</b> {@code /query} request
 * ({@code {"sql": "s1;\ns2;\n…"}}, no params), which D1 runs as one transaction: all statements
 * take effect or none does (D1 rolls back the whole request when a statement fails; wrangler
 * applies migrations the same way).
 * There is no fallback that splits a list over several requests, because atomicity could then no
 * longer be guaranteed: a statement over D1's 100,000-byte limit, or a request body over
 * {@link D1Settings#maxRequestBytes()}, is refused before anything is sent, with a message that
 * says how to split the migration.
 *
 * <p>{@code foreignKeysOff} is ignored: D1 enforces foreign keys in every request and
 * {@code PRAGMA foreign_keys=OFF} has no effect there ({@link Capabilities#D1}); the planner plans
 * for that.
 *
 * <p>D1 does not say which statement of a request failed. When it refuses the SQL of a list of
 * several statements, this class finds the statement by sending probes: a prefix of the list
 * followed by a statement that always fails, so every probe is rolled back and changes nothing
 * (a binary search, at most about log2(n)+1 extra requests, only after a failure). A history guard's refusal
 * needs none: its message holds {@link HistoryGuard#MARKER}, which only the guard statement carries.
 */
public final class D1Database implements Database {

    /**
     * Always fails, with a message no real statement produces: it makes a probe request roll back.
     * The schema name cannot exist on D1, which refuses ATTACH.
     */
    static final String PROBE_SENTINEL = "SELECT * FROM \"godwit_probe\".\"every statement before this one ran\"";
    private static final int MAX_PROBED_STATEMENTS = 4096;

    private final D1Settings settings;
    private final D1Client client;
    private List<Map<String, Object>> schemaObjects;   // as last read, until a statement that can change the schema is sent
    /** {@link #readAhead}'s answers not yet asked, each given once, until something is written. */
    private final Map<Read, List<Map<String, Object>>> readAhead = new java.util.HashMap<>();

    public D1Database(D1Settings settings) {
        this(new D1Client(settings));
    }

    /** {@code notice}: told in one line of each wait after a rate limit (HTTP 429), which may last a minute; null: nobody. */
    public D1Database(D1Settings settings, java.util.function.Consumer<String> notice) {
        this(new D1Client(settings, null, notice));
    }

    /** Over a given client (e.g. one fleet member's, sharing connections and the rate limiter); closing closes the client. */
    public D1Database(D1Client client) {
        this.settings = client.settings();
        this.client = client;
    }

    /** The database's id (its UUID). */
    public String databaseId() {
        return settings.databaseId();
    }

    @Override
    public String describe() {
        return "Cloudflare D1 database " + settings.databaseId();
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.D1.withMaxRequestBytes(settings.maxRequestBytes());
    }

    /** HTTP requests sent so far (retries and probes included). */
    public int requestCount() {
        return client.requestCount();
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... params) {
        if (!readAhead.isEmpty()) {
            List<Map<String, Object>> read = readAhead.remove(Read.of(sql, params));
            if (read != null) return read;
        }
        return write(sql, params).rows();
    }

    /**
     * All of {@code reads} in one request (their parameters written into their SQL as literals: D1 takes none with several
     * statements), sent as a read is (a lost answer asked again). Refused SQL reads nothing ahead: D1 does not say which statement
     * failed, and each, asked on its own, fails or answers as it would have. Any other failure (the database missing, the token
     * refused, the API out of reach) is thrown, as the first of them would have thrown it.
     */
    @Override
    public boolean readAhead(List<Read> reads) {
        readAhead.clear();
        if (reads.isEmpty()) return false;
        List<String> sql = new ArrayList<>();
        for (Read r : reads) {
            String inlined = inlined(r);
            if (inlined == null || !StatementKind.isReadOnly(inlined)) return false;
            String clean = D1Sql.clean(inlined);
            if (clean.isEmpty() || clean.getBytes(StandardCharsets.UTF_8).length > Capabilities.D1.maxStatementBytes()) return false;
            sql.add(clean);
        }
        String text = String.join(D1Sql.SEPARATOR, sql);
        if (D1Client.requestBytes(text) > settings.maxRequestBytes()) return false;
        List<D1Client.StatementResult> results;
        try {
            results = client.query(text, List.of(), true);
        } catch (D1Exception e) {
            if (e.isSqlError()) return false;
            throw e;
        }
        if (results.size() != reads.size()) return false;   // D1 split the text otherwise than it was joined: nothing kept
        for (int i = 0; i < reads.size(); i++) readAhead.putIfAbsent(reads.get(i), List.copyOf(results.get(i).rows()));
        return true;
    }

    /** The read's SQL with each {@code ?} replaced by its parameter as a literal; null where a parameter is not a text or a whole number. */
    private static String inlined(Read r) {
        if (r.params().isEmpty()) return r.sql();
        StringBuilder out = new StringBuilder();
        int from = 0;
        int next = 0;
        for (dev.godwit.engine.sql.SqlLexer.Token t : dev.godwit.engine.sql.SqlLexer.tokenize(r.sql())) {
            if (t.kind() != dev.godwit.engine.sql.SqlLexer.Kind.VARIABLE) continue;
            if (!t.text().equals("?") || next >= r.params().size()) return null;
            Object p = r.params().get(next++);
            String literal = p instanceof String str ? dev.godwit.engine.sql.Quoting.literal(str)
                    : p instanceof Long || p instanceof Integer ? p.toString() : null;
            if (literal == null) return null;
            out.append(r.sql(), from, t.start()).append(literal);
            from = t.end();
        }
        if (next != r.params().size()) return null;
        return out.append(r.sql().substring(from)).toString();
    }

    /**
     * This object, answering {@link #schemaObjects} from {@code rows} ({@link Database#SCHEMA_OBJECTS}'s, read in another request
     * of the same run: a fleet's history read) until something is written: no request more.
     */
    public D1Database knowingSchemaObjects(List<Map<String, Object>> rows) {
        this.schemaObjects = List.copyOf(rows);
        return this;
    }

    @Override
    public List<Map<String, Object>> schemaObjects() {
        if (schemaObjects == null) schemaObjects = List.copyOf(query(SCHEMA_OBJECTS));
        return schemaObjects;
    }

    /** As {@link #query}; the changes are D1's {@code meta.changes} (its total_changes() across the request), -1 where it gives none. */
    @Override
    public Written write(String sql, Object... params) {
        String clean = D1Sql.clean(sql);
        if (clean.isEmpty()) throw new D1Exception("no SQL statement to send to D1: " + sql, 0, 0, 0, sql, "no statement", false, null);
        if (!StatementKind.isReadOnly(clean)) {
            schemaObjects = null;
            readAhead.clear();
        }
        checkSize(clean, 0, sql);
        try {
            List<D1Client.StatementResult> results = client.query(clean, params == null ? List.of() : Arrays.asList(params),
                    StatementKind.isRepeatable(clean));
            if (results.isEmpty()) return new Written(List.of(), -1);
            D1Client.StatementResult last = results.get(results.size() - 1);
            return new Written(last.rows(), last.meta() != null && last.meta().get("changes") instanceof Number n ? n.longValue() : -1);
        } catch (D1Exception e) {
            if (e.isSqlError()) throw e.withStatement(scrub("D1 refused the statement: " + e.databaseMessage() + "\n    " + sql.strip()), 0, sql);
            throw e;
        }
    }

    @Override
    public void runAtomically(List<String> statements, boolean foreignKeysOff) {
        schemaObjects = null;
        readAhead.clear();
        List<String> cleaned = new ArrayList<>();
        List<Integer> original = new ArrayList<>();   // index in `statements` of each cleaned statement
        for (int i = 0; i < statements.size(); i++) {
            String c = D1Sql.clean(statements.get(i));
            if (c.isEmpty()) continue;
            checkSize(c, i, statements.get(i));
            cleaned.add(c);
            original.add(i);
        }
        if (cleaned.isEmpty()) return;
        // Reads and CREATE … IF NOT EXISTS only (e.g. the history table): a lost answer is simply asked again.
        boolean repeatable = cleaned.stream().allMatch(StatementKind::isRepeatable);
        try {
            client.query(String.join(D1Sql.SEPARATOR, cleaned), List.of(), repeatable);
        } catch (D1Exception e) {
            if (!e.isSqlError()) throw e;
            // D1 cut it for its time or reset it for its memory: a probe would run the same statements again, to be reset again
            if (D1Exception.resetForItsLoad(e.databaseMessage())) throw e;
            int guard = HistoryGuard.refused(e.databaseMessage()) ? guardIndex(cleaned) : -1;
            if (guard >= 0) {
                // A history guard refused: its message says so, and only that statement holds the marker. No probes.
                int idx = original.get(guard);
                throw e.withStatement(scrub("statement " + (idx + 1) + ", the history guard, refused the request (none was applied): "
                        + e.databaseMessage()), idx, statements.get(idx));
            }
            // every statement passed checkSize: D1 read its limit over the request (workers-sdk#6347, not settled), and growing
            // prefixes would fail from the one at which they pass 100,000 bytes on, blaming an innocent statement: no probes
            String tooLong = D1Sql.requestTooLong(cleaned, e.databaseMessage());
            if (tooLong != null) throw e.withStatement(tooLong, -1, null);
            int at;
            try {
                at = cleaned.size() == 1 ? 0 : locate(cleaned, e.databaseMessage());
            } catch (D1Exception tokenRefused) {
                // the token expired between the request and a probe: D1's error stays the failure, the refusal said with it
                D1Exception refused = e.withStatement("D1 refused the statements (none was applied): " + e.databaseMessage(), -1, null);
                refused.addSuppressed(tokenRefused);
                throw refused;
            }
            if (at < 0) {
                throw e.withStatement("D1 refused the statements (none was applied): " + e.databaseMessage(), -1, null);
            }
            int idx = original.get(at);
            throw e.withStatement(scrub("statement " + (idx + 1) + " failed on D1 (none was applied): " + e.databaseMessage()), idx, statements.get(idx));
        }
    }

    /** The statement that raises a history guard's refusal (the one holding its marker), or -1. */
    private static int guardIndex(List<String> cleaned) {
        for (int i = 0; i < cleaned.size(); i++) if (cleaned.get(i).contains(HistoryGuard.MARKER)) return i;
        return -1;
    }

    /**
     * Finds the first statement whose prefix reproduces D1's error, or -1. Each probe ends in a
     * statement that always fails, so D1 rolls every probe back. A probe Cloudflare refuses the token for is thrown: the failure
     * then says why no statement is named, and what to do.
     */
    private int locate(List<String> cleaned, String message) {
        if (cleaned.size() > MAX_PROBED_STATEMENTS || message == null) return -1;
        try {
            if (!probeFailsWith(cleaned, cleaned.size() - 1, message)) return -1;   // e.g. a deferred foreign key failing at commit
            int lo = 0;
            int hi = cleaned.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (probeFailsWith(cleaned, mid, message)) hi = mid;
                else lo = mid + 1;
            }
            return lo;
        } catch (D1Exception probeFailed) {
            if (D1Exception.refusedTokenIn(probeFailed)) throw probeFailed;
            return -1;
        }
    }

    private boolean probeFailsWith(List<String> cleaned, int last, String message) {
        List<String> probe = new ArrayList<>(cleaned.subList(0, last + 1));
        probe.add(PROBE_SENTINEL);
        try {
            client.query(String.join(D1Sql.SEPARATOR, probe), List.of());
        } catch (D1Exception e) {
            if (!e.isSqlError()) throw e;
            return message.equals(e.databaseMessage());
        }
        throw new D1Exception("a probe request unexpectedly succeeded", 0, 0, false, null);
    }

    private void checkSize(String cleaned, int index, String statement) {
        int bytes = cleaned.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Capabilities.D1.maxStatementBytes()) {
            String msg = "statement " + (index + 1) + " is " + bytes + " bytes; D1 accepts at most " + Capabilities.D1.maxStatementBytes()
                    + " bytes per statement (statement too long: SQLITE_TOOBIG). Split it, e.g. insert data in smaller batches, or bind values as"
                    + " parameters. Nothing was sent.";
            throw D1Exception.notSent(msg, index, statement);
        }
    }

    /** Messages may quote the SQL; the token never goes out in one, even if a statement contains it. */
    private String scrub(String message) {
        String t = settings.token();
        return t.length() >= 4 ? message.replace(t, "****") : message;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "D1Database(" + settings + ")";
    }
}
