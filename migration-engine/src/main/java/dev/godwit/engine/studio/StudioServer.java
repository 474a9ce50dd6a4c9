package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.studio.StudioHttp.Request;
import dev.godwit.engine.studio.StudioHttp.Response;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code db:studio}: a web UI on 127.0.0.1 to browse, understand and change the rows of a
 * database (local SQLite or D1, through the same port as everything else). This class is the
 * HTTP side: who may ask, the security headers, routing, static files. The row and SQL work is
 * {@link StudioData}; the sockets and threads are {@link StudioHttp}.
 *
 * <p>Safe by default:
 * <ul>
 *   <li>bound to 127.0.0.1; a request must name this host and port ({@code Host}), so a page on
 *       another name resolving to 127.0.0.1 (DNS rebinding) is refused;</li>
 *   <li>every request, reads and static files included, carries the per-run token: in its path, as
 *       the studio is served under {@code /s/<token>/} (the URL printed at start; the page's own
 *       URLs are all relative to it), or in an {@code X-Godwit-Token} header (tests, tools). No
 *       cookie: cookies are not scoped by port, so a cookie set here (even {@code SameSite=Strict})
 *       would go with every request to any other server on 127.0.0.1 (a dev server on :3000, its
 *       logs, an error reporter), which could then call this API with it. A path is sent only to
 *       the server it names, and {@code Referrer-Policy: no-referrer} keeps it out of Referers;</li>
 *   <li>an {@code Origin} (and a browser's {@code Sec-Fetch-Site}) must be this studio's own: a
 *       page on another port of 127.0.0.1 is the same "site" for cookies, not the same origin;
 *       writes must come with JSON bodies and an Origin;</li>
 *   <li>a Content-Security-Policy with no inline script or style and {@code frame-ancestors 'none'},
 *       plus {@code X-Frame-Options: DENY}; the page renders every name and value as text.</li>
 * </ul>
 */
public final class StudioServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> STATIC = Map.of(
            "/studio.js", "text/javascript; charset=utf-8",
            "/studio.css", "text/css; charset=utf-8");

    private final CountingDatabase db;
    private final StudioData data;
    private final HeldQueries heldQueries = new HeldQueries();
    private final WatchedDownloads downloads = new WatchedDownloads();
    private final String token;
    private final dev.godwit.engine.EngineLog log;
    /** The folder of the downloads' files, deleted when the studio stops (its close, or Ctrl-C). */
    private final SpoolFolder spool = new SpoolFolder();
    private final java.time.Duration requestTimeout;
    private StudioHttp http;
    private int port;

    private StudioServer(Database db, StudioOptions options, String token) {
        this.db = new CountingDatabase(db);
        this.data = new StudioData(this.db, options);
        this.token = token;
        this.log = options.log();
        this.requestTimeout = options.requestTimeout();
    }

    /** Starts serving on 127.0.0.1; {@code port} 0 picks a free one. */
    public static StudioServer start(Database db, StudioOptions options, int port) throws IOException {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        StudioServer s = new StudioServer(db, options, HexFormat.of().formatHex(random));
        InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});   // never ::1 or another interface
        s.http = StudioHttp.start(loopback, port, s::handle, options.requestTimeout(), 64);
        s.port = s.http.port();
        return s;
    }

    /**
     * Serves until the JVM is stopped (Ctrl+C, SIGTERM), then closes {@code resources} in order (the studio, then its database)
     * before the JVM may halt: the hook that ends the wait waits for them, 10 seconds at most. It returned at once, and the JVM
     * halted while db:studio was still closing: SQLite's connections were never closed, so a database in WAL mode kept its -wal
     * file holding the studio's edits beside a main file without them (a copy of the .sqlite alone lacked them).
     */
    public static void serveUntilStopped(dev.godwit.engine.ShutdownHooks hooks, AutoCloseable... resources) throws InterruptedException {
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "godwit-studio-stop");
        hooks.add(hook);
        try {
            stopped.await();
        } finally {
            if (stopped.getCount() > 0) hooks.remove(hook);   // interrupted, not stopped
            try {
                for (AutoCloseable r : resources) {
                    try {
                        r.close();
                    } catch (Exception e) {
                        // closing the rest matters more
                    }
                }
            } finally {
                closed.countDown();
            }
        }
    }

    /** Read-only SQL console, hiding {@code hiddenTables}. */
    public static StudioServer start(Database db, Set<String> hiddenTables, int port) throws IOException {
        return start(db, StudioOptions.defaults().withHiddenTables(hiddenTables), port);
    }

    /** The studio's address, without the token (requests to it are refused unless they carry an {@code X-Godwit-Token}). */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * The URL to open: the studio under its secret path, {@code /s/<token>/}, which every request of the page goes under (its
     * URLs are relative). Print it, never log it elsewhere.
     */
    public URI startUri() {
        return URI.create("http://127.0.0.1:" + port + "/s/" + token + "/");
    }

    @Override
    public void close() {
        if (http != null) http.close();
        spool.close();
        data.close();
    }

    // ---- requests ----

    private Response handle(Request r) {
        Response response;
        try {
            response = route(r);
        } catch (dev.godwit.engine.d1.D1Exception e) {
            boolean read = r.method().equals("GET") || r.method().equals("HEAD");
            if (read || !(e instanceof dev.godwit.engine.d1.D1Exception.RateLimited limited)) return failure(e);
            return secure(json(429, error(rateLimited(limited, r.path().endsWith("/api/sql") ? "this script" : "this change"))));
        } catch (DatabaseException e) {
            String full = (r.method().equals("GET") || r.method().equals("HEAD")) ? null
                    : fileFull(e, r.path().endsWith("/api/sql") ? "the statement" : "the change");
            return full == null ? failure(e) : secure(json(507, error(full)));
        } catch (RuntimeException e) {
            return failure(e);
        }
        return secure(response);
    }

    /** The answer to a refused or failed request: the reason as JSON (what the database said, for its errors). */
    private Response failure(RuntimeException e) {
        Response response;
        if (e instanceof StudioException se) {
            ObjectNode o = error(se.getMessage());
            if (se.details() != null) o.setAll(se.details());
            response = json(se.status(), o);
        } else if (e instanceof dev.godwit.engine.d1.D1Exception.RateLimited limited) {
            response = json(429, error(rateLimited(limited, "")));   // a read: a write's is said by handle
        } else if (e instanceof DatabaseException de) {
            ObjectNode o = error(reason(de));
            if (de.statement() != null) o.put("statement", de.statement());
            response = json(400, o);
        } else if (e instanceof UncheckedIOException) {
            response = json(500, error(e.getMessage()));
        } else {
            throw e;
        }
        return secure(response);
    }

    /** The headers every answer carries. */
    static Response secure(Response r) {
        return r.header("Content-Security-Policy", CSP)
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cross-Origin-Opener-Policy", "same-origin")
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .header("Cache-Control", "no-store");
    }

    private Response route(Request r) {
        if (!allowedHost(r.header("Host"))) {
            throw new StudioException(403, "this studio answers only requests for 127.0.0.1:" + port + " or localhost:" + port);
        }
        String origin = r.header("Origin");
        if (origin != null && !origin.equals("http://127.0.0.1:" + port) && !origin.equals("http://localhost:" + port)) {
            throw new StudioException(403, "requests from other origins (" + origin + ") are refused");
        }
        String site = r.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new StudioException(403, "requests from other sites or ports are refused (Sec-Fetch-Site: " + site + ")");
        }
        Map<String, String> q = r.params();
        String method = r.method();
        boolean read = method.equals("GET") || method.equals("HEAD");
        String path = r.path();
        if (path.startsWith("/s/")) {   // the studio's secret path: /s/<token>/…
            int end = path.indexOf('/', 3);
            if (!sameToken(path.substring(3, end < 0 ? path.length() : end))) {
                throw new StudioException(403, "this is not the token of the running studio: open the URL it printed last");
            }
            if (end < 0) {   // "/s/<token>": the page's relative URLs need the slash
                return new Response(303, "text/plain; charset=utf-8", new byte[0])
                        .header("Location", "/s/" + token + "/" + (r.rawQuery() == null || !r.rawQuery().matches("[!-~]*") ? "" : "?" + r.rawQuery()));
            }
            path = path.substring(end);
        } else if (!sameToken(r.header("X-Godwit-Token"))) {
            throw new StudioException(401, "open the studio with the URL that mvn db:studio printed (it carries this run's token)");
        }
        if (!read) {
            if (origin == null) throw new StudioException(403, "changes need an Origin header (they are only accepted from the studio page)");
            String type = r.header("Content-Type");
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                throw new StudioException(415, "send changes as application/json");
            }
        }
        if (read && (path.equals("/") || path.equals("/index.html"))) return resource("studio.html", "text/html; charset=utf-8");
        if (read && STATIC.containsKey(path)) return resource(path.substring(1), STATIC.get(path));
        if (!path.startsWith("/api/")) throw new StudioException(404, "no such page: " + path);
        if (read && path.equals("/api/cell")) return q.containsKey("check") ? cellResponse(q, downloads.watch(null)) : watched(q, w -> cellResponse(q, w));
        // how a download the page handed to the browser went: no database call, so none counted (the footer keeps the last one's)
        if (read && path.equals("/api/download")) return json(200, downloads.outcome(q.get("watch")));
        long callsBefore = db.calls();
        ObjectNode out = api(method, path, q, r);
        String export = path;
        if (out == null) return watched(q, w -> exportResponse(export, q, w));
        out.put("dbCalls", db.calls() - callsBefore);
        out.put("dbCallsTotal", db.calls());
        return json(200, out);
    }

    private ObjectNode api(String method, String path, Map<String, String> q, Request r) {
        return switch (method + " " + path) {
            case "GET /api/tables" -> data.tables();
            case "GET /api/rows" -> data.page(table(q), q);
            case "GET /api/count" -> data.count(table(q), q);
            case "GET /api/counts" -> data.counts();
            case "GET /api/refs" -> data.references(table(q), q);
            case "GET /api/delete-preview" -> data.deletePreview(table(q), q);
            case "GET /api/export", "GET /api/sql/export" -> null;
            case "POST /api/rows" -> data.insert(tableForWrite(q), body(r));
            case "PUT /api/rows" -> data.update(tableForWrite(q), body(r));
            case "DELETE /api/rows" -> data.delete(tableForWrite(q), body(r));
            case "POST /api/sql" -> data.console(body(r).path("sql").asText(null), body(r).path("run").asText(null));
            // a console query too long for its export link's URL, held for the link to name by digest
            case "POST /api/sql/export" -> {
                String sql = body(r).path("sql").asText(null);
                ExportRows.exportableQuery(sql);   // refused now, in the console, rather than as the downloaded file
                yield JSON.createObjectNode().put("held", heldQueries.hold(sql));
            }
            case "POST /api/sql/stop" -> JSON.createObjectNode().put("stopped", data.stopConsole(body(r).path("run").asText(null)));
            default -> throw new StudioException(404, "no such endpoint: " + method + " " + path);
        };
    }

    /**
     * A download's answer ({@code answer}, given the download's watch), watched under the id the page gave it ({@code watch=}): a
     * refusal before its first byte (as the page would get it, its JSON error's words) or its body sent whole is told to the watch;
     * a cut after its first byte is told by the answer's own cut, which knows how far it went.
     */
    private Response watched(Map<String, String> q, java.util.function.Function<WatchedDownloads.Watch, Response> answer) {
        WatchedDownloads.Watch watch = downloads.watch(q.get("watch"));
        Response r;
        try {
            r = answer.apply(watch);
        } catch (RuntimeException e) {
            watch.failed(failureWords(e));
            throw e;
        }
        return r.stream == null ? r : r.watched(watch::sent, refused -> watch.failed(errorOf(refused)));
    }

    /** What the answer to a failed request says ({@link #failure}'s JSON error), as the page would show it. */
    private String failureWords(RuntimeException e) {
        try {
            return errorOf(failure(e));
        } catch (RuntimeException unexpected) {
            return "internal error: " + e;
        }
    }

    private static String errorOf(Response failed) {
        try {
            return JSON.readTree(failed.body).path("error").asText(new String(failed.body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new String(failed.body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * An export, streamed: the rows are written as they are read, so memory holds a page whatever the size. How many rows it
     * holds and whether the cap cut it are known only at the end: they come as trailers (X-Godwit-Rows, X-Godwit-Truncated).
     */
    private Response exportResponse(String path, Map<String, String> q, WatchedDownloads.Watch watch) {
        String format = q.getOrDefault("format", "csv");
        if (!format.equals("csv") && !format.equals("json")) throw StudioException.bad("format is csv or json, not \"" + format + "\"");
        // a UTF-8 byte-order mark before a CSV, for Excel on Windows (asked for: Python's csv and cut take it as part of the header)
        String bomParam = q.getOrDefault("bom", "0");
        if (!bomParam.equals("0") && !bomParam.equals("1")) throw StudioException.bad("bom is 0 or 1, not \"" + bomParam + "\"");
        boolean bom = bomParam.equals("1");
        if (bom && !format.equals("csv")) {
            throw StudioException.bad("bom=1 is for a CSV export (for Excel); a JSON text begins without one (RFC 8259)");
        }
        String name;
        String what;
        java.util.function.Function<ExportRows.RowSink, ExportRows.Exported> run;
        boolean oneStatement;   // read by one statement from first row to last (a query, a view or a table without a key)
        if (path.equals("/api/export")) {
            TableDef t = tableForWrite(q);   // exported on the connection whose schema names it
            GridView v = data.view(t, q);   // a bad view is refused here, before any answer starts
            oneStatement = v.key() == null;
            run = sink -> data.exportView(v, sink);
            name = t.name().replaceAll("[^A-Za-z0-9_.-]", "_");
            what = dev.godwit.engine.sql.Quoting.doubleQuoted(t.name());
        } else {
            String statement = ExportRows.exportableQuery(q.containsKey("held") ? heldQueries.get(q.get("held")) : q.get("sql"));
            oneStatement = true;
            run = sink -> data.exportQuery(statement, sink);
            name = "query";
            String oneLine = statement.strip().replaceAll("\\s+", " ");
            what = "the console's query " + (oneLine.length() > 80 ? oneLine.substring(0, 80) + "…" : oneLine);
        }
        name = name.isEmpty() ? "table" : name;
        Export[] made = new Export[1];
        // On a local file, one statement that reads while the browser takes its rows holds the file's read lock for the whole
        // download: a slow or paused download (10 s a chunk before it is cut) kept the application's writes out ("database is
        // locked" in the rollback-journal mode most applications use). Its rows go to a file of the studio's first, as fast as
        // SQLite reads them; the download is sent from that file once the statement is done. Memory still holds a row at a time.
        // In WAL mode a reader keeps no writer out, so there the rows stream as they are read (no copy in java.io.tmpdir, a RAM
        // disk on some systems).
        boolean spool = oneStatement && !db.capabilities().remote() && !inWalMode();
        Response resp = Response.streamed(200, format.equals("csv") ? "text/csv; charset=utf-8" : "application/json; charset=utf-8", out -> {
            // in the studio's folder, which its stop (Ctrl-C too) deletes: a studio stopped mid-export leaves none behind
            java.nio.file.Path file = spool ? java.nio.file.Files.createTempFile(this.spool.in(downloadsFolder.get()), "export-", "." + format) : null;
            try {
                ExportRows.Exported done;
                try (java.io.OutputStream to = spool ? new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 16) : null) {
                    Export export = format.equals("csv") ? Export.csv(spool ? to : out, bom) : Export.json(spool ? to : out);
                    made[0] = export;
                    done = run.apply(export);
                    export.finish();
                }
                if (spool) java.nio.file.Files.copy(file, out);
                return List.of(new String[] {"X-Godwit-Rows", Long.toString(done.rows())},
                        new String[] {"X-Godwit-Truncated", Boolean.toString(done.truncated())});
            } finally {
                if (file != null) java.nio.file.Files.deleteIfExists(file);
            }
        }, this::failure, (e, rest) -> exportCut(format.toUpperCase(java.util.Locale.ROOT) + " export of " + what, made[0], e, rest, watch));
        resp.header("Trailer", "X-Godwit-Rows, X-Godwit-Truncated")
                .header("X-Godwit-Row-Cap", Integer.toString(ExportRows.MAX_EXPORT_ROWS));
        if (q.containsKey("download")) resp.header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
        return resp;
    }

    /**
     * Where the studio's folder for downloads' files (a blob cell's bytes, a spooled export) is made: java.io.tmpdir as it is now
     * (a test points it elsewhere).
     */
    static java.util.function.Supplier<java.nio.file.Path> downloadsFolder = () -> java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));

    /**
     * One blob cell's bytes, as a file ({@code application/octet-stream}, an attachment named from table, key and column). Read
     * first into a file of the studio's, as fast as the database gives them ({@link CellBytes#copy}: on a local file one statement,
     * which holds the file's read lock while it runs, so not paced by the browser), then sent from it with its Content-Length (the
     * browser shows progress): memory holds a piece of the blob, never the whole. Every refusal comes before the answer's first
     * byte, as the usual JSON error, which the page shows. With {@code check}, only the cell is looked for (no bytes read): the
     * page's check before a download too large to fetch into the page, which the browser then makes itself.
     */
    private Response cellResponse(Map<String, String> q, WatchedDownloads.Watch watch) {
        CellBytes.Cell cell = data.cell(table(q), q);   // refused here (no such row, not a blob), before any answer starts
        if (q.containsKey("check")) {
            ObjectNode out = JSON.createObjectNode().put("length", cell.length()).put("file", cell.unicodeFileName());
            return json(200, out);
        }
        java.nio.file.Path file = spooled(cell);   // refused (the JSON error) before the answer's first byte
        long length;
        try {
            length = java.nio.file.Files.size(file);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
        Response resp = Response.streamed(200, "application/octet-stream", out -> {
            try {
                java.nio.file.Files.copy(file, out);
                return List.of();
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }, this::failure, (e, rest) -> {
            if (e instanceof StudioHttp.ClientGone gone && gone.cancelled()) {
                log.info("Studio: the download of " + cell.fileName() + " was cancelled: the browser closed the connection");
                watch.cancelled();
                return;
            }
            String why = "the download of " + cell.fileName() + " stopped: " + (rest == null
                    ? "the browser took nothing for " + requestTimeoutSeconds() + " s" : reason(e));
            log.warn("Studio: " + why);
            watch.failed(why);
        });
        return resp.length(length)
                .header("Content-Disposition", cell.contentDisposition())
                .header("X-Godwit-Length", Long.toString(cell.length()));
    }

    /**
     * The cell's bytes in a new file of the studio's folder in {@link #downloadsFolder}. A folder that cannot take them (gone, read-only,
     * full) is refused with its path and what to do, on the console too: the browser's download shows only that it failed.
     */
    private java.nio.file.Path spooled(CellBytes.Cell cell) {
        java.nio.file.Path folder = downloadsFolder.get();
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile(spool.in(folder), "cell-", ".bin");
            try (java.io.OutputStream to = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 16)) {
                data.cellBytes(cell, to);
            }
            return file;
        } catch (IOException | UncheckedIOException e) {   // the file's writes: CellBytes wraps those it makes
            deleteQuietly(file);
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String free = java.nio.file.Files.isDirectory(folder) ? dev.godwit.engine.folder.DiskFull.free(folder) : null;
            String said = "the download of " + cell.fileName() + " (" + String.format(java.util.Locale.ROOT, "%,d", cell.length()) + " bytes)"
                    + " needs a temporary file in " + folder + ", which could not be written (" + dev.godwit.engine.Unwritable.reason(cause)
                    + (free != null ? "; " + free : "")
                    + "): point java.io.tmpdir at a writable folder with room for it (MAVEN_OPTS=\"-Djava.io.tmpdir=/path\" mvn db:studio),"
                    + " or free space there, then download it again";
            log.warn("Studio: " + said);
            throw new StudioException(507, said);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        if (file == null) return;
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // deleted with the studio's folder
        }
    }

    /**
     * An export that failed after its first rows went out, which the page cannot answer (the download is cut): said on
     * db:studio's console (what, how many rows went out, why), and, where the browser still reads, at the end of the file
     * ({@link Export#abort}). It left no word anywhere: a download failed "Network error" and the studio printed nothing. Told to
     * the download's watch, for the page: a download the browser cancelled (it closed the connection) as cancelled, not failed.
     */
    private void exportCut(String what, Export export, Throwable e, java.io.OutputStream rest, WatchedDownloads.Watch watch) {
        long rows = export == null ? 0 : export.rows;
        String after = " after " + rows + (rows == 1 ? " row" : " rows");
        if (e instanceof StudioHttp.ClientGone gone && gone.cancelled()) {
            log.info("Studio: the " + what + " was cancelled" + after + ": the browser closed the connection");
            watch.cancelled();
            return;
        }
        if (rest == null) {
            String said = "the " + what + " stopped" + after + ": the browser took nothing for " + requestTimeoutSeconds() + " s, so the download is incomplete";
            log.warn("Studio: " + said);
            watch.failed(said);
            return;
        }
        String why = reason(e);
        String said = "the " + what + " failed" + after + " had gone out, so the download is cut (its file ends with a line saying so): " + why;
        log.warn("Studio: " + said);
        if (export != null) export.abort(why);
        watch.failed(said);
    }

    private long requestTimeoutSeconds() {
        return Math.max(1, requestTimeout.toSeconds());
    }

    /**
     * Why a request failed, as {@link #failure} says it: SQLite's words for an error of the SQL, not the driver's; for a failure of
     * D1's own (a 5xx, an outage outlasting the retries, no answer) the D1 client's whole message, which says whether the request may
     * have been applied and what to do (D1's words alone, "internal error; reference = …", said neither of a write).
     */
    private static String reason(Throwable e) {
        if (e instanceof dev.godwit.engine.d1.D1Exception.TooLarge big) {
            // the client's words are a migration's ("Split the migration into smaller ones"), which a studio user has not made
            return String.format(java.util.Locale.ROOT, "this would be a D1 request of %,d bytes, over the %,d Godwit sends D1 in one"
                    + " request, so it was not sent; nothing was written. A value (or a script) this large is written by your application, or with"
                    + " `wrangler d1 execute --remote --file` (D1's import API); D1 keeps at most 2,000,000 bytes in one row", big.bytes(), big.max());
        }
        if (e instanceof dev.godwit.engine.d1.D1Exception d1 && !d1.isSqlError()) return d1.getMessage();
        if (e instanceof DatabaseException de) return de.databaseMessage() != null ? dev.godwit.engine.db.UnreadableViews.reason(de) : de.getMessage();
        if (e instanceof StudioException || e instanceof UncheckedIOException) return e.getMessage();
        if (e instanceof OutOfMemoryError) return "the studio ran out of memory (" + e.getMessage() + ")";
        return String.valueOf(e);
    }

    /**
     * A request Cloudflare answered 429 through every retry, in the studio's words: the D1 client's end ("wait, then run again") is
     * a migration's, and a write's failure must say what a 429 means, that D1 ran nothing of it. {@code change}: what was refused
     * ("this change", "this script"), empty for a read.
     */
    private static String rateLimited(dev.godwit.engine.d1.D1Exception.RateLimited e, String change) {
        String what = e.limitHit() + (change.isEmpty() ? "." : ": D1 ran nothing of " + change + ", so nothing was written.");
        return what + " Cloudflare allows 1,200 API requests per 5 minutes per token (other tools using it count too); wait a minute, then "
                + (change.isEmpty() ? "reload." : change.equals("this script") ? "run the script again." : "save the change again.");
    }

    /**
     * A grid write to the local file that SQLite refused for want of room, said in the studio's words: nothing was written (the
     * statement rolled back) and where to free space ({@link FullDisk}); null for another failure. A console script's is said by the console.
     */
    private String fileFull(DatabaseException e, String what) {
        String hint = FullDisk.hint(db, e.databaseMessage() != null ? e.databaseMessage() : e.getMessage(),
                what.equals("the statement") ? "run it again" : "save the change again");
        return hint == null ? null : "database or disk is full: nothing was written (SQLite rolled " + what + " back). " + hint;
    }

    private TableDef table(Map<String, String> q) {
        return data.table(q.get("table"));
    }

    private TableDef tableForWrite(Map<String, String> q) {
        return data.tableForWrite(q.get("table"));
    }

    private boolean sameToken(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private boolean allowedHost(String host) {
        return host != null && (host.equals("127.0.0.1:" + port) || host.equalsIgnoreCase("localhost:" + port));   // host names ignore case
    }

    // ---- plumbing ----

    private static JsonNode body(Request r) {
        if (r.body().length == 0) return JSON.createObjectNode();
        try {
            JsonNode n = JSON.readTree(r.body());
            if (n == null || !n.isObject()) throw StudioException.bad("the request body must be a JSON object");
            return n;
        } catch (IOException e) {
            throw StudioException.bad("the request body is not JSON: " + e.getMessage());
        }
    }

    private static Response resource(String name, String type) {
        try (InputStream in = StudioServer.class.getResourceAsStream(name)) {
            if (in == null) throw new StudioException(500, name + " is missing from the engine jar");
            return new Response(200, type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response json(int status, JsonNode body) {
        try {
            return new Response(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response plain(int status, String text) {
        return secure(new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    /** Whether the local file is in WAL mode, where a reading statement holds no writer out. */
    private boolean inWalMode() {
        try {
            java.util.List<java.util.Map<String, Object>> r = db.query("PRAGMA journal_mode");
            return !r.isEmpty() && "wal".equalsIgnoreCase(String.valueOf(r.get(0).values().iterator().next()));
        } catch (RuntimeException e) {
            return false;   // spooled, as in the rollback-journal mode
        }
    }
}
