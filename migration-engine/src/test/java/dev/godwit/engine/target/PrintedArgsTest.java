package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a printed command carries so that, pasted into a shell, it works on this run's database (moved from the plugin's goals). */
class PrintedArgsTest {

    static final String ID = "0c8a5a4e-0000-4000-8000-000000000042";

    @TempDir
    Path dir;

    /** What the "to go back" command prints reads back as the same argument in a real shell, a space or a quote in it too. */
    @Test
    void aPathWithASpaceOrAQuoteReadsBackWhole() throws IOException, InterruptedException {
        for (String arg : List.of("-Ddb.d1.databaseId=db-r", "-Ddb.local.path=/Users/me/Application Support/app.db", "-Ddb.local.path=/tmp/it's.db")) {
            Process p = new ProcessBuilder("sh", "-c", "printf '%s' " + PrintedArgs.quoted(arg)).start();
            String back = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            assertEquals(arg, back);
        }
        assertEquals("-Ddb.d1.databaseId=db-r", PrintedArgs.quoted("-Ddb.d1.databaseId=db-r"));
    }

    /**
     * The "to go back" commands db:apply prints name the environment CLOUDFLARE_ENV chose: they carried -Ddb.env only when it was
     * given, so `mvn db:restore -Ddb.bookmark=<production's>` copied into a shell without the variable worked on the top level's
     * database (and `wrangler d1 time-travel restore DB` on the top level's binding).
     */
    @Test
    void theEnvironmentCloudflareEnvChoseIsNamedAsDbEnvIs() throws IOException {
        Path file = Files.writeString(dir.resolve("wrangler.toml"), "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"dev\"\n"
                + "[env.production]\n[[env.production.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"prod\"\n");
        WranglerConfig config = WranglerConfig.read(file);
        assertEquals("production", PrintedArgs.chosenEnv(null, Map.of("CLOUDFLARE_ENV", "production")::get, config));
        assertEquals("production", PrintedArgs.chosenEnv(null, Map.of("CLOUDFLARE_ENV", " production ")::get, config));
        assertEquals("", PrintedArgs.chosenEnv(" ", Map.of("CLOUDFLARE_ENV", "production")::get, config), "-Ddb.env= is the top level, as --env=\"\"");
        assertEquals(" -Ddb.env=", PrintedArgs.wranglerChoice("", null, null));
        assertEquals(" --env ''", PrintedArgs.wranglerArgs("", null));
        assertEquals("staging", PrintedArgs.chosenEnv("staging", Map.of("CLOUDFLARE_ENV", "production")::get, config), "-Ddb.env wins");
        assertNull(PrintedArgs.chosenEnv(null, Map.<String, String>of()::get, config));
        // a config without that environment: the top level is used (as wrangler does), so nothing is added
        assertNull(PrintedArgs.chosenEnv(null, Map.of("CLOUDFLARE_ENV", "qa")::get, config));
        assertNull(PrintedArgs.chosenEnv(null, Map.of("CLOUDFLARE_ENV", "production")::get, null));
    }

