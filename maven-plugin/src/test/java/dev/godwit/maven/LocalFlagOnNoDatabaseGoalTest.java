package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -Dlocal on a goal that works on no database (db:generate, db:rebase, db:up, db:verify without -Ddb.drift) was passed over
 * without a word, where -Dremote gets a warning ({@link RemoteFlagAsPropertyTest}): mvn db:verify -Dlocal read as a check of the
 * local file and compared none. The same warning now, by the same path; neither where another goal of the run reads the flag
 * (mvn db:generate db:apply -Dlocal, the README's first command: the apply works on the local file).
 */
class LocalFlagOnNoDatabaseGoalTest {

    @TempDir
    Path dir;

    <M extends AbstractGodwitMojo> M goal(M mojo, String goal, List<String> goals, String... commandLine) {
        mojo.project = new org.apache.maven.project.MavenProject();
        mojo.project.setFile(dir.resolve("pom.xml").toFile());
        mojo.session = OneDatabaseGoalsTest.commandLine(commandLine);
        mojo.session.getRequest().setGoals(goals);
        mojo.mojoExecution = RemoteFlagAsPropertyTest.execution(goal);
        return mojo;
    }

    @Test
    void localOnAGoalThatWorksOnNoDatabaseIsWarnedOf() {
        assertEquals("-Dlocal has no effect on db:generate: db:generate works on no database (it writes the next migration from the schema"
                + " and the folder, the same for the local file and Cloudflare D1). Ignored.",
                goal(new GenerateMojo(null, null, null), "generate", List.of("db:generate"), "local", "").localFlagIgnored());
        assertEquals("-Dlocal has no effect on db:rebase: db:rebase works on no database (it rewrites the migrations folder after a merge). Ignored.",
                goal(new RebaseMojo(null), "rebase", List.of("db:rebase"), "local", "true").localFlagIgnored());
        assertEquals("-Dlocal=false has no effect on db:up: db:up works on no database (it upgrades the folder's snapshots and layout). Ignored.",
                goal(new UpMojo(null), "up", List.of("db:up"), "local", "false").localFlagIgnored());
        assertEquals("-Dlocal has no effect on db:verify: db:verify works on no database (without -Ddb.drift it checks the migrations folder"
                + " against the schema; mvn db:verify -Ddb.drift compares the database (Cloudflare D1 unless -Dlocal) with the folder too). Ignored.",
                goal(new VerifyMojo(null), "verify", List.of("verify"), "local", "").localFlagIgnored());
        assertNull(goal(new GenerateMojo(null, null, null), "generate", List.of("db:generate")).localFlagIgnored(), "no -Dlocal, no word");
        assertNull(goal(new StatusMojo(null), "status", List.of("db:status"), "local", "").localFlagIgnored(), "db:status reads the local file");
    }

    /** db:verify -Ddb.drift reads a database: -Dlocal picks it, no word. */
    @Test
    void localOnVerifyWithDriftIsRead() throws Exception {
        VerifyMojo drift = goal(new VerifyMojo(null), "verify", List.of("db:verify"), "local", "", "db.drift", "true");
        java.lang.reflect.Field f = VerifyMojo.class.getDeclaredField("drift");
        f.setAccessible(true);
        f.set(drift, true);
        assertNull(drift.localFlagIgnored());
    }

    /**
     * Another goal of the run works on a database: the flag is for it, and db:generate says nothing of it (it would on every
     * mvn db:generate db:apply -Dlocal); -Dremote likewise, by the same path. A goal named in full counts too; one that works on
     * no database (db:verify without -Ddb.drift) or a phase does not.
     */
    @Test
    void noWordWhereAnotherGoalOfTheRunReadsTheFlag() {
        assertNull(goal(new GenerateMojo(null, null, null), "generate", List.of("db:generate", "db:apply"), "local", "").localFlagIgnored());
        assertNull(goal(new GenerateMojo(null, null, null), "generate", List.of("db:generate", "db:apply"), "remote", "").remoteFlagIgnored());
        assertNull(goal(new GenerateMojo(null, null, null), "generate", List.of("db:generate", "dev.godwit:godwit-maven-plugin:0.1.0-SNAPSHOT:status"),
                "local", "").localFlagIgnored());
        assertNull(goal(new GenerateMojo(null, null, null), "generate", List.of("db:generate", "db:verify"), "local", "", "db.drift", "")
                .localFlagIgnored(), "db:verify -Ddb.drift reads the local file");
        assertEquals("-Dlocal has no effect on db:generate: db:generate works on no database (it writes the next migration from the schema"
                + " and the folder, the same for the local file and Cloudflare D1). Ignored.",
                goal(new GenerateMojo(null, null, null), "generate", List.of("db:generate", "db:verify", "install"), "local", "").localFlagIgnored());
    }
}
