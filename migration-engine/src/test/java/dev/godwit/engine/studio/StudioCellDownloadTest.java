package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.db.SqliteDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A BLOB cell (an image, a PDF) could not be downloaded: the grid showed its size and first bytes, exports its hex. GET
 * /api/cell gives one cell's bytes as a file, named from table, key and column, read in pieces (never the whole blob in memory),
 * guarded as the studio's other reads.
 */
class StudioCellDownloadTest extends StudioServerFixture {

    private HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.uri().getPort() + at(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String errorOf(HttpResponse<byte[]> r) throws Exception {
        return json.readTree(r.body()).get("error").asText();
    }

    @Test
    void aBlobCellIsDownloadedAsItsBytes() throws Exception {
        HttpResponse<byte[]> r = download("/api/cell?table=teams&rowid=1&column=logo");
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertArrayEquals(new byte[] {0x00, (byte) 0xff, 0x10}, r.body());
        assertEquals("application/octet-stream", r.headers().firstValue("Content-Type").orElse(null));
        assertEquals("attachment; filename=\"teams-1-logo.bin\"", r.headers().firstValue("Content-Disposition").orElse(null));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        // larger than a piece (8 MB): read in three, one statement; the file is the blob, byte for byte
        db.write("INSERT INTO teams (id, name, logo) VALUES (7, 'big', randomblob(20000003))");
        HttpResponse<byte[]> big = download("/api/cell?table=teams&rowid=7&column=logo");
        assertEquals(200, big.statusCode());
        assertArrayEquals((byte[]) db.query("SELECT logo FROM teams WHERE id = 7").get(0).get("logo"), big.body());
        assertEquals("20000003", big.headers().firstValue("X-Godwit-Length").orElse(null));
        // an empty blob is an empty file
        db.write("INSERT INTO teams (id, name, logo) VALUES (8, 'empty', x'')");
        HttpResponse<byte[]> empty = download("/api/cell?table=teams&rowid=8&column=logo");
        assertEquals(200, empty.statusCode());
        assertEquals(0, empty.body().length);
    }

    /**
     * A download the page hands to the browser (watch=) is told to api/download, which the page asks while it runs: sent whole, or
     * refused in the words its answer had, which the browser's download bar showed only as "Failed". No database call is counted.
     */
    @Test
    void aWatchedDownloadSaysHowItWent() throws Exception {
        assertEquals("{\"state\":\"unknown\"}", ok("GET", "/api/download?watch=abc1", null).toString(), "not come yet");
        assertEquals(200, download("/api/cell?table=teams&rowid=1&column=logo&watch=abc1").statusCode());
        assertEquals("{\"state\":\"sent\"}", settled("abc1").toString());
        assertEquals(404, download("/api/cell?table=teams&rowid=99&column=logo&watch=abc2").statusCode());
        assertEquals("{\"state\":\"failed\",\"error\":\"table \\\"teams\\\" has no row with rowid 99\"}",
                ok("GET", "/api/download?watch=abc2", null).toString());
        assertEquals(400, download("/api/export?table=teams&format=xml&download=1&watch=abc3").statusCode());
        assertEquals("format is csv or json, not \"xml\"", ok("GET", "/api/download?watch=abc3", null).get("error").asText());
        assertEquals(200, download("/api/export?table=teams&format=csv&download=1&watch=abc4").statusCode());
        assertEquals("sent", settled("abc4").get("state").asText());
        HttpResponse<byte[]> bad = download("/api/cell?table=teams&rowid=1&column=logo&watch=a%22b");
        assertEquals(400, bad.statusCode());
        assertEquals("watch is letters and digits (64 at most), not \"a\"b\"", errorOf(bad));
        // asked of api/download, a malformed id is refused in the same words (it answered "unknown", as for an id not come yet)
        HttpResponse<byte[]> asked = download("/api/download?watch=a%22b");
        assertEquals(400, asked.statusCode());
        assertEquals("watch is letters and digits (64 at most), not \"a\"b\"", errorOf(asked));
        assertEquals(400, download("/api/download?watch=" + "a".repeat(65)).statusCode());
        HttpResponse<byte[]> none = download("/api/download");
        assertEquals(400, none.statusCode());
        assertEquals("api/download asks how a download went: give its id, watch=<letters and digits (64 at most)>", errorOf(none));
        assertEquals("{\"state\":\"unknown\"}", ok("GET", "/api/download?watch=" + "a".repeat(64), null).toString(), "well-formed, not come");
    }

    /**
     * A watched download the browser cancels (or whose page, fetching it, is closed) closes the connection: the page said it as
     * "The download failed: the download of … stopped: the browser closed the connection or took nothing for 10 s". It is
     * {@code cancelled} now (the page says nothing: the browser's own bar shows it), on the console an INFO line; a browser
     * that takes nothing for the request timeout is still a failure, said as that alone.
     */
    @Test
    void aWatchedDownloadTheBrowserCancelsIsCancelledNotFailed() throws Exception {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        restart(StudioOptions.defaults().withRequestTimeout(java.time.Duration.ofSeconds(1)).withLog(new dev.godwit.engine.EngineLog() {
            @Override
            public void info(String message) {
                logged.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                logged.add("WARN " + message);
            }
        }));
        db.write("INSERT INTO teams (id, name, logo) VALUES (7, 'big', randomblob(30000000))");
        try (java.net.Socket s = request("/api/cell?table=teams&rowid=7&column=logo&watch=c1", 1 << 16)) {
            s.getInputStream().readNBytes(200_000);
            s.setSoLinger(true, 0);   // gone, as a download cancelled in the browser's bar
        }
        assertEquals("{\"state\":\"cancelled\"}", settled("c1", 30).toString());
        assertEquals(List.of("INFO Studio: the download of teams-7-logo.bin was cancelled: the browser closed the connection"), logged);
        logged.clear();
        try (java.net.Socket s = request("/api/cell?table=teams&rowid=7&column=logo&watch=t1", 4096)) {
            assertEquals("{\"state\":\"failed\",\"error\":\"the download of teams-7-logo.bin stopped: the browser took nothing for 1 s\"}",
                    settled("t1", 60).toString());   // this client reads nothing
        }
        assertEquals(List.of("WARN Studio: the download of teams-7-logo.bin stopped: the browser took nothing for 1 s"), logged);
    }

    /** A request sent on a socket of its own (its receive buffer {@code buffer} bytes), its answer left to the caller to read or not. */
    private java.net.Socket request(String path, int buffer) throws Exception {
        java.net.Socket s = new java.net.Socket();
        s.setReceiveBufferSize(buffer);
        s.connect(new java.net.InetSocketAddress("127.0.0.1", studio.uri().getPort()));
        s.getOutputStream().write(("GET " + at(path) + " HTTP/1.1\r\nHost: 127.0.0.1:" + studio.uri().getPort() + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return s;
    }

    /** The outcome of a watched download once it is no longer running (the answer's last bytes may reach the client first). */
    private com.fasterxml.jackson.databind.JsonNode settled(String watch) throws Exception {
        return settled(watch, 5);
    }

    private com.fasterxml.jackson.databind.JsonNode settled(String watch, int seconds) throws Exception {
        String state = null;
        for (int i = 0; i < seconds * 10; i++) {
            com.fasterxml.jackson.databind.JsonNode o = ok("GET", "/api/download?watch=" + watch, null);
            state = o.get("state").asText();
            // "unknown": the server has not taken the request up yet (its socket was written a moment ago; a loaded machine)
            if (!state.equals("running") && !state.equals("unknown")) return o;
            Thread.sleep(100);
        }
        throw new AssertionError("download " + watch + " still " + state + " after " + seconds + " s");
    }

    @Test
    void onlyABlobOfARowThePageCouldShowIsDownloadedWithTheRunsToken() throws Exception {
        HttpResponse<byte[]> text = download("/api/cell?table=teams&rowid=1&column=name");
        assertEquals(400, text.statusCode());
        assertEquals("\"name\" of row 1 of \"teams\" holds a text, not a blob: only a blob's bytes are downloaded (copy a text from its cell,"
                + " or export the rows)", errorOf(text));
        HttpResponse<byte[]> none = download("/api/cell?table=teams&rowid=2&column=logo");
        assertEquals("\"logo\" of row 2 of \"teams\" holds NULL, not a blob: only a blob's bytes are downloaded (copy a text from its cell,"
                + " or export the rows)", errorOf(none));
        HttpResponse<byte[]> gone = download("/api/cell?table=teams&rowid=99&column=logo");
        assertEquals(404, gone.statusCode());
        assertEquals("table \"teams\" has no row with rowid 99", errorOf(gone));
        HttpResponse<byte[]> noColumn = download("/api/cell?table=teams&rowid=1&column=nope");
        assertEquals(404, noColumn.statusCode());
        HttpResponse<byte[]> hidden = download("/api/cell?table=__drizzle_migrations&rowid=1&column=hash");
        assertEquals(404, hidden.statusCode(), new String(hidden.body()));
        assertEquals("no table \"__drizzle_migrations\"", errorOf(hidden));
        // without the run's token: refused, no bytes
        HttpResponse<byte[]> noToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.uri().getPort()
                + "/api/cell?table=teams&rowid=1&column=logo")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(401, noToken.statusCode());
        HttpResponse<byte[]> otherToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.uri().getPort()
                + "/s/" + "0".repeat(32) + "/api/cell?table=teams&rowid=1&column=logo")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(403, otherToken.statusCode());
    }

    /** A WITHOUT ROWID row is named by its key, as the page names it; the file by its key's values. */
    @Test
    void aBlobOfAWithoutRowidRowIsNamedByItsKey() throws Exception {
        db.runAtomically(List.of("CREATE TABLE docs (org text NOT NULL, n integer NOT NULL, scan blob, PRIMARY KEY (org, n)) WITHOUT ROWID",
                "INSERT INTO docs VALUES ('acme/eu', 2, x'25504446'), ('acme/eu', 3, x'00')"), false);
        HttpResponse<byte[]> r = download("/api/cell?table=docs&key=" + enc(key("acme/eu", 2)) + "&column=scan");
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertArrayEquals("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), r.body());
        assertEquals("attachment; filename=\"docs-acme_eu_2-scan.bin\"", r.headers().firstValue("Content-Disposition").orElse(null));
    }

    /**
     * The bytes go through a temporary file of the studio's: where the temporary folder cannot take it (gone, read-only, full) the
     * browser got no answer at all (the connection reset) and the studio's console said nothing. Now the folder and what to do are
     * said, in the answer and on the console, and no file is left behind.
     */
    @Test
    void aTemporaryFolderThatCannotTakeTheBytesIsNamedWithWhatToDo() throws Exception {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        restart(StudioOptions.defaults().withHiddenTables(java.util.Set.of("__drizzle_migrations")).withLog(new dev.godwit.engine.EngineLog() {
            @Override
            public void info(String message) {
                logged.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                logged.add("WARN " + message);
            }
        }));
        java.nio.file.Path gone = dir.resolve("no-such-tmp");
        java.util.function.Supplier<java.nio.file.Path> was = StudioServer.downloadsFolder;
        StudioServer.downloadsFolder = () -> gone;
        try {
            HttpResponse<byte[]> r = download("/api/cell?table=teams&rowid=1&column=logo");
            String said = "the download of teams-1-logo.bin (3 bytes) needs a temporary file in " + gone + ", which could not be written"
                    + " (it does not exist): point java.io.tmpdir at a writable folder with room for it (MAVEN_OPTS=\"-Djava.io.tmpdir=/path\""
                    + " mvn db:studio), or free space there, then download it again";
            assertEquals(507, r.statusCode(), new String(r.body()));
            assertEquals(said, errorOf(r));
            assertEquals(List.of("WARN Studio: " + said), logged);
        } finally {
            StudioServer.downloadsFolder = was;
        }
        // the folder back: the same cell downloads
        HttpResponse<byte[]> again = download("/api/cell?table=teams&rowid=1&column=logo");
        assertArrayEquals(new byte[] {0x00, (byte) 0xff, 0x10}, again.body());
    }

    /**
     * The file is whole in the studio's folder before its first byte goes out, so its length is said: it was sent chunked with no
     * Content-Length, and the browser's download bar showed no progress for a 100 MB blob.
     */
    @Test
    void theDownloadSaysItsLengthSoTheBrowserShowsProgress() throws Exception {
        db.write("INSERT INTO teams (id, name, logo) VALUES (7, 'big', randomblob(200003))");
        HttpResponse<byte[]> r = download("/api/cell?table=teams&rowid=7&column=logo");
        assertEquals(200, r.statusCode());
        assertEquals("200003", r.headers().firstValue("Content-Length").orElse(null));
        assertEquals(null, r.headers().firstValue("Transfer-Encoding").orElse(null));
        assertArrayEquals((byte[]) db.query("SELECT logo FROM teams WHERE id = 7").get(0).get("logo"), r.body());
        HttpResponse<byte[]> one = download("/api/cell?table=teams&rowid=1&column=logo");
        assertEquals("3", one.headers().firstValue("Content-Length").orElse(null));
    }

    /** The page's check before a download too large to fetch into it: the cell looked for, its bytes not read; refusals as the download's. */
    @Test
    void theCheckBeforeALargeDownloadFindsTheCellWithoutItsBytes() throws Exception {
        java.nio.file.Path tmp = java.nio.file.Files.createDirectories(dir.resolve("tmp"));
        java.util.function.Supplier<java.nio.file.Path> was = StudioServer.downloadsFolder;
        StudioServer.downloadsFolder = () -> tmp;
        try {
            HttpResponse<byte[]> r = download("/api/cell?table=teams&rowid=1&column=logo&check=");
            assertEquals(200, r.statusCode(), new String(r.body()));
            assertEquals("{\"length\":3,\"file\":\"teams-1-logo.bin\"}", new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            try (var s = java.nio.file.Files.list(tmp)) {
                assertEquals(List.of(), s.toList(), "no bytes read, no file made");
            }
        } finally {
            StudioServer.downloadsFolder = was;
        }
        HttpResponse<byte[]> gone = download("/api/cell?table=teams&rowid=99&column=logo&check=");
        assertEquals(404, gone.statusCode());
        assertEquals("table \"teams\" has no row with rowid 99", errorOf(gone));
    }

    /**
     * A table or column named in another script (or with quotes, line breaks) had those characters as underscores in the file
     * name: {@code _____-1-____.bin}. The name is now said twice (RFC 6266): an ASCII {@code filename} for old clients, and
     * {@code filename*=UTF-8''} with the name percent-encoded, where a quote, CR or LF is an underscore as before (letters of any script are kept).
     */
    @Test
    void aNonAsciiNameKeepsItsLettersInTheFileName() throws Exception {
        db.runAtomically(List.of("CREATE TABLE \"équipes\" (id integer PRIMARY KEY, \"логотип\" blob, \"nom\"\"\r\nété\" blob)",
                "INSERT INTO \"équipes\" VALUES (1, x'01', x'02')"), false);
        restart(StudioOptions.defaults().withHiddenTables(java.util.Set.of("__drizzle_migrations")));
        HttpResponse<byte[]> r = download("/api/cell?table=" + enc("équipes") + "&rowid=1&column=" + enc("логотип"));
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("attachment; filename=\"_quipes-1-_______.bin\"; filename*=UTF-8''%C3%A9quipes-1-%D0%BB%D0%BE%D0%B3%D0%BE%D1%82%D0%B8%D0%BF.bin",
                r.headers().firstValue("Content-Disposition").orElse(null));
        HttpResponse<byte[]> odd = download("/api/cell?table=" + enc("équipes") + "&rowid=1&column=" + enc("nom\"\r\nété"));
        assertEquals(200, odd.statusCode(), new String(odd.body()));
        assertEquals("attachment; filename=\"_quipes-1-nom____t_.bin\"; filename*=UTF-8''%C3%A9quipes-1-nom___%C3%A9t%C3%A9.bin",
                odd.headers().firstValue("Content-Disposition").orElse(null));
        // a plain ASCII name is said once, as before
        assertEquals("attachment; filename=\"teams-1-logo.bin\"",
                download("/api/cell?table=teams&rowid=1&column=logo").headers().firstValue("Content-Disposition").orElse(null));
    }

    /**
     * Each download's file was marked deleteOnExit, which the JVM keeps for its whole life, one path a download, over a long
     * studio session. The files are in one folder of the studio's now, emptied as each is sent and deleted when the studio stops
     * (its close, or Ctrl-C's shutdown hook).
     */
    @Test
    void theDownloadsFilesAreInOneFolderOfTheStudiosDeletedWhenItStops() throws Exception {
        java.nio.file.Path tmp = java.nio.file.Files.createDirectories(dir.resolve("tmp"));
        java.util.function.Supplier<java.nio.file.Path> was = StudioServer.downloadsFolder;
        StudioServer.downloadsFolder = () -> tmp;
        try {
            assertEquals(200, download("/api/cell?table=teams&rowid=1&column=logo").statusCode());
            assertEquals(200, download("/api/cell?table=teams&rowid=1&column=logo").statusCode());
            List<java.nio.file.Path> folders;
            try (var s = java.nio.file.Files.list(tmp)) {
                folders = s.toList();
            }
            assertEquals(1, folders.size(), folders.toString());
            assertEquals(true, folders.get(0).getFileName().toString().startsWith("godwit-studio-"), folders.toString());
            try (var s = java.nio.file.Files.list(folders.get(0))) {
                assertEquals(List.of(), s.toList(), "each file deleted once sent");
            }
            java.nio.file.Files.write(folders.get(0).resolve("in-flight.bin"), new byte[] {1});   // a download Ctrl-C cut short
            studio.close();
            try (var s = java.nio.file.Files.list(tmp)) {
                assertEquals(List.of(), s.toList(), "the studio's folder is gone with it");
            }
        } finally {
            StudioServer.downloadsFolder = was;
        }
    }

    /** Over D1 a blob is read in pieces of 1,000,000 bytes, one call each (D1 keeps 2,000,000 bytes in a row at most). */
    @Test
    void aBlobOverD1IsReadInPieces() throws Exception {
        try (D1 d1 = d1("CREATE TABLE files (id integer PRIMARY KEY, body blob)", "INSERT INTO files VALUES (1, randomblob(1900000))")) {
            studioOverD1(d1.db(), false);
            ok("GET", "/api/tables", null);   // the schema read first, as the page does
            int before = d1.standIn().requestCount();
            HttpResponse<byte[]> r = download("/api/cell?table=files&rowid=1&column=body");
            assertEquals(3, d1.standIn().requestCount() - before, "its type and length, then two pieces of 1,000,000 bytes at most");
            assertEquals(200, r.statusCode(), new String(r.body()));
            assertEquals("attachment; filename=\"files-1-body.bin\"", r.headers().firstValue("Content-Disposition").orElse(null));
            try (SqliteDatabase f = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
                assertArrayEquals((byte[]) f.query("SELECT body FROM files WHERE id = 1").get(0).get("body"), r.body());
            }
        }
    }
}
