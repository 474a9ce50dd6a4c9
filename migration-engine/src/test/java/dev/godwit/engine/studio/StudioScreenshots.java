package dev.godwit.engine.studio;

import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.schema.model.SchemaDef;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's studio screenshots (docs/images), taken in headless Chromium (as {@link StudioBrowserTest} drives it) on the demo
 * schema: the repository's drizzle/ migrations applied to a new SQLite file, a few rows in it, the demo's compiled schema classes
 * for the columns' modes. Run by tools/studio-screenshots.sh, which compiles the demo schema first.
 * usage: StudioScreenshots REPO_ROOT DEMO_CLASSES OUT_DIR
 */
public final class StudioScreenshots {

    private static final Path CHROMIUM = Path.of(System.getProperty("godwit.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("godwit.chromedriver", "/usr/bin/chromedriver"));

    private StudioScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path demoClasses = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("godwit-screenshots");
        Path file = work.resolve("demo.sqlite");
        SchemaDef schema;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {demoClasses.toUri().toURL()}, StudioScreenshots.class.getClassLoader())) {
            schema = SchemaLoader.load(List.of("dev.godwit.demo.schema"), root, loader);
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            for (String tag : tags(root.resolve("drizzle/meta/_journal.json"))) {
                String sql = Files.readString(root.resolve("drizzle/" + tag + ".sql"), StandardCharsets.UTF_8);
                db.runAtomically(Arrays.stream(sql.split("--> statement-breakpoint")).map(String::strip).filter(s -> !s.isEmpty()).toList(), false);
            }
            db.runAtomically(sampleRows(), false);
            StudioOptions options = StudioOptions.defaults().withCodeSchema(schema);
            try (StudioBrowserTest.WebDriver browser = StudioBrowserTest.WebDriver.start(DRIVER, CHROMIUM, work)) {
                browser.windowSize(1360, 820);
                try (StudioServer studio = StudioServer.start(db, options, 0)) {
                    shootLocal(browser, studio, db, out);
                }
            }
        }
        // Over D1 (the project's stand-in), read-only: the same file
        try (D1StandIn standIn = D1StandIn.start(file, "acct", "dbid", "tok");
             D1Database d1 = new D1Database(new D1Settings("acct", "dbid", "tok", standIn.endpoint()));
             StudioBrowserTest.WebDriver browser = StudioBrowserTest.WebDriver.start(DRIVER, CHROMIUM, work);
             StudioServer studio = StudioServer.start(d1, StudioOptions.defaults().withCodeSchema(schema), 0)) {
            browser.windowSize(1360, 820);
            open(browser, studio, "table=agents&sort=name");
            waitFor(() -> browser.count("#grid tr[data-rowid]") == 4, "the agents over D1");
            shot(browser, out, "studio-d1.png");
        }
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.out.println("screenshots written to " + out);
    }

    private static void shootLocal(StudioBrowserTest.WebDriver browser, StudioServer studio, SqliteDatabase db, Path out) throws Exception {
        // A table with its schema panel: timestamps as dates, JSON pretty-printed, a blob as size and hex
        open(browser, studio, "table=trace_summaries");
        waitFor(() -> browser.count("#grid tr[data-rowid]") == 3, "trace summaries");
        browser.click("#grid tr[data-rowid='1'] td[data-col='key_steps'] summary");
        browser.click("#toggle-schema");
        shot(browser, out, "studio-table.png");

        // Search, sort, filters
        open(browser, studio, null);
        browser.type(browser.find("#search"), "us");
        waitFor(() -> browser.attributes("#tables button", "data-table").contains("users"), "the search");
        browser.click("#tables button[data-table='users']");
        waitFor(() -> browser.count("#grid tr[data-rowid]") == 6, "users");
        browser.click("#grid th[data-col='email'] button.sort");
        waitFor(() -> browser.currentUrl().contains("sort=email"), "sorted by email");
        browser.click("#filter-col option[value='workspace_id']");
        browser.click("#filter-op option[value='eq']");
        browser.type(browser.find("#filter-value"), "1");
        browser.click("#filter-add");
        waitFor(() -> browser.count("#grid tr[data-rowid]") == 4, "filtered to workspace 1");
        browser.click("#filter-col option[value='email_verified']");
        browser.click("#filter-op option[value='eq']");
        browser.type(browser.find("#filter-value"), "true");
        browser.click("#filter-add");
        waitFor(() -> browser.count("#grid tr[data-rowid]") == 3, "and verified");
        shot(browser, out, "studio-browse.png");

        // Paging: page 3 of the traces
        open(browser, studio, "table=traces&sort=started_at&dir=desc");
        waitFor(() -> browser.count("#grid tr[data-rowid]") == 50, "the first page of traces");
        for (int i = 2; i <= 3; i++) {
            browser.click("#next");
            String page = "page " + i + " ·";
            waitFor(() -> String.valueOf(browser.textOf("#page")).startsWith(page), page);
        }
        shot(browser, out, "studio-paging.png");

        // The rows that reference a workspace
        open(browser, studio, "table=workspaces");
        waitFor(() -> browser.count("#grid tr[data-rowid]") == 3, "workspaces");
        browser.click("#grid tr[data-rowid='1'] button.refs");
        waitFor(() -> browser.count("#refs li") > 3, "its references");
        shot(browser, out, "studio-references.png");

        // What a delete takes with it
        browser.click("#grid tr[data-rowid='2'] button.delete");
        waitFor(() -> browser.count("#dialog-body li") >= 3, "the delete preview");
        shot(browser, out, "studio-delete.png");
        browser.click("#dialog-cancel");

        // Add row
        open(browser, studio, "table=agents");
        waitFor(() -> browser.count("#grid tr[data-rowid]") == 4, "agents");
        browser.click("#add");
        browser.type(browser.find("#dialog-body .form-row[data-col='workspace_id'] input"), "1");
        browser.type(browser.find("#dialog-body .form-row[data-col='slug'] input"), "triage");
        browser.type(browser.find("#dialog-body .form-row[data-col='name'] input"), "Ticket triage");
        shot(browser, out, "studio-add-row.png");
        browser.click("#dialog-cancel");

        // The SQL console
        browser.click("#open-console");
        browser.type(browser.find("#sql"), "SELECT a.name AS agent, count(t.id) AS traces, sum(t.total_tokens) AS tokens,"
                + " round(avg(t.ended_at - t.started_at), 1) AS avg_seconds FROM agents a LEFT JOIN traces t ON t.agent_id = a.id GROUP BY a.id ORDER BY traces DESC");
        browser.click("#run");
        waitFor(() -> browser.count("#result tr") == 5, "the console's rows");
        shot(browser, out, "studio-console.png");

        // Hostile names, shown as text: a table made by hand beside the demo's, dropped again
        String table = "<img src=x onerror=alert(1)>";
        db.runAtomically(List.of("CREATE TABLE \"" + table + "\" (id integer PRIMARY KEY, \"<b onmouseover=alert(2)>c</b>\" text)",
                "INSERT INTO \"" + table + "\" VALUES (1, '<script>alert(3)</script><img src=x onerror=alert(4)>')"), false);
        open(browser, studio, null);
        browser.click("#tables button[data-table='" + table + "']");
        waitFor(() -> browser.count("#grid tr[data-rowid]") == 1, "the hostile table");
        browser.click("#toggle-schema");
        shot(browser, out, "studio-hostile.png");
        db.runAtomically(List.of("DROP TABLE \"" + table + "\""), false);
    }

    private static void open(StudioBrowserTest.WebDriver browser, StudioServer studio, String query) throws Exception {
        browser.open(URI.create(studio.startUri() + (query == null ? "" : (studio.startUri().getQuery() == null ? "?" : "&") + query)));
        browser.find("#tables button");
    }

    private static void shot(StudioBrowserTest.WebDriver browser, Path out, String name) throws Exception {
        Thread.sleep(300);   // the last paint
        Files.write(out.resolve(name), browser.screenshot());
        System.out.println("  " + name);
    }

    private static void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Boolean.TRUE.equals(condition.get())) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    /** The journal's migration tags, in order. */
    private static List<String> tags(Path journal) throws Exception {
        List<String> tags = new ArrayList<>();
        Matcher m = Pattern.compile("\"tag\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(journal));
        while (m.find()) tags.add(m.group(1));
        return tags;
    }

    /** A few rows: three workspaces, their people and agents, 160 traces, three trace summaries. */
    private static List<String> sampleRows() {
        List<String> s = new ArrayList<>(List.of(
                "INSERT INTO workspaces (id, slug, name, plan, settings, monthly_budget_usd, active, created_at, updated_at) VALUES"
                        + " (1, 'acme', 'Acme Support', 'team', '{\"region\":\"eu-west\",\"retentionDays\":30}', '250.00', 1, 1714564800, 1717243200),"
                        + " (2, 'globex', 'Globex Research', 'enterprise', '{\"region\":\"us-east\",\"sso\":true}', '4000.00', 1, 1709251200, 1717329600),"
                        + " (3, 'initech', 'Initech', 'free', '{}', NULL, 0, 1704067200, 1704067200)",
                "INSERT INTO users (id, workspace_id, email, name, role, email_verified, last_login_at, created_at) VALUES"
                        + " (1, 1, 'ada@acme.test', 'Ada Lovelace', 'owner', 1, 1717400000, 1714564800),"
                        + " (2, 1, 'grace@acme.test', 'Grace Hopper', 'admin', 1, 1717390000, 1714651200),"
                        + " (3, 1, 'alan@acme.test', 'Alan Turing', 'member', 0, NULL, 1715000000),"
                        + " (4, 1, 'edsger@acme.test', NULL, 'viewer', 1, 1716000000, 1715100000),"
                        + " (5, 2, 'barbara@globex.test', 'Barbara Liskov', 'owner', 1, 1717300000, 1709251200),"
                        + " (6, 3, 'peter@initech.test', 'Peter Gibbons', 'owner', 0, NULL, 1704067200)",
                "INSERT INTO agents (id, workspace_id, slug, name, description, status, model, temperature, max_tokens, config, created_by, created_at) VALUES"
                        + " (1, 1, 'refunds', 'Refund helper', 'Answers refund questions from the policy pages', 'active', 'gpt-4o-mini', 0.2, 1024,"
                        + " '{\"tools\":[\"orders.lookup\",\"refunds.create\"]}', 1, 1714600000),"
                        + " (2, 1, 'summarizer', 'Ticket summarizer', NULL, 'active', 'claude-3-haiku', 0.7, 512, NULL, 2, 1715000000),"
                        + " (3, 1, 'router', 'Inbox router', 'Routes new mail to a queue', 'draft', 'gpt-4o-mini', 0.0, 256, NULL, 2, 1716000000),"
                        + " (4, 2, 'lit-review', 'Literature review', NULL, 'paused', 'gpt-4o', 1.0, 4096, NULL, 5, 1710000000)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 160)"
                        + " INSERT INTO traces (id, workspace_id, agent_id, status, input, output, started_at, ended_at, total_tokens, cost_usd)"
                        + " SELECT printf('tr_%04d', i), CASE WHEN i % 4 = 3 THEN 2 ELSE 1 END, CASE WHEN i % 4 = 3 THEN 4 ELSE 1 + i % 3 END,"
                        + " CASE WHEN i % 11 = 0 THEN 'error' WHEN i = 160 THEN 'running' ELSE 'success' END, printf('Customer message #%d', i),"
                        + " CASE WHEN i % 11 = 0 THEN NULL ELSE printf('Reply to #%d', i) END, 1717000000 + i * 3600,"
                        + " CASE WHEN i = 160 THEN NULL ELSE 1717000000 + i * 3600 + 2 + i % 7 END, 300 + (i * 37) % 900, printf('%.4f', (300 + (i * 37) % 900) * 0.000002) FROM s",
                "INSERT INTO trace_summaries (id, trace_id, summary, outcome, key_steps, model, tokens_used, embedding, created_at) VALUES"
                        + " (1, 'tr_0001', 'Refund approved for a damaged parcel', 'success', '[\"looked up order 1042\",\"checked policy\",\"created refund\"]',"
                        + " 'gpt-4o-mini', 812, X'3F8000003F0000003E800000BF800000', 1717003610),"
                        + " (2, 'tr_0002', 'Asked for the order number first', 'partial', '[\"asked for order id\"]', 'gpt-4o-mini', 401, NULL, 1717007210),"
                        + " (3, 'tr_0011', 'Order service timed out', 'failure', NULL, 'gpt-4o-mini', 120, NULL, 1717039650)"));
        return s;
    }
}
