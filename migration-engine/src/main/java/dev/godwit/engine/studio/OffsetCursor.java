package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A position in rows without a key ({@link RowPages#offsetPage}): the offset of the page's first row and, when {@code keyset}, the value
 * of the order's first column in the row before it ({@code lead}) and how many rows up to it hold that value ({@code tied}): the
 * page is then {@code WHERE lead >= value … OFFSET tied}. The previous page goes by offset alone.
 */
record OffsetCursor(long offset, boolean keyset, Object lead, long tied) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final OffsetCursor FIRST = at(0);

    static OffsetCursor at(long offset) {
        return new OffsetCursor(offset, false, null, 0);
    }

    String encode() {
        ObjectNode o = JSON.createObjectNode().put("o", Long.toString(offset));
        if (keyset) o.put("k", Long.toString(tied)).set("v", Values.toJson(lead));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    static OffsetCursor decode(String s, TableDef t, ColumnDef lead) {
        String bad = "the page cursor is not valid for \"" + t.name() + "\" (an offset): go back to the first page";
        try {
            JsonNode o = JSON.readTree(Base64.getUrlDecoder().decode(s));
            long offset = Long.parseLong(o.get("o").asText());
            if (offset < 0) throw StudioException.bad(bad);
            if (!o.has("k")) return at(offset);
            long tied = Long.parseLong(o.get("k").asText());
            if (tied < 0 || !o.has("v")) throw StudioException.bad(bad);
            return new OffsetCursor(offset, true, o.get("v").isNull() ? null : Values.fromJson(lead, null, o.get("v")), tied);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw StudioException.bad(bad);
        }
    }

    /**
     * The cursor after {@code shown} (this cursor's page): from the last row's value, with the rows that tie with it counted. By
     * offset alone where that count is not sure: the whole page ties and the tie may have begun on an earlier page, a text that
     * a NOCASE or RTRIM column may hold equal to the last ('a', 'A'), a value too long for a URL, an integer D1 rounded.
     */
    OffsetCursor next(String column, List<Map<String, Object>> shown, boolean rounded) {
        OffsetCursor byOffset = at(offset + shown.size());
        Object last = shown.get(shown.size() - 1).get(column);
        JsonNode inUrl = Values.toJson(last);
        if (inUrl.toString().length() > PageCursor.MAX_INLINE || inUrl.has("truncated")) return byOffset;
        if (rounded && last instanceof Long n && (n >= 1L << 53 || n <= -(1L << 53))) return byOffset;
        int run = 0;
        for (int i = shown.size() - 1; i >= 0; i--) {
            Boolean same = tie(shown.get(i).get(column), last);
            if (same == null) return byOffset;
            if (!same) break;
            run++;
        }
        if (run < shown.size()) return new OffsetCursor(offset + shown.size(), true, last, run);
        Boolean continued = keyset ? tie(lead, last) : Boolean.valueOf(offset > 0);
        if (continued == null) return byOffset;
        if (!continued) return new OffsetCursor(offset + shown.size(), true, last, run);   // the tie begins on this page
        return keyset ? new OffsetCursor(offset + shown.size(), true, last, tied + run) : byOffset;
    }

    /** Whether two values tie in ORDER BY: true, false, or null where a column's collation may make two texts equal. */
    static Boolean tie(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (a instanceof Number x && b instanceof Number y) {
            if (Double.isInfinite(x.doubleValue()) || Double.isInfinite(y.doubleValue())) return x.doubleValue() == y.doubleValue();
            return number(x).compareTo(number(y)) == 0;   // exact: 2^53 + 1 and 2^53 as a real do not tie
        }
        if (a instanceof byte[] x && b instanceof byte[] y) return java.util.Arrays.equals(x, y);
        if (a instanceof String x && b instanceof String y) {
            if (x.equals(y)) return true;
            return x.equalsIgnoreCase(y) || x.stripTrailing().equals(y.stripTrailing()) ? null : false;
        }
        return false;   // storage classes never tie: NULL, numbers, texts, blobs
    }

    private static java.math.BigDecimal number(Number n) {
        return n instanceof Double d ? new java.math.BigDecimal(d) : java.math.BigDecimal.valueOf(n.longValue());
    }
}
