package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.SqliteDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio in a real headless Chromium, driven over the W3C WebDriver protocol by chromedriver:
 * pick a table, edit a cell, delete a row; the database changes. .ci/run installs Debian's
 * chromium and chromium-driver; elsewhere set -Dgodwit.chromium / -Dgodwit.chromedriver.
 */
class StudioBrowserTest {

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void editAndDeleteRowsInTheBrowser() throws Exception {
        Path chromium = Path.of(System.getProperty("godwit.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("godwit.chromedriver", "/usr/bin/chromedriver"));
        assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(driver),
                "needs Chromium and chromedriver (apt-get install chromium chromium-driver, as .ci/run does)");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE `teams` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL)",
                    "INSERT INTO teams VALUES (1, 'owls'), (2, 'larks')"), false);
            try (StudioServer studio = StudioServer.start(db, Set.of(), 0); WebDriver browser = WebDriver.start(driver, chromium, dir)) {
                browser.open(studio.uri());
                browser.click("nav button[data-table='teams']");
                browser.click("tr[data-rowid='1'] td[data-col='name']");
                browser.type(browser.find("tr[data-rowid='1'] input.cell"), "\uE009a\uE009hawks\uE007"); // Ctrl+A, then the new text and Enter
                waitFor(() -> "hawks".equals(db.query("SELECT name FROM teams WHERE id = 1").get(0).get("name")), "the edit reaches the database");
                // The page reloads the grid after a change; act on the new one.
                waitFor(() -> "hawks".equals(browser.textOf("tr[data-rowid='1'] td[data-col='name']")), "the grid shows the edit");
                assertTrue(browser.textOf("#status").startsWith("Saved name"), browser.textOf("#status"));

                browser.click("tr[data-rowid='2'] button.delete");
                waitFor(() -> db.query("SELECT id FROM teams WHERE id = 2").isEmpty(), "the delete reaches the database");
                waitFor(() -> browser.count("tr[data-rowid]") == 1, "the grid shows one row");
                assertEquals("hawks", browser.textOf("tr[data-rowid='1'] td[data-col='name']"));
            }
        }
    }

    private static void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(100);
        }
    }

    /** Just enough of the W3C WebDriver protocol, over HTTP to a chromedriver process. */
    private static final class WebDriver implements AutoCloseable {
        private final Process process;
        private final URI base;
        private final HttpClient http = HttpClient.newHttpClient();
        private String session;

        private WebDriver(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        static WebDriver start(Path driver, Path chromium, Path dir) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Process p = new ProcessBuilder(driver.toString(), "--port=" + port).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("chromedriver.log").toFile()).start();
            WebDriver d = new WebDriver(p, URI.create("http://127.0.0.1:" + port + "/"));
            waitFor(d::ready, "chromedriver is ready");
            ObjectNode caps = JSON.createObjectNode();
            ObjectNode options = caps.putObject("capabilities").putObject("alwaysMatch").putObject("goog:chromeOptions");
            options.put("binary", chromium.toString());
            options.putArray("args").add("--headless=new").add("--no-sandbox").add("--disable-gpu").add("--disable-dev-shm-usage")
                    .add("--user-data-dir=" + dir.resolve("chrome-profile"));
            d.session = d.post("session", caps).get("value").get("sessionId").asText();
            return d;
        }

        private boolean ready() {
            try {
                return get("status").get("value").get("ready").asBoolean();
            } catch (IOException | InterruptedException | RuntimeException e) {
                return false;
            }
        }

        void open(URI url) throws Exception {
            post("session/" + session + "/url", JSON.createObjectNode().put("url", url.toString()));
        }

        /** Waits for the element to appear (the page renders asynchronously). */
        String find(String css) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (true) {
                JsonNode r = post("session/" + session + "/element", JSON.createObjectNode().put("using", "css selector").put("value", css));
                JsonNode v = r.get("value");
                if (v.has(ELEMENT)) return v.get(ELEMENT).asText();
                if (System.nanoTime() > deadline) throw new AssertionError("no element " + css + " in the page: " + v);
                Thread.sleep(100);
            }
        }

        int count(String css) {
            try {
                return post("session/" + session + "/elements", JSON.createObjectNode().put("using", "css selector").put("value", css)).get("value").size();
            } catch (Exception e) {
                return -1;
            }
        }

        /** Clicks the element the selector finds, finding it again if the page replaced it in between. */
        void click(String css) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (true) {
                JsonNode r = post("session/" + session + "/element/" + find(css) + "/click", JSON.createObjectNode());
                if (!r.get("value").has("error")) return;
                if (System.nanoTime() > deadline) throw new AssertionError("cannot click " + css + ": " + r);
                Thread.sleep(100);
            }
        }

        /** The text of the element the selector finds, or null while it cannot be read. */
        String textOf(String css) {
            try {
                JsonNode v = get("session/" + session + "/element/" + find(css) + "/text").get("value");
                return v.isTextual() ? v.asText() : null;
            } catch (Exception e) {
                return null;
            }
        }

        void type(String element, String keys) throws Exception {
            post("session/" + session + "/element/" + element + "/value", JSON.createObjectNode().put("text", keys));
        }

        private JsonNode get(String path) throws IOException, InterruptedException {
            return JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body());
        }

        private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        }

        @Override
        public void close() {
            try {
                if (session != null) http.send(HttpRequest.newBuilder(base.resolve("session/" + session)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException | InterruptedException ignored) {
                // The process goes below anyway.
            } finally {
                process.destroy();
            }
        }
    }
}
