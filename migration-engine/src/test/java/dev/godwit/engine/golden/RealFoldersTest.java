package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.preflight.PreflightRefusedException;
import dev.godwit.engine.preflight.RowGenerator;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Migration folders committed by real public projects (src/test/resources/real-folders/, each with a SOURCE.md naming the
 * repository, commit and license), taken through the engine as {@code db:apply -Dlocal} takes a folder: read in its layout,
 * every migration applied to a fresh SQLite file with the pre-flight on, the history rows checked, a second apply finding
 * nothing pending; drift against the last snapshot where drizzle-kit wrote one; each statement through the D1 rules and the
 * whole folder through the D1 stand-in; and the last migration's pre-flight over generated rows.
 */
class RealFoldersTest {

    static final Path REAL = Path.of("src/test/resources/real-folders");
    static final HistoryTable DRIZZLE = HistoryTable.forName("__drizzle_migrations");
    static final HistoryTable WRANGLER = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
    static final String TOKEN = "token-real-folders-1";

    @TempDir
    Path dir;

    /** One real folder: where it is, the history its tool keeps, what applying it all must leave. */
    record Case(String name, String path, HistoryTable history, List<String> migrations, List<String> tables) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<String> SRCBOOK = List.of("0000_initial", "0001_favorite_language", "0002_add-openai-key", "0003_posthog_analytics",
            "0004_add_ai_config", "0005_new_provider_ai_models", "0006_deprecate_ai_config", "0007_add_subscription_email", "0008_add_secrets",
            "0009_secret_session_unique", "0010_create_apps", "0011_remove_language_from_apps", "0012_add_app_history", "0013_add_x_ai",
            "0014_Gemini_Integration", "0015_add_custom_api_key", "0016_add_openrouter_api_key", "0017_drop_apps");

    static Stream<Case> cases() {
        return Stream.of(
                // srcbook's folder less its leftover 0011_apps_external_id_unique.sql (see srcbooksLeftoverFileIsRefusedAndToldForWhatItIs)
                new Case("srcbookdev/srcbook", "srcbookdev__srcbook/drizzle", DRIZZLE, SRCBOOK,
                        List.of("__drizzle_migrations", "config", "secrets", "secrets_to_sessions")),
                new Case("HoshinoSuzumi/chronoframe", "HoshinoSuzumi__chronoframe/migrations", DRIZZLE, List.of("0000_curvy_scarlet_witch",
                        "0001_narrow_spot", "0002_faulty_tyrannus", "0003_nifty_hellcat", "0004_absent_lockheed", "0005_light_stranger",
                        "0006_flaky_the_enforcers", "0007_uneven_spectrum", "0008_nervous_taskmaster", "0009_careful_ultragirl",
                        "0010_bent_retro_girl", "0011_update_location_language_enum"), List.of("__drizzle_migrations", "album_photos", "albums",
                        "photo_reactions", "photos", "pipeline_queue", "settings", "settings_storage_providers", "users")),
                new Case("atinux/atidone", "atinux__atidone/migrations/sqlite", DRIZZLE, List.of("0000_brainy_nehzno"),
                        List.of("__drizzle_migrations", "todos")),
                new Case("cloudflare/templates d1-template", "cloudflare__templates/d1-template/migrations", WRANGLER,
                        List.of("0001_create_comments_table"), List.of("comments", "d1_migrations")),
                new Case("cloudflare/templates saas-admin-template", "cloudflare__templates/saas-admin-template/migrations", WRANGLER,
                        List.of("0001_create_customers", "0002_create_subscriptions", "0003_create_user_subscriptions"),
                        List.of("customer_subscriptions", "customers", "d1_migrations", "features", "subscription_features", "subscriptions")),
                new Case("cloudflare/templates openauth-template", "cloudflare__templates/openauth-template/migrations", WRANGLER,
                        List.of("0001_create_user_table"), List.of("d1_migrations", "user")),
                new Case("cloudflare/templates chanfana-openapi-template", "cloudflare__templates/chanfana-openapi-template/migrations", WRANGLER,
                        List.of("0001_add_tasks_table"), List.of("d1_migrations", "tasks")),
                new Case("storacha/w3up access-api", "storacha__w3up/access-api/migrations", WRANGLER, List.of("0000_create_spaces_table",
                        "0001_add_metadata_and_invocation_to_spaces", "0002_add_delegation_column", "0003_space.metadata_can_be_null",
                        "0004_add_accounts_table", "0005_drop_delegations_audience_to_accounts_did_fk", "0006_add_storage_provider_consumer_schema",
                        "0007_add_delegations_v3"), List.of("accounts", "d1_migrations", "delegations", "delegations_v2", "delegations_v3",
                        "provisions", "spaces")));
    }

