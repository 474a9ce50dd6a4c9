package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -Ddb.fleet.batch batches a fleet's requests (FleetRunner); given to db:apply of one database (-Dlocal, or one Cloudflare D1
 * database) it was passed over without a word, as if it had sent the migrations in one request. It is warned of now, by the path
 * -Dremote and -Dlocal take on a goal that ignores them, and the apply goes on; on a fleet it says nothing.
 */
class FleetBatchOnOneDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void fleetBatchOnTheLocalFileIsWarnedOf() throws Exception {
        oneMigration();
        ApplyMojo apply = apply("local", "true", "db.fleet.batch", "false");
        apply.local = true;
        apply.localPath = dir.resolve("local.sqlite").toFile();
        assertEquals(List.of("-Ddb.fleet.batch=false has no effect on db:apply of one database: it applies to a fleet (-Ddb.d1.databases). Ignored."), fleetBatchWarnings(apply));
        assertEquals(1, tables(dir.resolve("local.sqlite")), "applied all the same");
    }

    @Test
    void fleetBatchOnOneD1DatabaseIsWarnedOf() throws Exception {
        oneMigration();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), FleetApplyGoalTest.ACCOUNT, "db-1", FleetApplyGoalTest.TOKEN)) {
            ApplyMojo single = remote(standIn.endpoint(), "db.d1.databaseId", "db-1", "db.d1.token", FleetApplyGoalTest.TOKEN, "db.fleet.batch", "");
            single.d1DatabaseId = "db-1";
            assertEquals(List.of("-Ddb.fleet.batch has no effect on db:apply of one database: it applies to a fleet (-Ddb.d1.databases). Ignored."), fleetBatchWarnings(single));

            ApplyMojo without = remote(standIn.endpoint(), "db.d1.databaseId", "db-1", "db.d1.token", FleetApplyGoalTest.TOKEN);
            without.d1DatabaseId = "db-1";
            assertEquals(List.of(), fleetBatchWarnings(without), "not given, no word");
        }
        assertEquals(1, tables(dir.resolve("d1.sqlite")), "applied all the same");
    }

    @Test
    void fleetBatchOnAFleetIsRead() throws Exception {
        oneMigration();
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), FleetApplyGoalTest.ACCOUNT, FleetApplyGoalTest.TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            ApplyMojo fleet = remote(standIn.endpoint(), "db.d1.databases", "name:tenant-*", "db.d1.token", FleetApplyGoalTest.TOKEN, "db.fleet.batch", "false");
            fleet.d1Databases = "name:tenant-*";
            assertEquals(List.of(), fleetBatchWarnings(fleet));
            assertEquals(List.of("t1"), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = 't1'"));
        }
    }

    /** How many tables named t1 the SQLite file holds. */
    private static int tables(Path file) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 't1'")) {
            return rs.getInt(1);
        }
    }

    private void oneMigration() {
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), MigrationsFolder.at(dir.resolve("drizzle")),
                GenerateOptions.batch().withName("one"));
    }

    private ApplyMojo apply(String... commandLine) {
        ApplyMojo apply = new ApplyMojo(null);
        apply.project = new org.apache.maven.project.MavenProject();
        apply.project.setFile(dir.resolve("pom.xml").toFile());
        apply.project.getBuild().setDirectory(dir.resolve("target").toString());
        apply.session = OneDatabaseGoalsTest.commandLine(commandLine);
        apply.mojoExecution = new org.apache.maven.plugin.MojoExecution(goal("apply"));
        apply.fleetBatch = true;   // the defaults Maven would inject
        apply.backups = 5;
        return apply;
    }

    /** The goal's descriptor as Maven reads it, from the plugin's own descriptor (its parameters, its plugin). */
    static org.apache.maven.plugin.descriptor.MojoDescriptor goal(String goal) {
        try (var in = java.nio.file.Files.newBufferedReader(Path.of("target/classes/META-INF/maven/plugin.xml"))) {
            return new org.apache.maven.plugin.descriptor.PluginDescriptorBuilder().build(in).getMojo(goal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ApplyMojo remote(String endpoint, String... commandLine) {
        ApplyMojo apply = apply(commandLine);
        apply.d1AccountId = FleetApplyGoalTest.ACCOUNT;
        apply.d1Endpoint = endpoint;
        apply.fleetConcurrency = 2;
        apply.d1RateLimit = 1100;
        apply.d1RateLimitWindowSeconds = 300;
        return apply;
    }

    /** Runs the goal as Maven does and returns its warnings that name -Ddb.fleet.batch. */
    private static List<String> fleetBatchWarnings(ApplyMojo apply) throws Exception {
        List<String> warnings = new ArrayList<>();
        apply.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                if (content.toString().contains("db.fleet.batch")) warnings.add(content.toString());
            }
        });
        apply.execute();
        return warnings;
    }
}
