package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.fleet.FleetException;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db:apply -Ddb.d1.databases=... passes the history options to the fleet, as to one database. */
class FleetApplyGoalTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String TOKEN = "fleet-goal-token-4321";

    /** -Ddb.ignoreMissing did not reach a fleet apply (its runner had no such option): the refusal it names as the way on stayed. */
    @Test
    void ignoreMissingReachesTheFleetApply(@TempDir Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), folder, GenerateOptions.batch().withName("one"));
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            standIn.execute(id, "CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric);"
                    + " INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
            ApplyMojo refused = apply(dir, standIn, false);
            FleetException e = assertThrows(FleetException.class, refused::run);
            assertTrue(e.getMessage().contains("): The database records migration(s) the folder does not have: created_at 1234"), e.getMessage());
            assertTrue(e.getMessage().contains("to apply anyway, pass -Ddb.ignoreMissing. Nothing was applied."), e.getMessage());
            assertEquals(List.of(), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = 't1'"));

            apply(dir, standIn, true).run();
            assertEquals(List.of("t1"), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = 't1'"));
            assertEquals(2, standIn.rows(id, "SELECT created_at FROM __drizzle_migrations").size());
        }
    }

    /** -Ddb.acceptDataLoss and -Ddb.local.foreignKeysOff did nothing on a fleet, silently; the apply now says so and goes on. */
    @Test
    void optionsAFleetApplyCannotHonourAreSaidNotDropped(@TempDir Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), folder, GenerateOptions.batch().withName("one"));
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            ApplyMojo apply = apply(dir, standIn, false);
            for (String name : List.of("acceptDataLoss", "localForeignKeysOff")) {
                var field = ApplyMojo.class.getDeclaredField(name);
                field.setAccessible(true);
                field.setBoolean(apply, true);
            }
            List<String> warnings = new java.util.ArrayList<>();
            apply.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
                @Override
                public void warn(CharSequence content) {
                    warnings.add(content.toString());
                }
            });
            apply.run();
            assertEquals(List.of("-Ddb.acceptDataLoss has no effect on a fleet: the data pre-flight does not run per database (see Fleets, Pre-flight"
                    + " in the README). Run db:apply -Ddb.d1.databaseId=ID on a representative database first to see what it finds.",
                    "db.local.foreignKeysOff has no effect on a fleet of Cloudflare D1 databases: foreign keys stay on there."), warnings);
            assertEquals(List.of("t1"), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = 't1'"));
        }
    }

    /**
     * The fleet's refusal names db:apply -Ddb.d1.databaseId=ID, and its commands carry the id (mvn db:repair
     * -Ddb.d1.databaseId=ID); that db:apply on the one database refused the same history with a bare 'mvn db:repair', which run
     * as printed repairs the configured database (wrangler's, CLOUDFLARE_DATABASE_ID), not this one. Its commands now carry what
     * picked the database on the command line, as its printed restore command already did.
     */
    @Test
    void oneDatabasesRefusalCarriesTheIdInItsCommandsAsTheFleetsDoes(@TempDir Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), folder, GenerateOptions.batch().withName("one"));
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            standIn.execute(id, "CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric);"
                    + " INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
            ApplyMojo apply = apply(dir, standIn, false);
            apply.d1Databases = null;
            apply.d1DatabaseId = id;
            apply.session = OneDatabaseGoalsTest.commandLine("db.d1.databaseId", id, "db.d1.token", TOKEN);
            Exception e = assertThrows(Exception.class, apply::run);
            assertTrue(e.getMessage().startsWith("The database records migration(s) the folder does not have: created_at 1234"), e.getMessage());
            // drizzle's history keeps no time of apply: what to look up and where, no "-Ddb.timestamp=TIME" that fails as pasted
            assertTrue(e.getMessage().contains(" go back to before it (drizzle's history keeps no time of apply, so which bookmark is from before"
                    + " created_at 1234 (hash 0f0f0f0f0f0f) ran is not known here: it is the one the db:apply that ran it printed first"), e.getMessage());
            assertTrue(e.getMessage().contains("; give it to db:restore as -Ddb.bookmark, or a time before that run as -Ddb.timestamp) or start it afresh; if those rows are from an abandoned branch, remove them with mvn"
                    + " db:repair -Ddb.d1.databaseId=" + id + "; if the folder's migrations were squashed (or, with wrangler's history, renamed),"
                    + " mvn db:repair -Ddb.d1.databaseId=" + id + " records"), e.getMessage());
            assertTrue(!e.getMessage().contains(TOKEN), e.getMessage());
            assertEquals(List.of(), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = 't1'"));
        }
    }

    /**
     * db:status -Ddb.d1.databaseId=ID over a row from another branch and a copied row said 'remove the rows with mvn db:repair' and
     * 'mvn db:repair removes the copy', which run as printed repair the configured database; fleet status says mvn db:repair
     * -Ddb.d1.databaseId=ID. Now the commands carry what picked the database, as db:apply's do.
     */
    @Test
    void oneDatabasesStatusCarriesTheIdInItsRepairCommand(@TempDir Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), folder, GenerateOptions.batch().withName("one"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name"), TestTables.table("t2", "name")), List.of()), folder,
                GenerateOptions.batch().withName("two"));
        var first = folder.migrations().get(0);
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            standIn.execute(id, "CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric);"
                    + " INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + first.hash() + "', " + first.when() + ");"
                    + " INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + first.hash() + "', " + first.when() + ");"
                    + " INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
            StatusMojo status = new StatusMojo(null);
            status.project = new org.apache.maven.project.MavenProject();
            status.project.setFile(dir.resolve("pom.xml").toFile());
            status.project.getBuild().setDirectory(dir.resolve("target").toString());
            status.d1AccountId = ACCOUNT;
            status.d1Endpoint = standIn.endpoint();
            status.d1DatabaseId = id;
            status.session = OneDatabaseGoalsTest.commandLine("db.d1.databaseId", id, "db.d1.token", TOKEN);
            List<String> lines = new java.util.ArrayList<>();
            status.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
                @Override
                public void info(CharSequence content) {
                    lines.add(content.toString());
                }
            });
            status.run();
            assertTrue(lines.stream().anyMatch(l -> l.contains(first.tag() + " is recorded twice: mvn db:repair -Ddb.d1.databaseId=" + id
                    + " removes the copy (db:apply warns and goes on)")), lines.toString());
            assertTrue(lines.contains("The history records 1 migration(s) this folder does not have: created_at 1234 (hash 0f0f0f0f0f0f) (applied"
                    + " from another branch, or dropped after it ran here). db:apply refuses to apply the pending ones on top while they remain:"
                    + " merge the branch that has them, or, if they were abandoned, remove the rows with mvn db:repair -Ddb.d1.databaseId=" + id + "."),
                    lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains(TOKEN)), lines.toString());
        }
    }

    /**
     * db:baseline -Ddb.d1.databaseId=ID (the command a fleet failure names, for a database that already has a migration's
     * changes) over a copied row said 'Remove the copy with mvn db:repair ..., then run mvn db:baseline -Ddb.baseline=TAG again':
     * both, run as printed, work on the configured database, not ID. Now they carry what picked the database.
     */
    @Test
    void oneDatabasesBaselineRefusalCarriesTheIdInItsCommands(@TempDir Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), folder, GenerateOptions.batch().withName("one"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name"), TestTables.table("t2", "name")), List.of()), folder,
                GenerateOptions.batch().withName("two"));
        var first = folder.migrations().get(0);
        var second = folder.migrations().get(1);   // its changes pushed, unrecorded: what db:baseline records
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            standIn.execute(id, String.join(";\n", first.statements()));
            standIn.execute(id, String.join(";\n", second.statements()));
            standIn.execute(id, "CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric);"
                    + " INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + first.hash() + "', " + first.when() + ");"
                    + " INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + first.hash() + "', " + first.when() + ")");
            BaselineMojo baseline = new BaselineMojo(null);
            baseline.project = new org.apache.maven.project.MavenProject();
            baseline.project.setFile(dir.resolve("pom.xml").toFile());
            baseline.project.getBuild().setDirectory(dir.resolve("target").toString());
            baseline.d1AccountId = ACCOUNT;
            baseline.d1Endpoint = standIn.endpoint();
            baseline.d1DatabaseId = id;
            baseline.session = OneDatabaseGoalsTest.commandLine("db.d1.databaseId", id, "db.d1.token", TOKEN);
            var tag = BaselineMojo.class.getDeclaredField("baseline");
            tag.setAccessible(true);
            tag.set(baseline, second.tag());
            Exception e = assertThrows(Exception.class, baseline::run);
            assertTrue(e.getMessage().contains("(drizzle-orm's migrator run twice at once, or a restore merged in). Remove the copy with mvn db:repair"
                    + " -Ddb.d1.databaseId=" + id + " (it keeps one row; in batch mode add -Ddb.force), then run mvn db:baseline -Ddb.baseline="
                    + second.tag() + " -Ddb.d1.databaseId=" + id + " again. Nothing was recorded."), e.getMessage());
            assertEquals(2, standIn.rows(id, "SELECT created_at FROM __drizzle_migrations").size(), "nothing recorded");
        }
    }

    /**
     * The two goals over one fleet say the same of a history holding another branch's row: db:status called both databases
     * failing, where db:apply only warns of the row on the one with nothing pending (it is up to date) and refuses the one with
     * migrations pending on top. Now db:status says what db:apply does, with the same warning and the same refusal.
     */
    @Test
    void fleetStatusSaysWhatTheFleetApplyDoesWithARowFromAnotherBranch(@TempDir Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), folder, GenerateOptions.batch().withName("one"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name"), TestTables.table("t2", "name")), List.of()), folder,
                GenerateOptions.batch().withName("two"));
        var migrations = folder.migrations();
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String done = standIn.createDatabase("tenant-0001");
            String behind = standIn.createDatabase("tenant-0002");
            for (String id : List.of(done, behind)) {
                StringBuilder history = new StringBuilder("CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL,"
                        + " created_at numeric); INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234);");
                for (var m : id.equals(done) ? migrations : migrations.subList(0, 1)) {
                    standIn.execute(id, String.join(";\n", m.statements()));
                    history.append(" INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('").append(m.hash()).append("', ").append(m.when()).append(");");
                }
                standIn.execute(id, history.toString());
            }
            String warning = "tenant-0001 (" + done + "): The database records a migration that is not in the folder: created_at 1234 (hash"
                    + " 0f0f0f0f0f0f) (applied from another branch?)";
            String refusal = "The database records migration(s) the folder does not have: created_at 1234 (hash 0f0f0f0f0f0f). Applying the"
                    + " pending ones on top";

            StatusMojo status = new StatusMojo(null);
            status.project = new org.apache.maven.project.MavenProject();
            status.project.setFile(dir.resolve("pom.xml").toFile());
            status.project.getBuild().setDirectory(dir.resolve("target").toString());
            status.d1Databases = "name:tenant-*";
            status.d1AccountId = ACCOUNT;
            status.d1Endpoint = standIn.endpoint();
            status.fleetConcurrency = 1;
            status.d1RateLimit = 1100;
            status.d1RateLimitWindowSeconds = 300;
            status.session = OneDatabaseGoalsTest.commandLine("db.d1.databases", "name:tenant-*", "db.d1.token", TOKEN);
            List<String> statusLog = new java.util.ArrayList<>();
            status.setLog(recording(statusLog));
            status.run();
            assertTrue(statusLog.contains("WARN " + warning), statusLog.toString());
            assertTrue(statusLog.contains("INFO   by status: failing 1, up-to-date 1"), statusLog.toString());
            assertTrue(statusLog.stream().anyMatch(l -> l.startsWith("WARN     tenant-0002 (" + behind + ") ") && l.contains(") " + refusal)),
                    statusLog.toString());

            ApplyMojo apply = apply(dir, standIn, false);
            List<String> applyLog = new java.util.ArrayList<>();
            apply.setLog(recording(applyLog));
            FleetException e = assertThrows(FleetException.class, apply::run);
            assertTrue(applyLog.contains("WARN " + warning), applyLog.toString());
            assertTrue(applyLog.contains("INFO   by status: failed 1, up-to-date 1"), applyLog.toString());
            assertTrue(e.getMessage().contains("\n  - tenant-0002 (" + behind + "): " + refusal), e.getMessage());
            assertEquals(List.of(), standIn.rows(behind, "SELECT name FROM sqlite_master WHERE name = 't2'"), "nothing applied on top");
        }
    }

    /** A Maven log that keeps each line, as "INFO text" / "WARN text". */
    private static org.apache.maven.plugin.logging.Log recording(List<String> lines) {
        return new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add("INFO " + content);
            }

            @Override
            public void warn(CharSequence content) {
                lines.add("WARN " + content);
            }
        };
    }

    /**
     * A fleet applied in a wrangler environment (-Ddb.env=production: its account_id) named, for a database D1 refused, 'Run db:apply
     * -Ddb.d1.databaseId=ID' alone, which run as printed looks for ID in the top level's account. The goal now gives the runner its
     * environment, and the folder and history table given on the command line, for every command it prints.
     */
    @Test
    void aFleetsCommandsForOneDatabaseCarryTheRunsEnvironment(@TempDir Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), folder, GenerateOptions.batch().withName("one"));
        java.nio.file.Files.writeString(dir.resolve("wrangler.toml"), "account_id = \"ffffffffffffffffffffffffffffffff\"\n[env.production]\n"
                + "account_id = \"" + ACCOUNT + "\"\n");
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            standIn.execute(id, "CREATE TABLE t1 (x)");
            ApplyMojo apply = apply(dir, standIn, false);
            apply.d1AccountId = null;   // the environment's account_id
            apply.env = "production";
            apply.session = OneDatabaseGoalsTest.commandLine("db.d1.databases", "name:tenant-*", "db.d1.token", TOKEN, "db.env", "production",
                    "db.migrationsTable", "__drizzle_migrations", "db.tablesFilter", "!legacy_*");
            var acceptDataLoss = ApplyMojo.class.getDeclaredField("acceptDataLoss");
            acceptDataLoss.setAccessible(true);
            acceptDataLoss.setBoolean(apply, true);
            List<String> warnings = new java.util.ArrayList<>();
            apply.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
                @Override
                public void warn(CharSequence content) {
                    warnings.add(content.toString());
                }
            });
            FleetException e = assertThrows(FleetException.class, apply::run);
            assertTrue(warnings.get(0).endsWith(" Run db:apply -Ddb.d1.databaseId=ID -Ddb.env=production -Ddb.migrationsTable=__drizzle_migrations"
                    + " '-Ddb.tablesFilter=!legacy_*' on a"
                    + " representative database first to see what it finds."), warnings.toString());
            assertTrue(e.getMessage().contains("table `t1` already exists: SQLITE_ERROR. Run db:apply -Ddb.d1.databaseId=" + id + " -Ddb.env=production"
                    + " -Ddb.migrationsTable=__drizzle_migrations '-Ddb.tablesFilter=!legacy_*' to have the failing statement named."), e.getMessage());
            // the filter too: pasted without it, the db:baseline's comparison took another system's tables for the schema's
            assertTrue(e.getMessage().contains("record it as applied instead: mvn db:baseline -Ddb.d1.databaseId=" + id + " -Ddb.env=production"
                    + " -Ddb.migrationsTable=__drizzle_migrations '-Ddb.tablesFilter=!legacy_*' -Ddb.baseline="), e.getMessage());
            assertTrue(!e.getMessage().contains(TOKEN), e.getMessage());
        }
    }

    /**
     * A POM's {@code <d1DatabaseId>} (production's database, for the goals of one database) with a fleet of another environment
     * (-Ddb.env=staging -Ddb.d1.databases=name:tenant-*): the id names no database of the run, yet picking a binding by it
     * (d1user16) refused the fleet ('is the database_id of [env.production] ... not of a binding of [env.staging]'). A fleet run
     * now leaves the configured id out of the binding's choice: staging's folder and history table, the fleet applied.
     */
    @Test
    void aConfiguredDatabaseIdOfAnotherEnvironmentDoesNotStopAFleetRun(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("wrangler.toml"), """
                name = "shop"
                [env.staging]
                [[env.staging.d1_databases]]
                binding = "DB"
                database_name = "shop-staging"
                database_id = "11111111-1111-1111-1111-111111111111"
                migrations_dir = "drizzle"
                migrations_table = "staging_history"
                [env.production]
                [[env.production.d1_databases]]
                binding = "DB"
                database_name = "shop-prod"
                database_id = "22222222-2222-2222-2222-222222222222"
                migrations_dir = "drizzle"
                """);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), folder, GenerateOptions.batch().withName("one"));
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            ApplyMojo apply = apply(dir, standIn, false);
            apply.env = "staging";
            apply.d1DatabaseId = "22222222-2222-2222-2222-222222222222";   // the POM's, not on the command line
            apply.run();
            assertEquals(List.of("t1"), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = 't1'"));
            assertEquals(1, standIn.rows(id, "SELECT name FROM staging_history").size());
        }
    }

    /**
     * -Ddb.fleet.batch (on by default): a database's row-free pending migrations go in one request; false: one request each. The
     * default is read from the plugin's descriptor, as Maven injects it.
     */
    @Test
    void fleetBatchIsOnByDefaultAndFalseSendsOneRequestPerMigration(@TempDir Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        List<dev.godwit.schema.model.TableDef> tables = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            tables.add(TestTables.table("t" + i, "name"));
            new Generator(java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z").plusSeconds(i), java.time.ZoneOffset.UTC),
                    new java.util.Random(i)).generate(new SchemaDef(List.copyOf(tables), List.of()), folder, GenerateOptions.batch().withName("step" + i));
        }
        String descriptor = java.nio.file.Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        assertTrue(descriptor.contains("<fleetBatch implementation=\"boolean\" default-value=\"true\">${db.fleet.batch}</fleetBatch>"),
                "db.fleet.batch defaults to true in the descriptor");
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String on = standIn.createDatabase("tenant-0001");
            ApplyMojo batched = apply(dir, standIn, false);
            batched.fleetBatch = true;
            batched.run();
            assertEquals(2, standIn.callsTo(on), "the history's read, then one request for the 3 migrations");
            assertEquals(3, standIn.rows(on, "SELECT created_at FROM __drizzle_migrations").size());

            String off = standIn.createDatabase("tenant-0002");
            ApplyMojo single = apply(dir, standIn, false);
            single.fleetBatch = false;
            single.run();
            assertEquals(4, standIn.callsTo(off), "the history's read, then one request per migration");
            assertEquals(3, standIn.rows(off, "SELECT created_at FROM __drizzle_migrations").size());
        }
    }

    private static ApplyMojo apply(Path dir, D1FleetStandIn standIn, boolean ignoreMissing) throws Exception {
        ApplyMojo apply = new ApplyMojo(null);
        apply.project = new org.apache.maven.project.MavenProject();
        apply.project.setFile(dir.resolve("pom.xml").toFile());
        apply.project.getBuild().setDirectory(dir.resolve("target").toString());
        apply.d1Databases = "name:tenant-*";
        apply.d1AccountId = ACCOUNT;
        apply.d1Endpoint = standIn.endpoint();
        apply.fleetConcurrency = 2;   // the defaults Maven would inject
        apply.d1RateLimit = 1100;
        apply.d1RateLimitWindowSeconds = 300;
        apply.session = OneDatabaseGoalsTest.commandLine("db.d1.databases", "name:tenant-*", "db.d1.token", TOKEN);
        var field = ApplyMojo.class.getDeclaredField("ignoreMissing");
        field.setAccessible(true);
        field.setBoolean(apply, ignoreMissing);
        return apply;
    }
}
