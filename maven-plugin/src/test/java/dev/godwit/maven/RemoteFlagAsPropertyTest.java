package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * wrangler's --remote typed as a Maven property, {@code -Dremote}: no goal reads it, so Maven passed it on unread. With -Dlocal
 * (which wrangler refuses beside --remote), or a POM whose {@code <target>local</target>} picks the local file, mvn db:apply
 * -Dremote applied to the local file while the user meant Cloudflare D1; {@code -Dremote=false} went to D1 while the user meant
 * the local file. Each is refused before anything runs, naming Godwit's setting; where the run goes to D1 anyway, -Dremote passes.
 */
class RemoteFlagAsPropertyTest {

    @TempDir
    Path dir;

    ApplyMojo apply(String... commandLine) {
        ApplyMojo apply = new ApplyMojo(null);
        apply.project = new org.apache.maven.project.MavenProject();
        apply.project.setFile(dir.resolve("pom.xml").toFile());
        apply.localPath = dir.resolve("local.sqlite").toFile();
        apply.session = OneDatabaseGoalsTest.commandLine(commandLine);
        return apply;
    }

    @Test
    void remoteBesideDlocalIsRefused() {
        ApplyMojo apply = apply("local", "true", "remote", "true");
        apply.local = true;
        GodwitException e = assertThrows(GodwitException.class, apply::target);
        assertEquals("-Dremote is no setting of Godwit, so Maven passes it on unread, and this run would work on the local file (-Dlocal picks"
                + " it), not on Cloudflare D1; wrangler too refuses --remote with --local. Keep -Dlocal for the local file, or leave both out for"
                + " Cloudflare D1 (the default). Nothing was done.", e.getMessage());
        assertEquals(false, Files.exists(dir.resolve("local.sqlite")), "nothing opened");
    }

    @Test
    void remoteUnderAPomTargetingTheLocalFileIsRefused() {
        ApplyMojo apply = apply("remote", "");
        apply.target = "local";
        GodwitException e = assertThrows(GodwitException.class, apply::target);
        assertEquals("-Dremote is no setting of Godwit, so Maven passes it on unread, and this run would work on the local file"
                + " (<target>local</target> in the POM picks it), not on Cloudflare D1. Godwit's setting for wrangler's --remote is"
                + " -Ddb.target=d1: give that instead. Nothing was done.", e.getMessage());
    }

    @Test
    void remoteFalseOnARunGoingToD1IsRefused() {
        GodwitException e = assertThrows(GodwitException.class, apply("remote", "false")::target);
        assertEquals("-Dremote=false is no setting of Godwit, so Maven passes it on unread, and this run would go to Cloudflare D1 (the"
                + " default without -Dlocal), not to the local file. Godwit's setting for wrangler's --local is -Dlocal: give that instead."
                + " Nothing was done.", e.getMessage());
    }

    @Test
    void remoteOnARunGoingToD1OrFalseOnALocalOnePasses() {
        ApplyMojo local = apply("local", "true", "remote", "false");
        local.local = true;
        assertInstanceOf(Target.LocalFile.class, local.target());
        ApplyMojo d1 = apply("remote", "true", "db.d1.accountId", "acct");
        d1.d1AccountId = "acct";
        d1.d1DatabaseId = "0c8a5a4e-0000-4000-8000-000000000042";
        GodwitException e = assertThrows(GodwitException.class, d1::target, "no token: D1's settings are incomplete, no word of -Dremote");
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("-Dremote"), e.getMessage());
    }

    /** The goal's execution as Maven hands it over: its name is what the warning names. */
    static org.apache.maven.plugin.MojoExecution execution(String goal) {
        return new org.apache.maven.plugin.MojoExecution(FleetBatchOnOneDatabaseTest.goal(goal));
    }

    <M extends AbstractGodwitMojo> M goal(M mojo, String goal, String... commandLine) {
        mojo.project = new org.apache.maven.project.MavenProject();
        mojo.project.setFile(dir.resolve("pom.xml").toFile());
        mojo.session = OneDatabaseGoalsTest.commandLine(commandLine);
        mojo.mojoExecution = execution(goal);
        return mojo;
    }

    /**
     * db:generate, db:rebase, db:up and db:verify without -Ddb.drift work on no database: -Dremote on them (mvn db:verify -Dremote,
     * meant as a check of Cloudflare D1) passed without a word, as if it had been read. Each warns now, naming the flag and why it
     * has no effect (db:verify the -Ddb.drift that compares a database); goals that pick a database read it as before.
     */
    @Test
    void remoteOnAGoalThatWorksOnNoDatabaseIsWarnedOf() throws Exception {
        assertEquals("-Dremote has no effect on db:generate: it is wrangler's flag, no setting of Godwit, and db:generate works on no database"
                + " (it writes the next migration from the schema and the folder, the same for the local file and Cloudflare D1). Ignored.",
                goal(new GenerateMojo(null, null, null), "generate", "remote", "").remoteFlagIgnored());
        assertEquals("-Dremote=false has no effect on db:rebase: it is wrangler's flag, no setting of Godwit, and db:rebase works on no database"
                + " (it rewrites the migrations folder after a merge). Ignored.",
                goal(new RebaseMojo(null), "rebase", "remote", "false").remoteFlagIgnored());
        assertEquals("-Dremote has no effect on db:up: it is wrangler's flag, no setting of Godwit, and db:up works on no database (it upgrades"
                + " the folder's snapshots and layout). Ignored.", goal(new UpMojo(null), "up", "remote", "true").remoteFlagIgnored());
        assertEquals("-Dremote has no effect on db:verify: it is wrangler's flag, no setting of Godwit, and db:verify works on no database (without"
                + " -Ddb.drift it checks the migrations folder against the schema; mvn db:verify -Ddb.drift compares the database (Cloudflare D1"
                + " unless -Dlocal) with the folder too). Ignored.", goal(new VerifyMojo(null), "verify", "remote", "").remoteFlagIgnored());
        org.junit.jupiter.api.Assertions.assertNull(goal(new GenerateMojo(null, null, null), "generate").remoteFlagIgnored(), "no -Dremote, no word");
        VerifyMojo drift = goal(new VerifyMojo(null), "verify", "remote", "", "db.drift", "true");
        java.lang.reflect.Field f = VerifyMojo.class.getDeclaredField("drift");
        f.setAccessible(true);
        f.set(drift, true);
        org.junit.jupiter.api.Assertions.assertNull(drift.remoteFlagIgnored(), "db:verify -Ddb.drift reads a database: -Dremote as db:apply reads it");
        org.junit.jupiter.api.Assertions.assertNull(goal(new StatusMojo(null), "status", "remote", "").remoteFlagIgnored(),
                "db:status reads the database: Cloudflare D1 with -Dremote, as without");
    }
}
