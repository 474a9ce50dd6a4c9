package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet's settings (-Ddb.fleet.canary, failFast, concurrency, outageWait, sameFailureStop, skipDoneIn, batch) given to db:apply or
 * db:status of one database: only -Ddb.fleet.batch was warned of (and -Ddb.fleet.skipDoneIn in words of its own), the others passed
 * over without a word. Every one given is named now, in one line, from the goal's own parameters; on a fleet nothing is said.
 */
class FleetFlagsOnOneDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void everyFleetFlagOnAnApplyOfTheLocalFileIsNamedInOneLine() throws Exception {
        oneMigration();
        AbstractGodwitMojo apply = local(new ApplyMojo(null), "apply", "local", "true", "db.fleet.canary", "2", "db.fleet.failFast", "",
                "db.fleet.concurrency", "4", "db.fleet.outageWait", "30", "db.fleet.sameFailureStop", "0", "db.fleet.skipDoneIn",
                "target/godwit/fleet-1.json", "db.fleet.batch", "false");
        assertEquals(List.of("-Ddb.fleet.batch=false, -Ddb.fleet.canary=2, -Ddb.fleet.concurrency=4, -Ddb.fleet.failFast, -Ddb.fleet.outageWait=30,"
                + " -Ddb.fleet.sameFailureStop=0 and -Ddb.fleet.skipDoneIn=target/godwit/fleet-1.json have no effect on db:apply of one database:"
                + " they apply to a fleet (-Ddb.d1.databases). Ignored."), fleetWarnings(apply));
        assertEquals(1, tables(dir.resolve("local.sqlite")), "applied all the same");
    }

    @Test
    void oneFleetFlagOnAnApplyOfTheLocalFile() throws Exception {
        oneMigration();
        AbstractGodwitMojo apply = local(new ApplyMojo(null), "apply", "local", "true", "db.fleet.canary", "2");
        assertEquals(List.of("-Ddb.fleet.canary=2 has no effect on db:apply of one database: it applies to a fleet (-Ddb.d1.databases). Ignored."),
                fleetWarnings(apply));
    }

    @Test
    void fleetFlagsOnAStatusOfTheLocalFile() throws Exception {
        oneMigration();
        AbstractGodwitMojo status = local(new StatusMojo(null), "status", "local", "true", "db.fleet.concurrency", "4", "db.fleet.outageWait", "30");
        assertEquals(List.of("-Ddb.fleet.concurrency=4 and -Ddb.fleet.outageWait=30 have no effect on db:status of one database: they apply to a"
                + " fleet (-Ddb.d1.databases). Ignored."), fleetWarnings(status));
        AbstractGodwitMojo without = local(new StatusMojo(null), "status", "local", "true");
        assertEquals(List.of(), fleetWarnings(without), "none given, no word");
    }

    @Test
    void fleetFlagsOnADriftCheckOfTheLocalFile() throws Exception {
        oneMigration();
        VerifyMojo verify = (VerifyMojo) local(new VerifyMojo(null), "verify", "local", "true", "db.drift", "true", "db.fleet.concurrency", "4");
        java.lang.reflect.Field drift = VerifyMojo.class.getDeclaredField("drift");   // as Maven injects -Ddb.drift
        drift.setAccessible(true);
        drift.set(verify, true);
        List<String> warnings = new ArrayList<>();
        verify.setLog(warningsInto(warnings));
        try {
            verify.execute();
        } catch (Exception checkOutcome) {
            // the check's own outcome is not this test's: the warning comes before it
        }
        assertEquals(List.of("-Ddb.fleet.concurrency=4 has no effect on db:verify of one database: it applies to a fleet (-Ddb.d1.databases). Ignored."),
                warnings);
    }

    @Test
    void fleetFlagsOnAFleetAreRead() throws Exception {
        oneMigration();
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), FleetApplyGoalTest.ACCOUNT, FleetApplyGoalTest.TOKEN, 4)) {
            String id = standIn.createDatabase("tenant-0001");
            ApplyMojo fleet = (ApplyMojo) mojo(new ApplyMojo(null), "apply", "db.d1.databases", "name:tenant-*", "db.d1.token", FleetApplyGoalTest.TOKEN,
                    "db.fleet.canary", "1", "db.fleet.concurrency", "2", "db.fleet.failFast", "true", "db.fleet.outageWait", "30");
            fleet.d1Databases = "name:tenant-*";
            fleet.d1AccountId = FleetApplyGoalTest.ACCOUNT;
            fleet.d1Endpoint = standIn.endpoint();
            fleet.fleetConcurrency = 2;
            fleet.fleetCanary = 1;
            fleet.fleetFailFast = true;
            fleet.fleetOutageWaitSeconds = 30;
            fleet.d1RateLimit = 1100;
            fleet.d1RateLimitWindowSeconds = 300;
            assertEquals(List.of(), fleetWarnings(fleet));
            assertEquals(List.of("t1"), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = 't1'"));
        }
    }

    private AbstractGodwitMojo local(AbstractGodwitMojo mojo, String goal, String... commandLine) {
        mojo(mojo, goal, commandLine);
        mojo.local = true;
        mojo.localPath = dir.resolve("local.sqlite").toFile();
        return mojo;
    }

    private AbstractGodwitMojo mojo(AbstractGodwitMojo mojo, String goal, String... commandLine) {
        mojo.project = new org.apache.maven.project.MavenProject();
        mojo.project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project.getBuild().setDirectory(dir.resolve("target").toString());
        mojo.session = OneDatabaseGoalsTest.commandLine(commandLine);
        mojo.mojoExecution = new org.apache.maven.plugin.MojoExecution(FleetBatchOnOneDatabaseTest.goal(goal));
        if (mojo instanceof ApplyMojo apply) {
            apply.fleetBatch = true;   // the defaults Maven would inject
            apply.backups = 5;
        }
        return mojo;
    }

    private void oneMigration() {
        new Generator().generate(new SchemaDef(List.of(TestTables.table("t1", "name")), List.of()), MigrationsFolder.at(dir.resolve("drizzle")),
                GenerateOptions.batch().withName("one"));
    }

    private static int tables(Path file) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 't1'")) {
            return rs.getInt(1);
        }
    }

    /** Runs the goal as Maven does and returns its warnings that name a -Ddb.fleet.* flag. */
    private static List<String> fleetWarnings(AbstractGodwitMojo mojo) throws Exception {
        List<String> warnings = new ArrayList<>();
        mojo.setLog(warningsInto(warnings));
        mojo.execute();
        return warnings;
    }

    private static org.apache.maven.plugin.logging.Log warningsInto(List<String> warnings) {
        return new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                if (content.toString().contains("-Ddb.fleet.")) warnings.add(content.toString());
            }
        };
    }
}
