package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.schema.model.ColumnDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * A position in a grid view: the sort value and key (rowid or primary key) of a row; the page continues after (or before) it, or
 * from it ({@code inclusive}). In the URL a small sort value travels whole; a large one (a long text, a blob) only as a hash,
 * and the server reads the value again by key ({@link RowPages#resolve}), so a cursor stays short whatever the values (a
 * 30,000-character one made the URL too long).
 */
record PageCursor(Object sortValue, List<Object> key, String hash, boolean inclusive) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sort values whose JSON form is longer than this (or a blob's preview) travel as a hash. */
    static final int MAX_INLINE = 100;

    PageCursor(Object sortValue, List<Object> key) {
        this(sortValue, key, null, false);
    }

    String encode(RowKey k) {
        ObjectNode o = JSON.createObjectNode();
        if (k.byRowid()) o.put("r", key.get(0).toString());
        else o.set("k", k.toJson(key));
        if (inclusive) o.put("i", true);
        if (sortValue instanceof RowPages.AtRow) {   // its hash as it came
            o.put("h", hash);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
        }
        JsonNode v = Values.toJson(sortValue);
        if (v.toString().length() <= MAX_INLINE && !v.has("truncated")) o.set("v", v);
        else o.put("h", hashOf(sortValue));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String hashOf(Object v) {
        return RowGuard.version(List.of(""), Collections.singletonMap("", v));
    }

    static PageCursor decode(String s, GridView view) {
        try {
            JsonNode o = JSON.readTree(Base64.getUrlDecoder().decode(s));
            RowKey k = view.key();
            List<Object> key = k.byRowid() ? List.of(Values.rowid(o.get("r"))) : k.fromJson(view.table(), o.get("k"));
            boolean inclusive = o.path("i").asBoolean(false);
            ColumnDef sort = view.sort();
            if (sort != null && o.hasNonNull("h")) return new PageCursor(null, key, o.get("h").asText(), inclusive);
            Object v = sort == null ? null : Values.fromJson(sort, null, o.get("v"));
            return new PageCursor(v, key, null, inclusive);
        } catch (IOException | IllegalArgumentException | NullPointerException | StudioException e) {
            throw StudioException.bad("the page cursor is not valid: " + e.getMessage());
        }
    }
}