    /** db:apply -Ddb.d1.databases=<id> printed a "to go back" command without the id, which restored the configured database. */
    @Test
    void thePrintedCommandCarriesTheDatabasesProperty() {
        Properties p = new Properties();
        p.setProperty("db.d1.databases", ID);
        p.setProperty("db.env", "staging");   // carried by the caller from the goal's own field, not here
        assertEquals(" -Ddb.d1.databases=" + ID, PrintedArgs.pickedOnCommandLine(p));
        p.setProperty("db.d1.databaseId", "db-1");
        assertEquals(" -Ddb.d1.databaseId=db-1 -Ddb.d1.databases=" + ID, PrintedArgs.pickedOnCommandLine(p));
        // the printed restore went to Cloudflare's API, not the endpoint (a proxy, a D1 stand-in) the apply went through
        p.setProperty("db.d1.endpoint", "http://127.0.0.1:18788/client/v4");
        p.setProperty("db.d1.accountId", "acc-1");
        assertEquals(" -Ddb.d1.accountId=acc-1 -Ddb.d1.databaseId=db-1 -Ddb.d1.databases=" + ID + " -Ddb.d1.endpoint=http://127.0.0.1:18788/client/v4",
                PrintedArgs.pickedOnCommandLine(p));
        // one carrying credentials is not printed
        p.setProperty("db.d1.endpoint", "https://user:pass@proxy.example/client/v4");
        assertEquals(" -Ddb.d1.accountId=acc-1 -Ddb.d1.databaseId=db-1 -Ddb.d1.databases=" + ID + " '-Ddb.d1.endpoint=<the endpoint given to this run>'",
                PrintedArgs.pickedOnCommandLine(p));
    }

    @Test
    void theWranglerChoiceForMavenAndForWrangler() {
        assertEquals("", PrintedArgs.wranglerChoice(null, " ", null));
        assertEquals(" -Ddb.env=staging -Ddb.d1.binding=DB '-Ddb.wrangler.config=My Projects/wrangler.toml'",
                PrintedArgs.wranglerChoice("staging", " DB ", "My Projects/wrangler.toml"));
        assertEquals(" --env staging --config 'My Projects/wrangler.toml'", PrintedArgs.wranglerArgs("staging", "My Projects/wrangler.toml"));
        assertEquals("", PrintedArgs.wranglerArgs(null, null));
        assertEquals(" -Ddb.out=migrations/d1 '-Ddb.migrationsTable=d1 migrations'",
                PrintedArgs.folderAndHistory(Map.of("db.out", " migrations/d1 ", "db.migrationsTable", "d1 migrations", "db.d1.databases", ID)::get));
        // a fleet's db:push / db:repair / db:baseline for one database pasted without the filter worked on every table, another system's too
        assertEquals(" '-Ddb.tablesFilter=*,!legacy_*'", PrintedArgs.folderAndHistory(Map.of("db.tablesFilter", "*,!legacy_*")::get));
    }

    /** A property a printed command must carry another value of is replaced where it stood, quoted or not, and put at the end. */
    @Test
    void aPrintedPropertyIsReplacedWhateverItsQuoting() {
        assertEquals(" -Ddb.out=m -Ddb.migrationsTable=my_hist", PrintedArgs.replaced(" '-Ddb.migrationsTable=it'\\''s' -Ddb.out=m", "db.migrationsTable", "my_hist"));
        assertEquals(" -Ddb.out=m '-Ddb.migrationsTable=my hist'", PrintedArgs.replaced(" -Ddb.migrationsTable=d1_migrations -Ddb.out=m", "db.migrationsTable", "my hist"));
        assertEquals(" -Ddb.migrationsTableX=a -Ddb.migrationsTable=b", PrintedArgs.replaced(" -Ddb.migrationsTableX=a", "db.migrationsTable", "b"));
        assertEquals(" -Ddb.migrationsTable=b", PrintedArgs.replaced("", "db.migrationsTable", "b"));
    }

    /** Paths in printed commands are relative to where mvn was run when it holds the project or lies in it, else absolute. */
    @Test
    void printedPathsAreRelativeToWhereMavenWasRun() {
        Path project = dir.resolve("shop/api");
        assertEquals(project, PrintedArgs.shownFrom(project.resolve("."), null), "outside a build: the project's directory");
        assertEquals(dir.resolve("shop"), PrintedArgs.shownFrom(project, dir.resolve("shop").toString()), "mvn -f api, run from shop");
        assertEquals(project.resolve("src"), PrintedArgs.shownFrom(project, project.resolve("src/../src").toString()));
        assertNull(PrintedArgs.shownFrom(project, dir.resolve("ide").toString()), "an IDE's own directory: absolute paths");
    }
}
