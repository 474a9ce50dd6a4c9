package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Goals of one database and -Ddb.d1.databases. db:restore (db:push, db:drop, ...) never read the property: with
 * -Ddb.d1.databases=<tenant's id> -Ddb.bookmark=<tenant's bookmark> it restored the configured database (wrangler's config,
 * CLOUDFLARE_DATABASE_ID). And db:apply -Ddb.d1.databases=<id> printed a "to go back" command without the id, which does the same.
 */
class OneDatabaseGoalsTest {

    static final String ID = "0c8a5a4e-0000-4000-8000-000000000042";

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
     * db:studio -Dlocal -Ddb.local.path=dev.sqlite with no file there said "create the database with mvn db:apply -Dlocal": run
     * as printed, that created the POM's database, not dev.sqlite. The command now carries the path the run was given.
     */
    @Test
    void noDatabaseAtAPathGivenOnTheCommandLineNamesItInTheApplyCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StudioMojo studio = new StudioMojo(null);
        studio.project = new org.apache.maven.project.MavenProject();
        studio.project.setFile(dir.resolve("pom.xml").toFile());
        studio.local = true;
        studio.localPath = dir.resolve("dev.sqlite").toFile();
        studio.session = commandLine("local", "true", "db.local.path", ".godwit/dev.sqlite");
        GodwitException e = assertThrows(GodwitException.class, studio::openExistingDatabase);
        assertEquals("There is no database at " + dir.resolve("dev.sqlite") + " (nothing has been applied there yet). Check the path"
                + " (-Ddb.local.path, or -Ddb.env / -Ddb.d1.binding for wrangler's local D1 file), or create the database with mvn db:apply"
                + " -Dlocal -Ddb.local.path=.godwit/dev.sqlite. Nothing was changed.", e.getMessage());
        assertFalse(java.nio.file.Files.exists(dir.resolve("dev.sqlite")), "no file created");
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

