package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outage of D1 during a fleet apply, on the fleet stand-in: every request answered HTTP 503 with Retry-After. Each worker waited
 * it out on its own (a line per worker per wait), each database failed after its 5 attempts, and the same-failure stop ended the run
 * only once 10 had. Now the run waits it out once, for every worker, and an outage that does not end stops the run with one message.
 */
class FleetOutageTest {

    @TempDir
    Path dir;
    List<Migration> migrations;
    D1FleetStandIn standIn;
    final RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() {
        migrations = FleetTest.generate(dir.resolve("drizzle"), 3);
        standIn = D1FleetStandIn.start(dir.resolve("fleet"), FleetTest.ACCOUNT, FleetTest.TOKEN, 16);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    FleetRunner runner() {
        Target.D1Fleet fleet = new Target.D1Fleet(new D1Settings(FleetTest.ACCOUNT, "fleet", FleetTest.TOKEN, standIn.endpoint()),
                new FleetSelection.NameGlob("tenant-*"), "test");
        FleetRunner.Options o = new FleetRunner.Options(8, 0, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        return new FleetRunner(fleet, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), o, log);
    }

    /** The database's history rows; none where it has no history table (never started). */
    List<String> history(String id) {
        if (standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'").isEmpty()) return List.of();
        return standIn.rows(id, "SELECT created_at FROM __drizzle_migrations ORDER BY created_at");
    }

    List<String> whens(int n) {
        return migrations.subList(0, n).stream().map(m -> Long.toString(m.when())).toList();
    }

    long outageLines() {
        return log.lines().stream().filter(l -> l.contains("answered HTTP 503 and asks to try again")).count();
    }

    @Test
    void anOutageThatEndsIsWaitedOutOnceForEveryWorkerAndNoDatabaseFails() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 40);
        // D1 goes down as the sixth database's first migration is sent, for 6 s; each answer asks for 1 s (Retry-After)
        standIn.beforeCall(ids.get(5), 2, () -> standIn.outage(1, Duration.ofSeconds(6)));
        FleetRunner.Result r = runner().apply(migrations);

        assertEquals(0, r.failed(), log.lines().toString());
        assertEquals(40, r.databases());
        for (String id : ids) assertEquals(whens(3), history(id), "history of " + id);   // each migration once, none twice
        assertTrue(standIn.outageAnswerCount() >= 8, "the outage met " + standIn.outageAnswerCount());
        // one line per wait of the run (about one a second for 6 s), not one per worker and wait (8 workers: 32 lines, and then failures)
        long lines = outageLines();
        assertTrue(lines >= 2 && lines <= 9, lines + " lines: " + log.lines());
        assertTrue(log.lines().contains("INFO Cloudflare D1 answered HTTP 503 and asks to try again in 1 s (Retry-After: an outage or maintenance):"
                + " every request of the run waits 1 s; it is waited out for up to 65 s in all before the run stops."), log.lines().toString());
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("Cloudflare D1 answered HTTP 503 with Retry-After (an outage or maintenance): every"
                + " request of the run waited for it") && l.contains("no database failed for it")), log.lines().toString());
        JsonNode summary = new ObjectMapper().readTree(r.report().toFile()).path("summary");
        assertEquals(503, summary.path("outageStatus").asInt(), summary.toString());
        assertFalse(summary.path("outageStoppedRun").asBoolean(true));
        assertEquals(lines, summary.path("outageWaits").asLong());
        // an outage says nothing of the token's budget: the pace stays, no 429 counted
        assertEquals(0, summary.path("rateLimitPauses").asLong());
        assertEquals(100_000, summary.path("lowestPace").asInt());
    }

    /**
     * The same outage answered by Cloudflare's edge: HTTP 503 with its HTML page (no D1 envelope), no Retry-After. It took the path of
     * any answer without D1's envelope: each request on its own backoff (200 ms to 1.6 s), each database failing once its 5 attempts
     * were spent inside the outage (40 of 40 failed for 6 s of it). It is the outage it is: waited out once for every worker, the
     * run's own waits (1 s, 2 s, 4 s: no Retry-After to go by) spending no attempt, no database failing, each migration once.
     */
    @Test
    void anOutageAnsweredWithCloudflaresHtmlPageIsWaitedOutOnceForEveryWorker() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 40);
        standIn.beforeCall(ids.get(5), 2, () -> standIn.edgeOutage(0, Duration.ofSeconds(6)));
        FleetRunner.Result r = runner().apply(migrations);

        assertEquals(0, r.failed(), log.lines().toString());
        assertEquals(40, r.databases());
        for (String id : ids) assertEquals(whens(3), history(id), "history of " + id);
        assertTrue(standIn.outageAnswerCount() >= 8, "the outage met " + standIn.outageAnswerCount());
        List<String> waits = log.lines().stream().filter(l -> l.contains("with its own error page instead of D1's answer")).toList();
        assertEquals("INFO Cloudflare answered HTTP 503 with its own error page instead of D1's answer, no Retry-After (an outage of D1): every"
                + " request of the run waits 1 s; it is waited out for up to 65 s in all before the run stops.", waits.get(0));
        assertTrue(waits.get(1).contains(": every request of the run waits 2 s more (the outage has lasted "), waits.toString());
        assertTrue(waits.size() >= 3 && waits.size() <= 5, waits.toString());   // 1 + 2 + 4 s cover 6 s: not one line per worker
        assertTrue(log.lines().stream().noneMatch(l -> l.contains("may or may not have been applied")), log.lines().toString());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN   Cloudflare D1 answered HTTP 503 with Cloudflare's error page instead of D1's"
                + " answer (an outage): every request of the run waited for it " + waits.size() + " time(s)")), log.lines().toString());
        JsonNode summary = new ObjectMapper().readTree(r.report().toFile()).path("summary");
        assertEquals(503, summary.path("outageStatus").asInt(), summary.toString());
        assertEquals(waits.size(), summary.path("outageWaits").asLong());
    }

    /** Cloudflare's 503 page that does not end stops the run as D1's own outage does: no database failed, those caught part-way interrupted. */
    @Test
    void anOutageAnsweredWithCloudflaresHtmlPageThatDoesNotEndStopsTheRunAsD1sOwnDoes() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 40);
        standIn.beforeCall(ids.get(19), 2, () -> standIn.edgeOutage(0, null));
        FleetException e = assertThrows(FleetException.class, () -> runner().withOutageWait(Duration.ofSeconds(3)).apply(migrations));
        String m = e.getMessage();
        assertTrue(m.startsWith("Fleet apply: 0 of "), m);
        assertTrue(m.contains(" database(s) failed, ") && m.contains("; Cloudflare D1 answered HTTP 503 with Cloudflare's error page instead of D1's"
                + " answer (an outage) to every request for 3"), m);
        assertTrue(m.contains("databases not yet started were not touched. Once D1 answers again"), m);
        for (String id : ids) {
            List<String> h = history(id);
            assertEquals(whens(h.size()), h, id);   // each migration once
        }
    }

    /**
     * db:apply sets the outage wait, then calls skippingDoneIn, which made a new runner without it: -Ddb.fleet.outageWait was
     * dropped and the run waited the default (the window and a minute more).
     */
    @Test
    void theOutageWaitIsKeptBySkippingDoneIn() {
        List<String> ids = standIn.createDatabases("tenant", 2);
        standIn.beforeCall(ids.get(0), 2, () -> standIn.outage(1, null));
        long t0 = System.nanoTime();
        FleetException e = assertThrows(FleetException.class,
                () -> runner().withOutageWait(Duration.ofSeconds(3)).skippingDoneIn(null).apply(migrations));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(seconds < 15, seconds + " s: " + e.getMessage());
        assertTrue(e.getMessage().contains(" for 3"), e.getMessage());
    }

    @Test
    void anOutageThatDoesNotEndStopsTheRunOnceNamingWhereEachDatabaseStands() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 40);
        // D1 goes down as the twentieth database's first migration is sent, and stays down
        standIn.beforeCall(ids.get(19), 2, () -> standIn.outage(1, null));
        long t0 = System.nanoTime();
        FleetException e = assertThrows(FleetException.class, () -> runner().withOutageWait(Duration.ofSeconds(3)).apply(migrations));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(seconds < 15, seconds + " s");
        String m = e.getMessage();

        JsonNode report = new ObjectMapper().readTree(Files.readString(e.getMessage().lines().findFirst().map(l -> l.replaceAll(".*Report: ", ""))
                .map(Path::of).orElseThrow()));
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode row : report.path("databases")) rows.put(row.path("id").asText(), row);
        List<String> between = new ArrayList<>();
        int done = 0;
        for (String id : ids) {
            JsonNode row = rows.get(id);
            List<String> h = history(id);
            if (row == null) {
                // never started: untouched, no history table, no call
                assertEquals(0, standIn.callsTo(id), id);
                continue;
            }
            assertFalse(row.path("status").asText().equals("failed"), row.toString());
            if (row.path("status").asText().equals("applied")) {
                done++;
                assertEquals(whens(3), h, id);
            } else {
                assertEquals("interrupted", row.path("status").asText(), row.toString());
                between.add(id);
                // where the report says it stands is where its history stands: the migrations this run committed, each once
                assertEquals(whens(h.size()), h, id);
                assertEquals(h.size(), row.path("applied").size(), row.toString());
                assertTrue(row.path("error").asText().startsWith("Cloudflare D1 answered HTTP 503 with Retry-After (an outage or maintenance) to every"
                        + " request for "), row.toString());
            }
        }
        assertEquals(0, report.path("summary").path("failed").asLong(-1), report.path("summary").toString());
        assertFalse(between.isEmpty());
        assertTrue(between.size() <= 8, between.toString());
        assertTrue(done >= 10, "done " + done);
        // the databases the outage caught are not failures: the same-failure stop did not stop it (it needs 10 failing alike)
        assertFalse(m.contains("all failed with the same error"), m);
        assertTrue(m.startsWith("Fleet apply: 0 of " + (done + between.size()) + " database(s) failed, " + (40 - done - between.size())
                + " of the 40 not started; Cloudflare D1 answered HTTP 503 with Retry-After (an outage or maintenance) to every request for "), m);
        assertTrue(m.contains(" (the longest this run waits one out; -Ddb.fleet.outageWait=SECONDS for longer), so the run stopped: " + done + " database(s) done before it (the report"
                + " has each); " + between.size() + " were being worked on, each perhaps between two migrations (the report has them as interrupted): "), m);
        for (String id : between) assertTrue(m.contains(id), id + " in " + m);
        assertTrue(m.contains("databases not yet started were not touched. Once D1 answers again"), m);
        assertTrue(m.contains("-Ddb.fleet.skipDoneIn="), m);
        JsonNode summary = report.path("summary");
        assertTrue(summary.path("outageStoppedRun").asBoolean(), summary.toString());
        assertTrue(summary.path("outageLastedSeconds").asDouble() >= 3.0, summary.toString());
        // one line per wait of the run: 3 in 3 s
        assertTrue(outageLines() <= 4, outageLines() + " lines: " + log.lines());

        // D1 back: the same command with the report finishes the fleet, each migration once
        standIn.outage(1, Duration.ZERO);
        Path first = Path.of(m.lines().findFirst().orElseThrow().replaceAll(".*Report: ", ""));
        FleetRunner.Result again = runner().skippingDoneIn(first).apply(migrations);
        assertEquals(0, again.failed());
        for (String id : ids) assertEquals(whens(3), history(id), "history of " + id);
    }

    /**
     * db:status over the fleet meeting an outage that does not end: the run stops as an apply does, and its last line said the way
     * on of an apply ("it continues where each database stands and never applies a migration twice") for a run that applies nothing.
     */
    @Test
    void aStatusStoppedByAnOutageSaysToReadTheFleetAgainNotHowAnApplyGoesOn() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 40);
        runner().apply(migrations);
        standIn.beforeCall(ids.get(19), standIn.callsTo(ids.get(19)) + 1, () -> standIn.outage(1, null));
        FleetRunner.Result r = runner().withOutageWait(Duration.ofSeconds(3)).status(migrations);

        assertTrue(r.databases() < 40, "stopped before the whole fleet: " + r.databases());
        String stop = log.lines().stream().filter(l -> l.startsWith("WARN   Stopped: Cloudflare D1 answered HTTP 503")).findFirst().orElseThrow(
                () -> new AssertionError(log.lines().toString()));
        assertTrue(stop.endsWith("; databases not yet started were not read. Once D1 answers again (https://www.cloudflarestatus.com), run the"
                + " same command: it reads every database of the fleet again."), stop);
        assertFalse(stop.contains("applies"), stop);
        // a database whose read outlasted the wait was sent it once per Retry-After waited: said as that, not "1 time(s)" (an outage's
        // resend spends no attempt, and the count was of attempts)
        java.util.regex.Matcher sent = java.util.regex.Pattern.compile("HTTP 503[^)]*\\) (\\d+) time\\(s\\)").matcher(String.join("\n", log.lines()));
        assertTrue(sent.find(), log.lines().toString());
        assertTrue(Integer.parseInt(sent.group(1)) >= 2, "sent " + sent.group(1) + " time(s): " + sent.group());
    }

    /**
     * D1 down from the run's first request, the account's list of databases: the run waited the outage out (6 minutes against
     * Cloudflare) and then said only "Cannot list the D1 databases of account ... (HTTP 503: Service unavailable: ...)", the words of
     * a list failing at once, nothing of the wait or of what to do. It says both now; no database was touched.
     */
    @Test
    void anOutageFromTheAccountsListOnSaysItWasWaitedOutAndWhatToDo() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 10);
        standIn.outage(1, null);
        Exception e = assertThrows(Exception.class, () -> runner().withOutageWait(Duration.ofSeconds(3)).apply(migrations));
        assertTrue(e.getMessage().matches("Cannot list the D1 databases of account " + FleetTest.ACCOUNT + ": Cloudflare D1 answered HTTP 503"
                + " with Retry-After \\(an outage or maintenance\\) to every request for 3(\\.\\d)? s, the longest this run waits one out"
                + " \\(Service unavailable: D1 is undergoing maintenance\\)\\. Once D1 answers again \\(https://www\\.cloudflarestatus\\.com\\),"
                + " run the same command\\."), e.getMessage());
        for (String id : ids) assertEquals(List.of(), history(id), id);
    }
}
