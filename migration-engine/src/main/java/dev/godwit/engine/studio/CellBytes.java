package dev.godwit.engine.studio;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The bytes of one BLOB cell, for its download (an image, a PDF): the grid shows a blob's size and first bytes, exports its hex.
 * The cell is named as any row the page shows ({@code rowid}, or {@code key} in a WITHOUT ROWID table; never a hidden table's),
 * and its bytes are read in pieces, so memory holds a piece, not the blob: on a local file in one statement (one read, so every
 * piece is of the same value), {@value #LOCAL_PIECE} bytes a row; over D1 one call a piece of {@value #REMOTE_PIECE} bytes in
 * hex (2 MB of D1's JSON, within what a studio call takes of it), the blob's length checked with each, as D1 keeps 2,000,000
 * bytes in a row at most: 2 calls at most.
 */
final class CellBytes {

    /** Bytes a piece on a local file: SQLite reads the whole value for each piece, so few of them; a 100 MB blob downloads in a JVM of 48 MB. */
    static final int LOCAL_PIECE = 8 << 20;
    /** Bytes a piece over D1, in one call. */
    static final int REMOTE_PIECE = 1_000_000;

    private final Database db;
    private final StudioSchema schema;

    CellBytes(Database db, StudioSchema schema) {
        this.db = db;
        this.schema = schema;
    }

    /** One blob cell: its table, row and column, and its length when found. */
    record Cell(TableDef table, RowKey rowKey, List<Object> key, String column, long length) {

        /** A file name from the table, the row's key and the column, in ASCII (other characters as {@code _}): {@code teams-1-logo.bin}. */
        String fileName() {
            return named("[^A-Za-z0-9_.-]");
        }

        /** The same name keeping letters and digits of any script ({@code équipes-1-логотип.bin}); quotes, CR, LF, slashes still {@code _}. */
        String unicodeFileName() {
            return named("[^\\p{L}\\p{M}\\p{N}_.-]");
        }

        private String named(String unsafe) {
            String row = key.stream().map(v -> v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).reduce((a, b) -> a + "_" + b).orElse("");
            String name = (table.name() + "-" + row + "-" + column).replaceAll(unsafe, "_");
            int cut = name.codePointCount(0, name.length()) > 120 ? name.offsetByCodePoints(0, 120) : name.length();
            return name.substring(0, cut) + ".bin";
        }

        /**
         * The {@code Content-Disposition} of its download: the ASCII name, and where letters were lost to {@code _} the whole name
         * too as RFC 6266's {@code filename*=UTF-8''...}, percent-encoded (browsers take it over {@code filename}).
         */
        String contentDisposition() {
            String ascii = fileName();
            String full = unicodeFileName();
            if (full.equals(ascii)) return "attachment; filename=\"" + ascii + "\"";
            // URLEncoder keeps A-Z a-z 0-9 . - _ (and * and space, which the name never holds) and gives the rest as %XX of UTF-8
            return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(full, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The cell {@code params} names (table, {@code rowid} or {@code key}, {@code column}); refused where it is no blob. */
    Cell find(TableDef t, Map<String, String> params) {
        RowKey k = schema.requireKey(t);
        List<Object> key = RowLookup.keyOf(t, k, params);
        String name = params.get("column");
        if (name == null) throw StudioException.bad("name the column whose bytes to download: column=...");
        ColumnDef c = t.column(name).orElseThrow(() -> new StudioException(404, "table \"" + t.name() + "\" has no column \"" + name + "\""));
        String col = Quoting.doubleQuoted(c.name());
        List<Map<String, Object>> rows;
        try {
            rows = db.query("SELECT typeof(" + col + ") AS \"type\", octet_length(" + col + ") AS \"length\" FROM " + Quoting.doubleQuoted(t.name())
                    + " WHERE " + k.equal(""), k.orderParams(key).toArray());
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        if (rows.isEmpty()) throw RowLookup.noRow(t, k, key);
        String type = String.valueOf(rows.get(0).get("type"));
        if (!type.equals("blob")) {
            throw StudioException.bad("\"" + c.name() + "\" of " + k.describe(key) + " of \"" + t.name() + "\" holds " + (type.equals("null") ? "NULL" : "a " + type)
                    + ", not a blob: only a blob's bytes are downloaded (copy a text from its cell, or export the rows)");
        }
        return new Cell(t, k, key, c.name(), ((Number) rows.get(0).get("length")).longValue());
    }

    /**
     * Writes the cell's bytes to {@code out}, a piece at a time. On a local file this is one statement, read as fast as SQLite gives
     * it (so to a file of the caller's, not a client that may be slow: the statement holds the file's read lock); over D1 one call a
     * piece. A row deleted, or a blob that changed length, while it is read fails it, naming the row.
     */
    void copy(Cell cell, OutputStream out) {
        String col = Quoting.doubleQuoted(cell.column());
        String from = " FROM " + Quoting.doubleQuoted(cell.table().name()) + " WHERE " + cell.rowKey().equal("");
        List<Object> keyParams = cell.rowKey().orderParams(cell.key());
        long[] written = {0};
        if (cell.length() == 0) return;   // an empty blob: an empty file
        try {
            if (!db.capabilities().remote()) {
                // the pieces' offsets, made in SQLite: each row one piece of the value as this one statement reads it
                String sql = "WITH RECURSIVE piece(at) AS (SELECT 1 UNION ALL SELECT at + " + LOCAL_PIECE + " FROM piece WHERE at + " + LOCAL_PIECE
                        + " <= ?) SELECT (SELECT substr(" + col + ", piece.at, " + LOCAL_PIECE + ")" + from + " AND octet_length(" + col + ") = ?) AS \"b\" FROM piece";
                List<Object> params = new ArrayList<>();
                params.add(cell.length());
                params.addAll(keyParams);
                params.add(cell.length());
                db.queryEach(sql, params, row -> written[0] += write(cell, row.get("b"), out));
            } else {
                for (long at = 1; at <= cell.length(); at += REMOTE_PIECE) {
                    List<Object> params = new ArrayList<>(keyParams);
                    params.add(cell.length());
                    List<Map<String, Object>> rows = db.query("SELECT hex(substr(" + col + ", " + at + ", " + REMOTE_PIECE + ")) AS \"h\"" + from
                            + " AND octet_length(" + col + ") = ?", params.toArray());
                    written[0] += write(cell, rows.isEmpty() ? null : HexFormat.of().parseHex(String.valueOf(rows.get(0).get("h"))), out);
                }
            }
        } catch (DatabaseException e) {
            throw schema.explained(cell.table(), e);
        }
        if (written[0] != cell.length()) throw changedMeanwhile(cell);
    }

    private static long write(Cell cell, Object piece, OutputStream out) {
        if (!(piece instanceof byte[] b)) throw changedMeanwhile(cell);
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.length;
    }

    private static StudioException changedMeanwhile(Cell cell) {
        return new StudioException(409, "\"" + cell.column() + "\" of " + cell.rowKey().describe(cell.key()) + " of \"" + cell.table().name()
                + "\" was deleted or changed while its bytes were read: reload the page, then download it again");
    }
}
