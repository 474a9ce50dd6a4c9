package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.db.SqliteDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioServerTest {

    @TempDir
    Path dir;

    SqliteDatabase db;
    StudioServer studio;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    String token;

    @BeforeEach
    void start() throws Exception {
        db = SqliteDatabase.open(dir.resolve("app.sqlite"));
        db.runAtomically(List.of(
                "CREATE TABLE `teams` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text NOT NULL, `score` real)",
                "CREATE TABLE `players` (`id` integer PRIMARY KEY NOT NULL, `team_id` integer NOT NULL REFERENCES `teams`(`id`))",
                "CREATE TABLE `__drizzle_migrations` (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)",
                "INSERT INTO teams (name, score) VALUES ('owls', 1.5), ('larks', NULL)",
                "INSERT INTO players VALUES (10, 1)"), false);
        studio = StudioServer.start(db, Set.of("__drizzle_migrations"), 0);
        String page = http.send(HttpRequest.newBuilder(studio.uri()).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("const TOKEN = \"([0-9a-f]{32})\"").matcher(page);
        assertTrue(m.find(), page);
        token = m.group(1);
    }

    @AfterEach
    void stop() {
        studio.close();
        db.close();
    }

    private HttpResponse<String> call(String method, String path, String body, String withToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(studio.uri().resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (withToken != null) b.header("X-Godwit-Token", withToken);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String method, String path, String body) throws Exception {
        HttpResponse<String> r = call(method, path, body, token);
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    @Test
    void listsTablesWithoutTheToolingOnesAndPagesRows() throws Exception {
        JsonNode tables = ok("GET", "/api/tables", null).get("tables");
        assertEquals(List.of("teams", "players"), List.of(tables.get(0).get("name").asText(), tables.get(1).get("name").asText()));
        assertEquals(2, tables.size());
        assertEquals(2, tables.get(0).get("rows").asLong());
        JsonNode rows = ok("GET", "/api/rows?table=teams&limit=1&offset=1", null);
        assertEquals(2, rows.get("total").asLong());
        assertEquals("[{\"rowid\":2,\"values\":[2,\"larks\",null]}]", rows.get("rows").toString());
    }

    @Test
    void insertsUpdatesAndDeletesRows() throws Exception {
        ok("POST", "/api/rows?table=teams", "{\"values\": {\"name\": \"crows\", \"score\": 3}}");
        ok("PUT", "/api/rows?table=teams", "{\"rowid\": 2, \"values\": {\"score\": \"2.5\", \"name\": \"larks!\"}}");
        ok("DELETE", "/api/rows?table=teams", "{\"rowid\": 3}");
        assertEquals(List.of(Map.of("id", 1L, "name", "owls", "score", 1.5), Map.of("id", 2L, "name", "larks!", "score", 2.5)),
                db.query("SELECT id, name, score FROM teams ORDER BY id"));
    }

    @Test
    void theDatabasesRefusalIsShownAndChangesNothing() throws Exception {
        HttpResponse<String> r = call("DELETE", "/api/rows?table=teams", "{\"rowid\": 1}", token);
        assertEquals(400, r.statusCode());
        assertEquals("{\"error\":\"[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed (FOREIGN KEY constraint failed)\"}", r.body());
        HttpResponse<String> nn = call("PUT", "/api/rows?table=teams", "{\"rowid\": 1, \"values\": {\"name\": null}}", token);
        assertEquals(400, nn.statusCode());
        assertTrue(nn.body().contains("NOT NULL constraint failed: teams.name"), nn.body());
        assertEquals(2L, db.query("SELECT count(*) AS n FROM teams").get(0).get("n"));
        HttpResponse<String> missing = call("GET", "/api/rows?table=nope", null, null);
        assertEquals("{\"error\":\"no table \\\"nope\\\"\"}", missing.body());
    }

    @Test
    void writesNeedThePagesTokenAndTheRightHost() throws Exception {
        HttpResponse<String> noToken = call("DELETE", "/api/rows?table=players", "{\"rowid\": 10}", null);
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains("X-Godwit-Token"), noToken.body());
        HttpResponse<String> wrong = call("DELETE", "/api/rows?table=players", "{\"rowid\": 10}", "0".repeat(32));
        assertEquals(403, wrong.statusCode());
        assertEquals(1L, db.query("SELECT count(*) AS n FROM players").get(0).get("n"));
        // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) is refused.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", studio.uri().getPort())) {
            socket.getOutputStream().write(("GET /api/tables HTTP/1.1\r\nHost: evil.example:" + studio.uri().getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
            assertTrue(answer.contains("answers only requests for 127.0.0.1 or localhost"), answer);
        }
    }
}