    MigrationsFolder folderOf(Case c) throws IOException {
        Path at = REAL.resolve(c.path());
        return c.name().equals("srcbookdev/srcbook") ? copyWithout(at, "0011_apps_external_id_unique.sql") : MigrationsFolder.at(at);
    }

    /** Read in its layout, applied whole to a fresh file with the pre-flight on, the history its tool keeps, nothing pending after. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMigrationAppliesToAFreshFileWithThePreflightOn(Case c) throws IOException {
        MigrationsFolder folder = folderOf(c);
        assertEquals(c.migrations(), Migrator.local(folder, c.history()).stream().map(Migration::tag).toList(), "the folder as its tool reads it");
        Path db = dir.resolve("fresh.sqlite");
        assertEquals(c.migrations(), apply(db, folder, c.history()).applied());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(c.tables(), tables(d));
            if (c.history() == DRIZZLE) {
                // drizzle-orm's rows: the sha256 of each file and the journal's when, in order
                List<List<Object>> expected = folder.migrations().stream().map(m -> Arrays.<Object>asList(m.hash(), m.when())).toList();
                assertEquals(expected, d.query("SELECT hash, created_at FROM __drizzle_migrations ORDER BY id").stream()
                        .map(r -> Arrays.asList(r.get("hash"), r.get("created_at"))).toList());
            } else {
                // wrangler's rows: the file names, in name order
                assertEquals(c.migrations().stream().map(t -> t + ".sql").toList(), d.query("SELECT name FROM d1_migrations ORDER BY id").stream()
                        .map(r -> (String) r.get("name")).toList());
            }
        }
        assertEquals(List.of(), apply(db, folder, c.history()).applied(), "a second apply finds nothing pending");
    }

    /** Every statement as D1 takes it: the D1 rules refuse none, and the D1 stand-in applies the whole folder with its pre-flight. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void d1TakesEveryStatement(Case c) throws IOException {
        MigrationsFolder folder = folderOf(c);
        List<String> refused = new ArrayList<>();
        for (Migration m : Migrator.local(folder, c.history())) {
            for (int i = 0; i < m.statements().size(); i++) {
                String p = StatementRules.d1Problem(m, i);
                if (p != null) refused.add(p);
            }
        }
        assertEquals(List.of(), refused);
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", TOKEN);
             D1Database d1 = new D1Database(new D1Settings("acct", "db", TOKEN, standIn.endpoint()))) {
            Migrator m = new Migrator(d1, c.history(), EngineLog.SILENT).checkingPendingWith(
                    Preflight.ofLiveSchema(d1, Set.of(c.history().name()), false, EngineLog.SILENT));
            assertEquals(c.migrations(), m.apply(folder, ApplyOptions.defaults()).applied());
            List<String> onD1 = new ArrayList<>(tables(d1));
            assertTrue(onD1.remove("_cf_KV"), "D1's own table, as on D1: " + onD1);
            assertEquals(c.tables(), onD1);
        }
    }

    /**
     * db:verify of a drizzle-kit folder as a D1 project's (each migration replayed over generated rows under D1's rules, the
     * end compared with the last snapshot): srcbook's two disagreements, nothing for the others. chronoframe's journal lists
     * 0011_update_location_language_enum, a hand-written UPDATE, with no snapshot: db:verify (and db:generate) refused the
     * folder ("its snapshot ... is missing: restore it from version control", a file that never existed), where drizzle-kit
     * goes on from the last snapshot there is; a migration that only writes rows now needs none.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dbVerifyReplaysTheFolderAsD1Would(Case c) throws IOException {
        if (c.history() != DRIZZLE) return;   // wrangler's folders have no snapshot to compare with
        MigrationsFolder folder = folderOf(c);
        var v = Verifier.check(() -> Verifier.recorded(folder), folder, true);
        if (!c.name().equals("srcbookdev/srcbook")) assertEquals(List.of(), v.warnings());
        else {
            // srcbook's 0009 adds a UNIQUE index to a table holding rows: a database with two rows sharing its key fails there
            assertEquals(1, v.warnings().size(), v.warnings().toString());
            assertTrue(v.warnings().get(0).startsWith("replaying 0009_secret_session_unique.sql on rows sharing a value (the generated ones are all"
                    + " distinct) fails at statement 1:"), v.warnings().get(0));
            assertTrue(v.warnings().get(0).contains("Check with: SELECT \"session_id\", \"secret_id\", count(*) FROM \"secrets_to_sessions\" GROUP BY"
                    + " \"session_id\", \"secret_id\" HAVING count(*) > 1"), v.warnings().get(0));
        }
        if (!c.name().equals("srcbookdev/srcbook")) {
            assertEquals(List.of(), v.findings());
            return;
        }
        assertEquals(1, v.findings().size(), v.findings().toString());
        assertEquals("replaying the 18 migrations on an empty database does not give the schema the schema code declares (a migration was"
                + " edited by hand, or one is missing):\n"
                + "    differs: alter column \"config\".\"srcbook_installation_id\": default '18n70ookj0p2ht8c3aqfu2qjgo' -> 's6qi7h4bk4014r3sm1kuvfrfac'\n"
                + "    differs: add foreign key \"secrets_to_sessions\"[secret_id] -> \"secrets\"[id]\n"
                + "    differs: drop foreign key \"secrets_to_sessions\"[secret_id] -> \"secrets\"[id] on delete cascade\n"
                + "  Restore edited migrations from version control, or run mvn db:generate to add what is missing", v.findings().get(0).message());
    }

    /** db:generate continues chronoframe's folder (its last entry without a snapshot): with the schema unchanged, nothing to write. */
    @Test
    void dbGenerateContinuesChronoframesFolder() throws IOException {
        MigrationsFolder folder = copyWithout(REAL.resolve("HoshinoSuzumi__chronoframe/migrations"), "none");
        var r = new dev.godwit.engine.generate.Generator().generate(Verifier.recorded(folder), folder,
                dev.godwit.engine.generate.GenerateOptions.batch());
        assertEquals(false, r.written(), r.toString());
        assertEquals(List.of(), r.changes());
        // a new table: 0012, its snapshot following 0010's (the last there is), applied on top of the 12
        var recorded = Verifier.recorded(folder);
        var albums = recorded.tables().stream().filter(t -> t.name().equals("albums")).findFirst().orElseThrow();
        List<dev.godwit.schema.model.TableDef> tables = new ArrayList<>(recorded.tables());
        tables.add(albums.withName("albums_archive").withIndexes(List.of()).withForeignKeys(List.of()));
        var next = new dev.godwit.engine.generate.Generator().generate(new dev.godwit.schema.model.SchemaDef(tables, recorded.views()), folder,
                dev.godwit.engine.generate.GenerateOptions.batch().withName("archive"));
        assertEquals("0012_archive", next.tag());
        assertEquals(folder.readSnapshotLink(folder.snapshotFile("0010_bent_retro_girl")).id(),
                folder.readSnapshotLink(folder.snapshotFile("0012_archive")).prevId());
        Path db = dir.resolve("chronoframe.sqlite");
        assertEquals(13, apply(db, folder, DRIZZLE).applied().size());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertTrue(tables(d).contains("albums_archive"));
            assertEquals(List.of(), Verifier.drift(d, DRIZZLE, folder.migrations(), Verifier.recorded(folder)));
        }
    }

    /** The apply to wrangler's local D1 file (-Dlocal in a D1 project): its pre-flight runs every migration under D1's limits. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wranglersLocalD1FileTakesTheFolder(Case c) throws IOException {
        MigrationsFolder folder = folderOf(c);
        Path file = dir.resolve("local-d1.sqlite");
        try (SqliteDatabase d = SqliteDatabase.openLikeD1(file)) {
            Migrator m = new Migrator(d, c.history(), EngineLog.SILENT).checkingPendingWith(Preflight.forTarget(
                    new Target.WranglerLocalD1(file, "DB"), d, Set.of(c.history().name()), false, EngineLog.SILENT));
            assertEquals(c.migrations(), m.apply(folder, ApplyOptions.defaults()).applied());
            assertEquals(c.tables(), tables(d));
        }
    }

    /** All but the last migration, generated rows in every table, then the last one through the pre-flight: no row lost. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theLastMigrationOverRowsPassesThePreflight(Case c) throws IOException {
        MigrationsFolder folder = folderOf(c);
        List<Migration> all = Migrator.local(folder, c.history());
        Path db = dir.resolve("rows.sqlite");
        Map<String, Long> before;
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            new Migrator(d, c.history(), EngineLog.SILENT).apply(all.subList(0, all.size() - 1), ApplyOptions.defaults());
            RowGenerator.Result filled = new RowGenerator(d, 7).fill(Introspector.introspect(d, Set.of(c.history().name())), 3);
            assertEquals(Map.of(), filled.notFilled(), "every table filled");
            before = counts(d, c.history());
            assertEquals(3 * before.size(), filled.rowsInserted());
        }
        assertEquals(List.of(all.get(all.size() - 1).tag()), apply(db, folder, c.history()).applied());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            Map<String, Long> after = counts(d, c.history());
            for (Map.Entry<String, Long> e : before.entrySet()) {
                // srcbook's 0017_drop_apps is DROP TABLE IF EXISTS `apps`: a written drop, which the pre-flight takes as meant
                if (e.getKey().equals("apps") && c.name().equals("srcbookdev/srcbook")) assertEquals(null, after.get("apps"));
                else assertEquals(e.getValue(), after.get(e.getKey()), c + ": rows of " + e.getKey());
            }
        }
    }

    /**
     * srcbook's folder as committed holds 0011_apps_external_id_unique.sql, which no journal entry lists (its journal's 0011 is
     * 0011_remove_language_from_apps): drizzle-orm's migrate() has never run it. db:apply refuses it as any loose file, and
     * now says what it most likely is rather than only advising to bring it in (which would run it for the first time).
     */
    @Test
    void srcbooksLeftoverFileIsRefusedAndToldForWhatItIs() {
        MigrationsFolder folder = MigrationsFolder.at(REAL.resolve("srcbookdev__srcbook/drizzle"));
        Path db = dir.resolve("srcbook.sqlite");
        MigrationException e = assertThrows(MigrationException.class, () -> apply(db, folder, DRIZZLE));
        assertEquals("SQL file(s) without a journal entry in drizzle: 0011_apps_external_id_unique.sql. drizzle's history (__drizzle_migrations)"
                + " only applies migrations listed in meta/_journal.json, so it would be skipped silently (made by `wrangler d1 migrations create`?)."
                + " Bring it in: move the SQL into a migration from mvn db:generate -Ddb.custom and delete the file; or keep wrangler's history"
                + " (migrations_table in wrangler's config, or -Ddb.migrationsTable=d1_migrations), which applies every .sql file by name."
                + " 0011_apps_external_id_unique.sql has the number of the journal's 0011_remove_language_from_apps: that is how drizzle-kit"
                + " leaves the old file of a migration it wrote again under another name, which drizzle-orm's migrate() never ran. If so, compare"
                + " it with that migration and delete it; bringing it in would run its SQL for the first time.", e.getMessage());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of(), tables(d), "nothing was applied");
        }
    }

    /**
     * srcbook's SQL and its last snapshot differ in two places, and drift names both: its schema draws a random default for
     * config.srcbook_installation_id at each generate (every snapshot records another; drizzle-kit wrote SQL for none after
     * 0003), and 0008_add_secrets.sql says ON DELETE CASCADE where the snapshot says no action (the SQL edited by hand).
     * The key's lines read the same before (its actions were left out), so nothing said what differed.
     */
    @Test
    void srcbooksDriftNamesTheDefaultAndTheForeignKeysAction() throws IOException {
        MigrationsFolder folder = copyWithout(REAL.resolve("srcbookdev__srcbook/drizzle"), "0011_apps_external_id_unique.sql");
        Path db = dir.resolve("srcbook.sqlite");
        apply(db, folder, DRIZZLE);
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            var findings = Verifier.drift(d, DRIZZLE, folder.migrations(), Verifier.recorded(folder));
            assertEquals(1, findings.size(), findings.toString());
            assertEquals("local SQLite file " + db + " was changed outside the migrations:\n"
                    + "    differs: alter column \"config\".\"srcbook_installation_id\": default '18n70ookj0p2ht8c3aqfu2qjgo' -> 's6qi7h4bk4014r3sm1kuvfrfac'\n"
                    + "    differs: add foreign key \"secrets_to_sessions\"[secret_id] -> \"secrets\"[id]\n"
                    + "    differs: drop foreign key \"secrets_to_sessions\"[secret_id] -> \"secrets\"[id] on delete cascade\n"
                    + "  Undo the manual change, or make it part of the schema code and run mvn db:generate", findings.get(0).message());
        }
    }

    /**
     * chronoframe's drizzle-kit migrations (a rebuild of pipeline_queue among them) build what its last snapshot (0010's)
     * records; its hand-written 0011_update_location_language_enum, an UPDATE with no snapshot, changes rows only.
     */
    @Test
    void chronoframeHasNoDrift() throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(REAL.resolve("HoshinoSuzumi__chronoframe/migrations"));
        Path db = dir.resolve("chronoframe.sqlite");
        apply(db, folder, DRIZZLE);
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of(), Verifier.drift(d, DRIZZLE, folder.migrations(), Verifier.recorded(folder)));
        }
    }

    /**
     * db:baseline of a database that holds chronoframe's schema and no history, up to its last migration (0011, rows only,
     * no snapshot): the schema is compared with the last snapshot there is (0010's) and all 12 are recorded. Once FolderCheck
     * let the folder through, the baseline read 0011's own snapshot and failed on the missing file.
     */
    @Test
    void dbBaselineOfChronoframeComparesWithTheLastSnapshotThereIs() throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(REAL.resolve("HoshinoSuzumi__chronoframe/migrations"));
        Path db = dir.resolve("chronoframe.sqlite");
        apply(db, folder, DRIZZLE);
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            d.runAtomically(List.of("DROP TABLE __drizzle_migrations"), false);   // a database made without drizzle-orm's history
            List<String> tags = new dev.godwit.engine.baseline.Baseliner(EngineLog.SILENT).baseline(folder, d, DRIZZLE,
                    new dev.godwit.engine.baseline.BaselineOptions("0011", false));
            assertEquals(folder.migrations().stream().map(Migration::tag).toList(), tags);
            assertEquals(12L, ((Number) d.query("SELECT count(*) AS n FROM __drizzle_migrations").get(0).get("n")).longValue());
        }
    }

    /**
     * db:drop on chronoframe's folder: its last entry (0011, rows only, no snapshot) drops; 0010, before it, is refused with
     * the reason (db:drop rewrites every later snapshot, and 0011 has none), the folder left as it was.
     */
    @Test
    void dbDropOnChronoframesFolder() throws IOException {
        MigrationsFolder folder = copyWithout(REAL.resolve("HoshinoSuzumi__chronoframe/migrations"), "none");
        java.util.function.Supplier<Database> none = () -> SqliteDatabase.open(dir.resolve("empty.sqlite"));
        String journal = Files.readString(folder.journalFile());
        var e = assertThrows(dev.godwit.engine.drop.DropException.class, () -> new dev.godwit.engine.drop.Dropper(EngineLog.SILENT)
                .drop(folder, new dev.godwit.engine.drop.DropOptions("0010", false), none, DRIZZLE));
        assertEquals("Cannot drop 0010_bent_retro_girl: db:drop takes its changes out of every later snapshot, and the later"
                + " 0011_update_location_language_enum has none (copy-migrations/meta/0011_snapshot.json). Drop the later migrations first (mvn db:drop drops"
                + " the latest). Nothing was changed.", e.getMessage());
        assertEquals(journal, Files.readString(folder.journalFile()));
        var r = new dev.godwit.engine.drop.Dropper(EngineLog.SILENT).drop(folder, new dev.godwit.engine.drop.DropOptions(null, false), none, DRIZZLE);
        assertEquals("0011_update_location_language_enum", r.tag());
        assertEquals(11, folder.readJournal().entries().size());
        assertTrue(!Files.exists(folder.sqlFile("0011_update_location_language_enum")));
    }

    /** atidone's one drizzle-kit migration builds exactly what its snapshot records. */
    @Test
    void atidoneHasNoDrift() throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(REAL.resolve("atinux__atidone/migrations/sqlite"));
        Path db = dir.resolve("atidone.sqlite");
        apply(db, folder, DRIZZLE);
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of(), Verifier.drift(d, DRIZZLE, folder.migrations(), Verifier.recorded(folder)));
            assertEquals(List.of("id", "user_id", "title", "completed", "created_at"), d.query("SELECT name FROM pragma_table_info('todos')")
                    .stream().map(r -> (String) r.get("name")).toList());
        }
    }

    /** d1-template's migration seeds three comments (a multi-row INSERT after the CREATE, split right); its rows are there. */
    @Test
    void d1TemplatesSeedRowsAreApplied() {
        Path db = dir.resolve("d1-template.sqlite");
        apply(db, MigrationsFolder.at(REAL.resolve("cloudflare__templates/d1-template/migrations")), WRANGLER);
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of(Map.of("author", "Kristian"), Map.of("author", "Serena"), Map.of("author", "Max")),
                    d.query("SELECT author FROM comments ORDER BY id"));
        }
    }

    /** saas-admin-template's triggers (BEGIN ... END with a ; inside) are split as one statement each, and fire. */
    @Test
    void saasAdminTemplatesTriggersAreWholeStatements() {
        MigrationsFolder folder = MigrationsFolder.at(REAL.resolve("cloudflare__templates/saas-admin-template/migrations"));
        List<Migration> all = folder.migrationsInNameOrder();
        assertEquals(List.of(3, 8, 8), all.stream().map(m -> m.statements().size()).toList());
        Path db = dir.resolve("saas.sqlite");
        apply(db, folder, WRANGLER);
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of("update_customer_subscriptions_updated_at", "update_customers_updated_at", "update_features_updated_at",
                    "update_subscriptions_updated_at"), d.query("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").stream()
                    .map(r -> (String) r.get("name")).toList());
            d.runAtomically(List.of("INSERT INTO customers (id, name, email, updated_at) VALUES (1, 'a', 'a@x', '2000-01-01')",
                    "UPDATE customers SET notes = 'n' WHERE id = 1"), false);
            assertTrue(!"2000-01-01".equals(d.query("SELECT updated_at FROM customers").get(0).get("updated_at")), "the trigger stamped updated_at");
        }
    }

    /** w3up's DEFAULT EMPTY, a bare word: SQLite stores the text 'EMPTY', and so does every apply (the rebuild in 0003 keeps it). */
    @Test
    void w3upsBareWordDefaultIsTheText() {
        Path db = dir.resolve("w3up.sqlite");
        apply(db, MigrationsFolder.at(REAL.resolve("storacha__w3up/access-api/migrations")), WRANGLER);
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            d.runAtomically(List.of("INSERT INTO spaces (did, product, email, agent) VALUES ('did:key:z1', 'p', 'e', 'a')"), false);
            assertEquals(List.of(Map.of("metadata", "EMPTY", "invocation", "EMPTY")), d.query("SELECT metadata, invocation FROM spaces"));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The engine's apply as db:apply -Dlocal calls it: the pre-flight on a backup of the file, then the migrator. */
    static ApplyResult apply(Path file, MigrationsFolder folder, HistoryTable history) {
        try (SqliteDatabase d = SqliteDatabase.open(file)) {
            Preflight preflight = Preflight.forTarget(new Target.LocalFile(file), d, Set.of(history.name()), false, EngineLog.SILENT)
                    .withCommandArgs("");
            return new Migrator(d, history, EngineLog.SILENT).withCommandArgs("").checkingPendingWith(preflight)
                    .apply(folder, new ApplyOptions(false, false, 3, false).withIgnoreMissing(false));
        }
    }

    MigrationsFolder copyWithout(Path from, String leftOut) throws IOException {
        Path to = dir.resolve("copy-" + from.getFileName());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals(leftOut)) Files.copy(p, target);
            }
        }
        return MigrationsFolder.at(to);
    }

    static Map<String, Long> counts(Database d, HistoryTable history) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (String t : tables(d)) {
            if (!t.equals(history.name())) out.put(t, ((Number) d.query("SELECT count(*) AS n FROM \"" + t + "\"").get(0).get("n")).longValue());
        }
        return out;
    }

    static List<String> tables(Database d) {
        return d.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").stream()
                .map(r -> (String) r.get("name")).toList();
    }
}