    /**
     * mvn db:apply -Ddb.local.persistTo=../.wrangler/state (or -Ddb.local.path=dev.sqlite) without -Dlocal: the setting was ignored
     * and the migrations went to Cloudflare D1, the configured (production) database. wrangler refuses --persist-to without --local;
     * the goal now refuses both settings on the command line without a local target, before any request.
     */
    @Test
    void aLocalSettingOnTheCommandLineWithoutDlocalIsRefusedBeforeAnythingGoesToD1(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        new dev.godwit.engine.generate.Generator().generate(new dev.godwit.schema.model.SchemaDef(List.of(dev.godwit.engine.testing.TestTables
                .table("t1", "name")), List.of()), folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("one"));
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok-77")) {
            for (String[] given : new String[][] {{"db.local.persistTo", "../.wrangler/state"}, {"db.local.path", "dev.sqlite"}, {"db.local.d1", "DB"}}) {
                ApplyMojo apply = new ApplyMojo(null);
                apply.project = new org.apache.maven.project.MavenProject();
                apply.project.setFile(dir.resolve("pom.xml").toFile());
                apply.project.getBuild().setDirectory(dir.resolve("target").toString());
                apply.d1AccountId = "acct";
                apply.d1DatabaseId = "db-1";
                apply.d1Endpoint = standIn.endpoint();
                apply.persistTo = dir.resolve("../.wrangler/state").toFile();   // as Maven injects the property
                if (given[0].equals("db.local.d1")) {
                    apply.localD1 = "DB";
                    apply.target = "d1";   // the POM's <target>
                }
                apply.session = commandLine("db.d1.token", "tok-77", given[0], given[1]);
                GodwitException e = assertThrows(GodwitException.class, apply::run, given[0]);
                assertEquals("-D" + given[0] + "=" + given[1] + " names a local database, but this run goes to Cloudflare D1 ("
                        + (given[0].equals("db.local.d1") ? "-Ddb.target=d1 picks it" : "there is no -Dlocal, -Ddb.local.d1 or -Ddb.target=local")
                        + "). Add -Dlocal to work on the local file, or leave -D" + given[0] + " out"
                        + (given[0].equals("db.local.persistTo") ? " (wrangler too refuses --persist-to without --local)" : "") + ". Nothing was done.",
                        e.getMessage());
            }
            assertEquals(0, standIn.requestCount(), "nothing sent to D1");
        }
    }

    /**
     * mvn db:status -Ddb.local.path=.godwit/dev.sqlite (no -Dlocal) in a project without D1 settings: db:status lists the
     * settings first, and that said "Cloudflare D1 settings are missing" (account id, database id, token), not a word about
     * the -Ddb.local.path given. It now gives db:apply's refusal of the local setting, which says to add -Dlocal.
     */
    @Test
    void statusWithALocalSettingButNoDlocalNamesTheSettingNotTheMissingD1Ones(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StatusMojo status = new StatusMojo(null);
        status.project = new org.apache.maven.project.MavenProject();
        status.project.setFile(dir.resolve("pom.xml").toFile());
        status.project.getBuild().setDirectory(dir.resolve("target").toString());
        status.localPath = dir.resolve(".godwit/dev.sqlite").toFile();   // as Maven injects the property
        status.session = commandLine("db.local.path", ".godwit/dev.sqlite");
        GodwitException e = assertThrows(GodwitException.class, status::run);
        assertEquals("-Ddb.local.path=.godwit/dev.sqlite names a local database, but this run goes to Cloudflare D1 (there is no -Dlocal,"
                + " -Ddb.local.d1 or -Ddb.target=local). Add -Dlocal to work on the local file, or leave -Ddb.local.path out. Nothing was done.",
                e.getMessage());
        assertTrue(!java.nio.file.Files.exists(dir.resolve(".godwit")), "no database made");
    }

    /**
     * A {@code <target>d1</target>} in the POM and mvn db:apply -Dlocal on the command line: db.target won, and the migrations went to
     * Cloudflare D1 (the configured, production, database) instead of the local file. -Dlocal on the command line now wins, as
     * every -D does over the POM; -Dlocal with -Ddb.target=d1 both on the command line is refused before anything is done.
     */
    @Test
    void dlocalOnTheCommandLineWinsOverThePomsTarget(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        new dev.godwit.engine.generate.Generator().generate(new dev.godwit.schema.model.SchemaDef(List.of(dev.godwit.engine.testing.TestTables
                .table("t1", "name")), List.of()), folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("one"));
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "tok-78")) {
            for (boolean targetOnCommandLine : new boolean[] {false, true}) {
                ApplyMojo apply = new ApplyMojo(null);
                apply.project = new org.apache.maven.project.MavenProject();
                apply.project.setFile(dir.resolve("pom.xml").toFile());
                apply.project.getBuild().setDirectory(dir.resolve("target").toString());
                apply.d1AccountId = "acct";
                apply.d1DatabaseId = "db-1";
                apply.d1Endpoint = standIn.endpoint();
                apply.target = "d1";   // the POM's <target>, or -Ddb.target=d1
                apply.local = true;
                apply.localPath = dir.resolve("local.sqlite").toFile();
                apply.session = targetOnCommandLine ? commandLine("local", "true", "db.target", "d1", "db.d1.token", "tok-78")
                        : commandLine("local", "true", "db.d1.token", "tok-78");
                if (targetOnCommandLine) {
                    org.apache.maven.plugin.MojoExecutionException e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, apply::execute);
                    assertEquals("-Dlocal and -Ddb.target=d1 are both on the command line and name different databases: keep -Dlocal for the local"
                            + " file, or -Ddb.target=d1 for Cloudflare D1. Nothing was done.", e.getMessage());
                } else {
                    apply.execute();
                    try (var db = dev.godwit.engine.db.SqliteDatabase.open(dir.resolve("local.sqlite"))) {
                        assertEquals(1, db.query("SELECT name FROM sqlite_master WHERE name = 't1'").size(), "applied to the local file");
                    }
                }
            }
            assertEquals(0, standIn.requestCount(), "nothing sent to D1");
        }
    }

    static org.apache.maven.execution.MavenSession commandLine(String... keyValues) {
        org.apache.maven.execution.DefaultMavenExecutionRequest request = new org.apache.maven.execution.DefaultMavenExecutionRequest();
        Properties user = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) user.setProperty(keyValues[i], keyValues[i + 1]);
        request.setUserProperties(user);
        return new org.apache.maven.execution.MavenSession(null, null, request, new org.apache.maven.execution.DefaultMavenExecutionResult());
    }

    /**
     * -Ddb.d1.databases=<id> -Ddb.d1.databaseId=<other> on one command line: the first silently won (db:apply, db:restore
     * worked on <id>), and a fleet with -Ddb.d1.databaseId made db:apply ignore the id. Both are now refused before any request.
     */
    @Test
    void twoDifferentDatabasesOnTheCommandLineAreRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String other = ID.replace("42", "43");
        ApplyMojo apply = new ApplyMojo(null);
        apply.project = new org.apache.maven.project.MavenProject();
        apply.project.setFile(dir.resolve("pom.xml").toFile());
        apply.d1Databases = ID;
        apply.d1DatabaseId = other;
        apply.session = commandLine("db.d1.databases", ID, "db.d1.databaseId", other);
        GodwitException e = assertThrows(GodwitException.class, apply::fleet);
        assertEquals("-Ddb.d1.databases=" + ID + " and -Ddb.d1.databaseId=" + other + " are both on the command line and name two different"
                + " databases. Keep the one you mean: -Ddb.d1.databaseId=" + other + " alone, or -Ddb.d1.databases=" + ID + " alone (one id"
                + " there is that database). Nothing was done.", e.getMessage());
        assertEquals(other, apply.d1DatabaseId, "not replaced");

        RestoreMojo restore = new RestoreMojo(null);
        restore.project = apply.project;
        restore.d1Databases = ID;
        restore.d1DatabaseId = other;
        restore.session = apply.session;
        assertEquals(e.getMessage(), assertThrows(GodwitException.class, restore::target).getMessage());

        apply.d1Databases = "name:tenant-*";
        apply.session = commandLine("db.d1.databases", "name:tenant-*", "db.d1.databaseId", other);
        e = assertThrows(GodwitException.class, apply::fleet);
        assertEquals("-Ddb.d1.databases=name:tenant-* (a fleet) and -Ddb.d1.databaseId=" + other + " (one database) are both on the command"
                + " line, and this goal works on one or the other. Drop -Ddb.d1.databaseId to work on the fleet, or -Ddb.d1.databases to work on "
                + other + " alone. Nothing was done.", e.getMessage());

        // the same id twice names one database; an id in the POM gives way to -Ddb.d1.databases on the command line, as -D does
        apply.d1Databases = ID;
        apply.d1DatabaseId = ID;
        apply.session = commandLine("db.d1.databases", ID, "db.d1.databaseId", ID);
        assertEquals(null, apply.fleet());
        apply.d1DatabaseId = other;
        apply.session = commandLine("db.d1.databases", ID);
        assertEquals(null, apply.fleet());
        assertEquals(ID, apply.d1DatabaseId);
    }

    /**
     * db:status -Ddb.d1.databases=<id> with <d1DatabaseId> in the POM worked on <id> but its settings said "database id: <id>
     * (from -Ddb.d1.databaseId / <d1DatabaseId>)", a property the user never gave. It now names the property that picked it.
     */
    @Test
    void theSettingsSayWhichPropertyPickedTheDatabase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StatusMojo status = new StatusMojo(null);
        status.project = new org.apache.maven.project.MavenProject();
        status.project.setFile(dir.resolve("pom.xml").toFile());
        status.d1Endpoint = "http://127.0.0.1:9/client/v4";
        status.d1AccountId = "0123456789abcdef0123456789abcdef";
        status.d1DatabaseId = "db-1";   // the POM's
        status.d1Databases = ID;
        status.session = commandLine("db.d1.databases", ID, "db.d1.token", "t0ken-never-shown");
        assertEquals(null, status.fleet());
        List<String> origins = status.settingsOrigins().stream().map(Object::toString).toList();
        assertTrue(origins.contains("database id: " + ID + " (from -Ddb.d1.databases, in place of the configured db-1)"), origins.toString());
        assertTrue(origins.stream().noneMatch(o -> o.contains("t0ken")), origins.toString());
    }

    /**
     * A fleet in the POM (the deploy's <d1Databases>) and mvn db:apply -Ddb.d1.databaseId=ID: the way on a fleet failure names
     * ("Run db:apply -Ddb.d1.databaseId=ID to have the failing statement named", README's "apply to one representative database
     * first") applied to the whole fleet, the id unused. The one database now, as -D wins over the POM (as -Dlocal does).
     */
    @Test
    void aFleetInThePomGivesWayToOneDatabaseIdOnTheCommandLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String other = ID.replace("42", "43");
        ApplyMojo apply = new ApplyMojo(null);
        apply.project = new org.apache.maven.project.MavenProject();
        apply.project.setFile(dir.resolve("pom.xml").toFile());
        apply.d1Endpoint = "http://127.0.0.1:9/client/v4";
        apply.d1AccountId = "0123456789abcdef0123456789abcdef";
        apply.d1Databases = "name:tenant-*";   // the POM's
        apply.d1DatabaseId = other;
        apply.session = commandLine("db.d1.databaseId", other, "db.d1.token", "t0ken-never-shown");
        assertEquals(null, apply.fleet(), "one database: the id on the command line");
        assertEquals(other, apply.d1DatabaseId);

        // a POM <d1Databases> of one id gives way too, in db:apply and in a goal of one database
        apply.d1Databases = ID;
        assertEquals(null, apply.fleet());
        assertEquals(other, apply.d1DatabaseId, "not the POM's " + ID);
        RestoreMojo restore = new RestoreMojo(null);
        restore.project = apply.project;
        restore.d1Databases = ID;
        restore.d1DatabaseId = other;
        restore.session = apply.session;
        try {
            restore.target();
        } catch (GodwitException credentials) {
            // no settings.xml here: what matters is which id it went for
        }
        assertEquals(other, restore.d1DatabaseId, "not the POM's " + ID);
    }

    /**
     * A settings.xml server whose password is ${env.NAME}, NAME not exported: Maven leaves the text as written, and its decrypter took
     * {env.NAME} for an encrypted password, so every goal failed ("Cannot decrypt ... settings-security.xml"), a run given the token
     * another way too. Now a token from elsewhere wins, and only a run that needs the server's says so, naming the variable.
     */
    @Test
    void anUnsetEnvironmentVariableInTheServerPasswordMattersOnlyWhenTheTokenComesFromThere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StatusMojo status = statusWithEnvPassword(dir);
        status.session = commandLine("db.d1.token", "t0ken-given-here");
        List<String> origins = status.settingsOrigins().stream().map(Object::toString).toList();
        assertTrue(origins.stream().anyMatch(o -> o.startsWith("API token: **** (from -Ddb.d1.token")), origins.toString());

        StatusMojo needsIt = statusWithEnvPassword(dir);
        needsIt.session = commandLine("db.d1.databaseId", ID);
        GodwitException e = assertThrows(GodwitException.class, needsIt::target);
        assertTrue(e.getMessage().contains("The password of settings.xml server cloudflare-d1 is ${env.GODWIT_TEST_UNSET_TOKEN}, and the environment"
                + " variable GODWIT_TEST_UNSET_TOKEN is not set in the environment mvn runs in"), e.getMessage());
    }

    private static StatusMojo statusWithEnvPassword(java.nio.file.Path dir) {
        StatusMojo status = new StatusMojo(null);
        status.project = new org.apache.maven.project.MavenProject();
        status.project.setFile(dir.resolve("pom.xml").toFile());
        status.d1Endpoint = "http://127.0.0.1:9/client/v4";
        status.d1DatabaseId = ID;
        status.d1ServerId = "cloudflare-d1";
        org.apache.maven.settings.Server server = new org.apache.maven.settings.Server();
        server.setId("cloudflare-d1");
        server.setUsername("0123456789abcdef0123456789abcdef");
        server.setPassword("${env.GODWIT_TEST_UNSET_TOKEN}");
        status.settings = new org.apache.maven.settings.Settings();
        status.settings.addServer(server);
        return status;
    }
}
