package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.GodwitException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Goals of one database and -Ddb.d1.databases. db:restore (db:push, db:drop, ...) never read the property: with
 * -Ddb.d1.databases=<tenant's id> -Ddb.bookmark=<tenant's bookmark> it restored the configured database (wrangler's config,
 * CLOUDFLARE_DATABASE_ID). And db:apply -Ddb.d1.databases=<id> printed a "to go back" command without the id, which does the same.
 */
class OneDatabaseGoalsTest {

    static final String ID = "0c8a5a4e-0000-4000-8000-000000000042";

    @Test
    void oneIdIsThatDatabaseAndAFleetIsRefused() {
        assertEquals(ID, AbstractGodwitMojo.oneDatabaseOf(" " + ID + " ", "db-1", "db:restore"));
        GodwitException e = assertThrows(GodwitException.class, () -> AbstractGodwitMojo.oneDatabaseOf("name:tenant-*", null, "db:restore"));
        assertEquals("-Ddb.d1.databases=name:tenant-* names a fleet, and db:restore works on one database: give its id with"
                + " -Ddb.d1.databaseId=<uuid> (or -Ddb.d1.databases=<uuid>). Nothing was done.", e.getMessage());
        assertThrows(GodwitException.class, () -> AbstractGodwitMojo.oneDatabaseOf(ID + "," + ID.replace('2', '3'), " ", "db:push"));
        assertThrows(GodwitException.class, () -> AbstractGodwitMojo.oneDatabaseOf("tenant-42", null, "db:push"), "a name is a fleet of one, not an id");
        assertEquals("db-1", AbstractGodwitMojo.oneDatabaseOf("name:tenant-*", "db-1", "db:studio"), "a fleet in the POM, one database given");
    }

    /**
     * A local goal names no D1 database: with a fleet in the POM (or on the command line), mvn db:push -Dlocal, db:studio
     * -Ddb.local.d1=DB or -Ddb.target=local was refused ("names a fleet, and db:push works on one database") since 9eda37a.
     */
    @Test
    void aLocalGoalIsNotAskedForOneDatabaseOfTheFleet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        RestoreMojo push = new RestoreMojo(null);
        push.project = new org.apache.maven.project.MavenProject();
        push.project.setFile(dir.resolve("pom.xml").toFile());
        push.d1Databases = "name:tenant-*";
        push.local = true;
        push.localPath = dir.resolve("local.sqlite").toFile();
        org.junit.jupiter.api.Assertions.assertInstanceOf(dev.godwit.engine.target.Target.LocalFile.class, push.target());
        push.local = false;
        push.target = " LOCAL ";
        org.junit.jupiter.api.Assertions.assertInstanceOf(dev.godwit.engine.target.Target.LocalFile.class, push.target());
        push.target = "d1";
        assertThrows(GodwitException.class, push::target, "a remote goal still refuses a fleet");
    }

    /**
     * A fleet in the POM (the deploy's <d1Databases>) and mvn db:apply -Dlocal (db:status, db:verify -Ddb.drift) on the
     * developer's machine: the local file, as -D wins over the POM (was: "-Ddb.d1.databases names Cloudflare D1 databases; it
     * cannot be combined with -Dlocal"). Both on the command line still contradict each other.
     */
    @Test
    void aFleetInThePomGivesWayToDlocal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ApplyMojo apply = new ApplyMojo(null);
        apply.project = new org.apache.maven.project.MavenProject();
        apply.project.setFile(dir.resolve("pom.xml").toFile());
        apply.d1Databases = "name:tenant-*";
        apply.local = true;
        apply.localPath = dir.resolve("local.sqlite").toFile();
        assertEquals(null, apply.fleet(), "one database: the local file");
        org.junit.jupiter.api.Assertions.assertInstanceOf(dev.godwit.engine.target.Target.LocalFile.class, apply.target());
        org.apache.maven.execution.DefaultMavenExecutionRequest request = new org.apache.maven.execution.DefaultMavenExecutionRequest();
        Properties user = new Properties();
        user.setProperty("db.d1.databases", "name:tenant-*");
        request.setUserProperties(user);
        apply.session = new org.apache.maven.execution.MavenSession(null, null, request, new org.apache.maven.execution.DefaultMavenExecutionResult());
        GodwitException e = assertThrows(GodwitException.class, apply::fleet);
        assertEquals("-Ddb.d1.databases names Cloudflare D1 databases; it cannot be combined with -Dlocal, -Ddb.local.d1 or -Ddb.target=local.",
                e.getMessage());
    }

    @Test
    void thePrintedCommandCarriesTheDatabasesProperty() {
        Properties p = new Properties();
        p.setProperty("db.d1.databases", ID);
        p.setProperty("db.env", "staging");   // carried by the caller from the goal's own field, not here
        assertEquals(" -Ddb.d1.databases=" + ID, AbstractGodwitMojo.pickedOnCommandLine(p));
        p.setProperty("db.d1.databaseId", "db-1");
        assertEquals(" -Ddb.d1.databaseId=db-1 -Ddb.d1.databases=" + ID, AbstractGodwitMojo.pickedOnCommandLine(p));
    }
}
