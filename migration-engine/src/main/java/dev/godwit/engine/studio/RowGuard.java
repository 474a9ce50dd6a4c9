package dev.godwit.engine.studio;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.TableDef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What keeps a write on the row the page showed: a rowid alone is not enough, since a row deleted
 * and another inserted can take the same rowid. {@link #version} is a hash of a row's values, sent
 * to the page with each row and back with each write; {@link #of} is the WHERE clause a write runs
 * under, the rowid and every value as the server has just read it, so a row changed between that
 * read and the write (on D1 they are separate requests) matches nothing and the write does nothing.
 *
 * @param sql    the clause with {@code ?} for each value but short texts, integers and NULL (bound: exact, and no blob or long
 *               text spelled out in the SQL)
 * @param shown  the same clause with the values written as literals, for the page to show
 * @param params the values, in order
 */
record RowGuard(String sql, String shown, List<Object> params) {

    /**
     * A hash of the row's values (column names, storage classes and exact contents), short and URL-safe. A value the grid shows
     * only the start of ({@link Cells#large}) goes in by its SHA-256, so a page that read it as a {@link Cells.Preview} (its digest
     * made in SQLite) gets the version a write computes from the whole row.
     */
    static String version(List<String> columns, Map<String, Object> row) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String c : columns) {
            update(d, 'c', c.getBytes(StandardCharsets.UTF_8));
            Object v = row.get(c);
            if (v instanceof Cells.Preview p && p.digest() == null) update(d, p.text() ? 'T' : 'C', remoteBytes(p));   // over D1: its preview
            else if (v instanceof Cells.Preview p) update(d, p.text() ? 'S' : 'B', p.digest());   // a large value by its digest, whole or not
            else if (Cells.large(v)) update(d, v instanceof String ? 'S' : 'B', Cells.digest(v));
            else if (v == null) update(d, 'n', new byte[0]);
            else if (v instanceof byte[] b) update(d, 'b', b);
            else if (v instanceof Double x) update(d, 'r', ByteBuffer.allocate(8).putDouble(x).array());
            else if (v instanceof Number n) update(d, 'i', n.toString().getBytes(StandardCharsets.US_ASCII));
            else update(d, 's', v.toString().getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d.digest(), 16));
    }

    /** A D1 preview ({@link Cells#remoteTerm}) as bytes to hash: its lengths and its start. */
    private static byte[] remoteBytes(Cells.Preview p) {
        byte[] start = p.start() instanceof byte[] b ? b : p.start().toString().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + start.length).putLong(p.n()).putLong(p.octets()).put(start).array();
    }

    private static void update(MessageDigest d, char tag, byte[] bytes) {
        d.update((byte) tag);
        d.update(ByteBuffer.allocate(4).putInt(bytes.length).array());   // lengths keep ("ab", "c") apart from ("a", "bc")
        d.update(bytes);
    }

    /**
     * {@code rowid = N AND "a" IS ? AND …}: the row as read, every column; a row of a WITHOUT ROWID table has no rowid, and its
     * every column, the primary key's among them, addresses it. The terms are joined as a page's filters are ({@link Conjunction}):
     * each AND of a chain nests the clause one level deeper, and D1 allows an expression depth of 100.
     */
    static RowGuard of(RowKey key, List<Object> keyValues, TableDef t, Map<String, Object> row) {
        List<String> sql = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (key.byRowid()) {
            sql.add(key.rowid() + " = " + keyValues.get(0));
            shown.add(key.rowid() + " = " + keyValues.get(0));
        }
        for (String c : t.columnNames()) term(t, c, row.get(c), !key.caseless().contains(c), sql, shown, params);
        if (!key.byRowid()) {
            // A key column declared NOCASE may be under a binary primary key ('a' and 'A' both there): its text compared exactly
            // too, so the write reaches the one row ("k" IS 'A' first, for an index in the column's collation)
            for (String c : key.caseless()) {
                if (!(row.get(c) instanceof String text)) continue;
                boolean literal = text.length() <= 64 && text.indexOf('\0') < 0;
                String q = Quoting.doubleQuoted(c);
                sql.add(q + " = " + (literal ? Values.literal(text) : "?") + " COLLATE BINARY");
                shown.add(q + " = " + shownLiteral(text) + " COLLATE BINARY");
                if (!literal) params.add(text);
            }
        }
        return new RowGuard(Conjunction.of(sql), Conjunction.of(shown), params);
    }

    /**
     * The rows of {@code t} holding {@code row}'s values in {@code columns} (no rowid): as {@link #of} compares them, to count the
     * rows an Undo could mean ({@link RowIdentity}).
     */
    static RowGuard matching(TableDef t, List<String> columns, Map<String, Object> row) {
        List<String> sql = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String c : columns) term(t, c, row.get(c), true, sql, shown, params);
        return new RowGuard(Conjunction.of(sql), Conjunction.of(shown), params);
    }

    /** One column's term of a guard: {@code "c" IS value} (a text under NOCASE compared exactly where {@code exactText}). */
    private static void term(TableDef t, String c, Object v, boolean exactText, List<String> sql, List<String> shown, List<Object> params) {
        String q = Quoting.doubleQuoted(c);
        if (v instanceof Cells.Preview p) {
            // Over D1 a large value as the page read it (no hash function there): its storage class, its length in bytes and
            // its start, bound; a write never reads or sends it whole
            String term = "(typeof(" + q + ") = '" + (p.text() ? "text" : "blob") + "' AND octet_length(" + q + ") = " + p.octets()
                    + " AND substr(" + q + ", 1, " + (p.text() ? Values.MAX_TEXT_CHARS : Cells.BLOB_START) + ") = ";
            sql.add(term + "?)");
            shown.add(term + shownLiteral(p.start()) + ")");
            params.add(p.start());
            return;
        }
        // Short texts, integers and NULL as literals (exact): D1 takes 100 bound parameters a statement, and a 100-column
        // table's guard would leave none for a long value the write itself binds.
        // An infinite real too: JSON has no Infinity to bind it with (9e999 is SQLite's literal for it)
        boolean literal = v == null || v instanceof Long || v instanceof Double d && Double.isInfinite(d)
                || v instanceof String text && text.length() <= 64 && text.indexOf('\0') < 0;
        // A text under NOCASE or RTRIM compared exactly: 'abc' IS 'ABC' there, and the guard is all that tells a row someone
        // changed since the page showed it (a caseless key column gets its exact term below, its index in the column's collation)
        String exact = v instanceof String && RowKey.collated(t, c) && exactText ? " COLLATE BINARY" : "";
        sql.add(q + " IS " + (literal ? Values.literal(v) : "?") + exact);
        shown.add(q + " IS " + shownLiteral(v) + exact);
        if (!literal) params.add(v);
    }

    /**
     * Values a write binds rather than spells out: long ones (D1 takes 100,000 bytes a statement, and a page need not see a
     * megabyte of SQL) and text holding NUL, which no literal can carry.
     */
    static boolean bound(Object v) {
        return v instanceof byte[] b && b.length > LONG_VALUE / 2 || v instanceof String s && (s.length() > LONG_VALUE || s.indexOf('\0') >= 0);
    }

    /** Longer values are bound as parameters (see {@link #bound}). */
    private static final int LONG_VALUE = 2048;

    /** A value as the SQL shown to the user spells it: a literal, or the start of a bound one with what it is. */
    static String shownLiteral(Object v) {
        if (v instanceof byte[] b && bound(v)) {
            return "X'" + HexFormat.of().formatHex(b, 0, 16).toUpperCase(java.util.Locale.ROOT) + "…' /* " + b.length + " bytes, bound as a parameter */";
        }
        if (v instanceof String s && bound(v)) {
            String start = s.length() > 64 ? s.substring(0, Character.isHighSurrogate(s.charAt(63)) ? 63 : 64) + "…" : s;
            return "'" + start.replace("\0", "\\0").replace("'", "''") + "' /* " + (s.length() > 64 ? s.length() + " characters" : "holds NUL")
                    + ", bound as a parameter */";
        }
        return Values.literal(v);
    }
}
