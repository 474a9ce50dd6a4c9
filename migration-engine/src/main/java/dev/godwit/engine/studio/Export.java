package dev.godwit.engine.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * CSV (RFC 4180: quoted where needed, CRLF; text that a spreadsheet would run as a formula starts with {@code '}) and JSON (an array of objects) of a result, written row by row as the rows come,
 * so an export of any size holds one page of rows, not the file. NULL is an empty CSV field and JSON null; integers are exact
 * in both (JSON numbers with all digits); blobs are written {@code x'hex'}.
 */
abstract class Export implements ExportRows.RowSink {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Export csv(OutputStream out) {
        return new Csv(out, false);
    }

    /**
     * CSV that starts with a UTF-8 byte-order mark where {@code bom}: Excel on Windows, opening a CSV by a double click, reads it
     * as the ANSI code page unless it starts with one ({@code Zoë} shown as {@code ZoÃ«}); Python's {@code csv} and {@code cut}
     * take the mark as part of the first header, so it is asked for, not the default (DBeaver's "Insert BOM").
     */
    static Export csv(OutputStream out, boolean bom) {
        return new Csv(out, bom);
    }

    static Export json(OutputStream out) {
        return new Json(out);
    }

    /** Ends the document (JSON's closing bracket) and flushes what is buffered; the stream stays open. */
    abstract void finish();

    /** Rows written so far. */
    long rows;

    /**
     * Ends a document whose rows stopped coming ({@code why}) with a last word that leaves it invalid, so no reader takes the part
     * for the whole, and flushes what is buffered: in CSV a line that opens a quoted field and never closes it
     * ({@code "The export failed after 3000 rows, so this file is incomplete: …}), in JSON an object left open in the
     * array left open ({@code {"godwit_export_failed": "…"}} without its closing brace and bracket). Without it a CSV cut
     * at a line's end (or within a last field, {@code 7,ali}) looked whole.
     */
    abstract void abort(String why);

    static String failedLine(long rows, String why) {
        return "The export failed after " + rows + (rows == 1 ? " row" : " rows") + ", so this file is incomplete: " + why;
    }

    /**
     * Text starting with one of these is a formula to a spreadsheet that opens the CSV ({@code =HYPERLINK(…)}, {@code @SUM(…)},
     * {@code =cmd|…}): such text gets a leading {@code '}, as OWASP advises, so it is shown, not run. Numbers are not text.
     */
    static final String FORMULA_STARTS = "=+-@\t\r";

    /** A signed number held as text ({@code -2}, {@code +1.5e3}) is no formula and nothing to run: it keeps its sign as written. */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-](?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /** Where a spreadsheet reading {@code ;} or tab as the separator (Excel in a German or French locale) starts a cell, or a line. */
    private static final String CELL_BREAKS = ";\t\r\n";

    /**
     * A text with a {@code '} before each formula it could start in a spreadsheet: at its start, and after each {@code ;}, tab or
     * line break in it, where a spreadsheet that separates by {@code ;} (Excel in a German or French locale, which reads the
     * comma-separated line as one field up to the {@code ;}, quotes and all) starts a cell: {@code x;=cmd|' /C calc'!A0} was
     * written as it is and opened there as two cells, the second a formula. OWASP: the field separator lets an attacker start a
     * new cell with the formula in the middle of the input. A cell there that opens with quotes ({@code ;"=cmd}) counts as
     * starting with what follows them; a signed number ({@code a;-2}) is no formula.
     */
    static String guarded(String s) {
        StringBuilder out = null;
        int from = 0;
        for (int at = 0; at <= s.length(); at++) {
            if (at > 0 && CELL_BREAKS.indexOf(s.charAt(at - 1)) < 0) continue;
            int c = at;
            while (c < s.length() && s.charAt(c) == '"') c++;
            if (c >= s.length() || FORMULA_STARTS.indexOf(s.charAt(c)) < 0 || (s.charAt(c) == '\t' || s.charAt(c) == '\r') && c == at && at > 0) continue;
            int end = c;
            while (end < s.length() && CELL_BREAKS.indexOf(s.charAt(end)) < 0) end++;
            if (PLAIN_NUMBER.matcher(s.substring(c, end)).matches()) continue;
            if (out == null) out = new StringBuilder(s.length() + 8);
            out.append(s, from, at).append('\'');
            from = at;
        }
        return out == null ? s : out.append(s, from, s.length()).toString();
    }

    private static final class Csv extends Export {
        private final Writer w;

        Csv(OutputStream out, boolean bom) {
            this.w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (bom) {
                try {
                    w.write('\uFEFF');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void columns(List<String> names) {
            line(names);
        }

        @Override
        public void row(List<Object> values) {
            line(values);
            rows++;
        }

        /** Whether the last line written ended (a row failing midway leaves one open). */
        private boolean atLineStart = true;

        @Override
        void abort(String why) {
            try {
                if (!atLineStart) w.write("\r\n");
                w.write('"');
                w.write(failedLine(rows, why).replace("\"", "\"\""));
                w.write("\r\n");
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void line(List<?> values) {
            atLineStart = false;
            try {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) w.write(',');
                    Object v = values.get(i);
                    if (v == null) continue;
                    String s = v instanceof byte[] b ? "x'" + HexFormat.of().formatHex(b) + "'" : v instanceof Double d ? Values.realText(d) : v.toString();
                    if (v instanceof String) s = guarded(s);
                    if (!(v instanceof byte[]) && needsQuotes(s)) {   // x'<hex>' never does
                        w.write('"');
                        w.write(s.replace("\"", "\"\""));
                        w.write('"');
                    } else {
                        w.write(s);
                    }
                }
                w.write("\r\n");
                atLineStart = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Empty, or holding a comma, a quote, a line break, a ';' or a tab: one pass over the value, where a test of each character
         * was one pass each (a 2 MB text or blob was read seven times).
         */
        private static boolean needsQuotes(String s) {
            if (s.isEmpty()) return true;
            for (int i = 0; i < s.length(); i++) {
                switch (s.charAt(i)) {
                    case ',', '"', '\n', '\r', ';', '\t':
                        return true;
                    default:
                        break;
                }
            }
            return false;
        }

        @Override
        void finish() {
            try {
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Json extends Export {
        private final JsonGenerator g;
        private List<String> columns = List.of();

        Json(OutputStream out) {
            try {
                g = JSON.getFactory().createGenerator(out);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void columns(List<String> names) {
            columns = names;
        }

        @Override
        public void row(List<Object> row) {
            try {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    g.writeFieldName(columns.get(i));
                    Object v = row.get(i);
                    if (v == null) g.writeNull();
                    else if (v instanceof Long l) g.writeNumber(l);
                    else if (v instanceof Double d) {
                        if (Double.isFinite(d)) g.writeNumber(d);
                        else g.writeString(Values.realText(d));
                    } else if (v instanceof byte[] b) g.writeString("x'" + HexFormat.of().formatHex(b) + "'");
                    else g.writeString(v.toString());
                }
                g.writeEndObject();
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void abort(String why) {
            try {
                if (!g.getOutputContext().inObject()) {
                    g.writeStartObject();
                } else {
                    try {
                        g.writeNull();   // a row failing midway, after a field's name: that field gets a value
                    } catch (com.fasterxml.jackson.core.JsonGenerationException betweenFields) {
                        // the row's last field has its value: the word goes in that row
                    }
                }
                g.writeStringField("godwit_export_failed", failedLine(rows, why));
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void finish() {
            try {
                g.writeEndArray();
                g.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
