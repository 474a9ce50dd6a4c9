package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code db:studio}: a small web UI on 127.0.0.1 to browse and edit the rows of a database (local
 * SQLite or D1, through the same port as everything else). Rows are addressed by rowid. Writes need
 * the per-run token the page carries, and requests must name this host, so other web pages cannot
 * drive it (CSRF, DNS rebinding). One request at a time: the database port is not shared.
 */
public final class StudioServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGE = 500;

    private final Database db;
    private final Set<String> hiddenTables;
    private final HttpServer http;
    private final String token;

    private StudioServer(Database db, Set<String> hiddenTables, HttpServer http, String token) {
        this.db = db;
        this.hiddenTables = hiddenTables;
        this.http = http;
        this.token = token;
    }

    /** Starts serving; {@code port} 0 picks a free one. */
    public static StudioServer start(Database db, Set<String> hiddenTables, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        StudioServer s = new StudioServer(db, hiddenTables, http, HexFormat.of().formatHex(random));
        http.createContext("/", s::handle);
        http.setExecutor(null);
        http.start();
        return s;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            if (!allowedHost(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 403, error("this studio answers only requests for 127.0.0.1 or localhost"));
                return;
            }
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/") && method.equals("GET")) {
                sendPage(ex);
                return;
            }
            if (!path.startsWith("/api/")) {
                send(ex, 404, error("no such page: " + path));
                return;
            }
            if (!method.equals("GET") && !token.equals(ex.getRequestHeaders().getFirst("X-Godwit-Token"))) {
                send(ex, 403, error("missing or wrong X-Godwit-Token: changes are only accepted from the studio page"));
                return;
            }
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            switch (method + " " + path) {
                case "GET /api/tables" -> send(ex, 200, tables());
                case "GET /api/rows" -> send(ex, 200, rows(table(q), intParam(q, "offset", 0), Math.min(MAX_PAGE, intParam(q, "limit", 50))));
                case "POST /api/rows" -> send(ex, 200, insert(table(q), body(ex)));
                case "PUT /api/rows" -> send(ex, 200, update(table(q), body(ex)));
                case "DELETE /api/rows" -> send(ex, 200, delete(table(q), body(ex)));
                default -> send(ex, 404, error("no such endpoint: " + method + " " + path));
            }
        } catch (BadRequest e) {
            send(ex, 400, error(e.getMessage()));
        } catch (DatabaseException e) {
            send(ex, 400, error(e.databaseMessage() != null ? e.databaseMessage() : e.getMessage()));
        } catch (RuntimeException e) {
            send(ex, 500, error(e.toString()));
        } finally {
            ex.close();
        }
    }

    private boolean allowedHost(String host) {
        if (host == null) return false;
        String name = host.replaceFirst(":\\d+$", "");
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    // ---- API ----

    /** Introspected again by each table listing (the page lists after every change); row requests reuse it. */
    private SchemaDef schema;

    private SchemaDef schema(boolean fresh) {
        if (fresh || schema == null) schema = Introspector.introspect(db, hiddenTables);
        return schema;
    }

    private TableDef table(Map<String, String> q) {
        String name = q.get("table");
        if (name == null) throw new BadRequest("the table parameter is missing");
        return schema(false).table(name).or(() -> schema(true).table(name)).orElseThrow(() -> new BadRequest("no table \"" + name + "\""));
    }

    private ObjectNode tables() {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("tables");
        List<TableDef> tables = schema(true).tables();
        List<Long> counts = rowCounts(tables);
        for (int k = 0; k < tables.size(); k++) {
            TableDef t = tables.get(k);
            ObjectNode o = list.addObject();
            o.put("name", t.name());
            o.put("rows", counts.get(k));
            ArrayNode cols = o.putArray("columns");
            for (ColumnDef c : t.columns()) {
                ObjectNode co = cols.addObject();
                co.put("name", c.name());
                co.put("type", c.type());
                co.put("notNull", c.notNull());
                co.put("primaryKey", t.primaryKeyColumns().contains(c.name()));
                co.put("generated", c.generated() != null);
            }
        }
        return out;
    }

    /**
     * Row counts of all tables in a few queries (one scalar subquery per table, 50 to a query: D1
     * allows 100 result columns), not one round trip per table.
     */
    private List<Long> rowCounts(List<TableDef> tables) {
        List<Long> out = new ArrayList<>();
        for (int from = 0; from < tables.size(); from += 50) {
            List<TableDef> chunk = tables.subList(from, Math.min(tables.size(), from + 50));
            List<String> terms = new ArrayList<>();
            for (int k = 0; k < chunk.size(); k++) terms.add("(SELECT count(*) FROM " + Quoting.doubleQuoted(chunk.get(k).name()) + ") AS \"c" + k + "\"");
            Map<String, Object> row = db.query("SELECT " + String.join(", ", terms)).get(0);
            for (int k = 0; k < chunk.size(); k++) out.add(((Number) row.get("c" + k)).longValue());
        }
        return out;
    }

    private ObjectNode rows(TableDef t, int offset, int limit) {
        List<Map<String, Object>> rows = db.query("SELECT rowid AS \"__rowid\", * FROM " + Quoting.doubleQuoted(t.name()) + " ORDER BY rowid LIMIT ? OFFSET ?",
                (long) limit, (long) Math.max(0, offset));
        ObjectNode out = JSON.createObjectNode();
        out.put("table", t.name());
        out.put("total", rowCounts(List.of(t)).get(0));
        ArrayNode cols = out.putArray("columns");
        t.columnNames().forEach(cols::add);
        ArrayNode data = out.putArray("rows");
        for (Map<String, Object> r : rows) {
            ObjectNode row = data.addObject();
            row.put("rowid", ((Number) r.get("__rowid")).longValue());
            ArrayNode values = row.putArray("values");
            for (String c : t.columnNames()) {
                Object v = r.get(c);
                if (v == null) values.addNull();
                else if (v instanceof Long l) values.add(l);
                else if (v instanceof Double d) values.add(d);
                else if (v instanceof byte[] b) values.add("x'" + HexFormat.of().formatHex(b) + "'");
                else values.add(v.toString());
            }
        }
        return out;
    }

    private ObjectNode insert(TableDef t, JsonNode body) {
        Map<String, Object> values = values(t, body.get("values"));
        if (values.isEmpty()) {
            db.query("INSERT INTO " + Quoting.doubleQuoted(t.name()) + " DEFAULT VALUES");
        } else {
            List<String> cols = new ArrayList<>(values.keySet());
            db.query("INSERT INTO " + Quoting.doubleQuoted(t.name()) + " (" + String.join(", ", cols.stream().map(Quoting::doubleQuoted).toList()) + ") VALUES ("
                    + String.join(", ", cols.stream().map(c -> "?").toList()) + ")", values.values().toArray());
        }
        return ok("inserted a row into \"" + t.name() + "\"");
    }

    private ObjectNode update(TableDef t, JsonNode body) {
        long rowid = rowid(body);
        Map<String, Object> values = values(t, body.get("values"));
        if (values.isEmpty()) throw new BadRequest("nothing to change: give \"values\"");
        List<Object> params = new ArrayList<>(values.values());
        params.add(rowid);
        db.query("UPDATE " + Quoting.doubleQuoted(t.name()) + " SET " + String.join(", ", values.keySet().stream().map(c -> Quoting.doubleQuoted(c) + " = ?").toList())
                + " WHERE rowid = ?", params.toArray());
        return ok("updated row " + rowid + " of \"" + t.name() + "\"");
    }

    private ObjectNode delete(TableDef t, JsonNode body) {
        long rowid = rowid(body);
        db.query("DELETE FROM " + Quoting.doubleQuoted(t.name()) + " WHERE rowid = ?", rowid);
        return ok("deleted row " + rowid + " of \"" + t.name() + "\"");
    }

    /** Column values from JSON: strings, numbers, booleans (1/0) and null; only real, non-generated columns. */
    private static Map<String, Object> values(TableDef t, JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) throw new BadRequest("\"values\" must be an object of column: value");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ColumnDef c = t.column(e.getKey()).orElseThrow(() -> new BadRequest("table \"" + t.name() + "\" has no column \"" + e.getKey() + "\""));
            if (c.generated() != null) throw new BadRequest("column \"" + c.name() + "\" is generated and cannot be written");
            JsonNode v = e.getValue();
            Object value = v.isNull() ? null : v.isBoolean() ? (Object) (v.booleanValue() ? 1L : 0L)
                    : v.isIntegralNumber() ? (Object) v.longValue() : v.isNumber() ? (Object) v.doubleValue() : v.asText();
            out.put(c.name(), value);
        }
        return out;
    }

    private static long rowid(JsonNode body) {
        JsonNode r = body.get("rowid");
        if (r == null || !r.canConvertToLong()) throw new BadRequest("\"rowid\" (a whole number) is missing");
        return r.longValue();
    }

    // ---- HTTP plumbing ----

    private static JsonNode body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readAllBytes();
            if (b.length == 0) return JSON.createObjectNode();
            try {
                return JSON.readTree(b);
            } catch (IOException e) {
                throw new BadRequest("the request body is not JSON: " + e.getMessage());
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) return out;
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            out.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static int intParam(Map<String, String> q, String name, int dflt) {
        String v = q.get(name);
        if (v == null) return dflt;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number, not \"" + v + "\"");
        }
    }

    private void sendPage(HttpExchange ex) throws IOException {
        String page;
        try (InputStream in = StudioServer.class.getResourceAsStream("studio.html")) {
            if (in == null) throw new IllegalStateException("studio.html is missing from the engine jar");
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        page = page.replace("@TOKEN@", token).replace("@DATABASE@", escapeHtml(db.describe()));
        byte[] b = page.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] b = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static ObjectNode ok(String message) {
        return JSON.createObjectNode().put("ok", message);
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A request the studio cannot serve as asked; answered with 400 and the reason. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
