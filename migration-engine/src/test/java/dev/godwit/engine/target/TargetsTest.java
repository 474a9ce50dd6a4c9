package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {

    @TempDir
    Path project;

    private TargetSettings settings(boolean local, String target, String localD1, Map<String, String> env) {
        return new TargetSettings(local, target, project.resolve(".godwit/app.sqlite"), localD1, project.resolve(".wrangler/state"),
                null, null, null, null, project, null, env::get);
    }

    private static final Map<String, String> D1_ENV = Map.of("CLOUDFLARE_ACCOUNT_ID", "acct", "CLOUDFLARE_DATABASE_ID", "db",
            "CLOUDFLARE_D1_TOKEN", "secret-token");

    @Test
    void localFlagPicksThePlainLocalFile() {
        Target t = Targets.resolve(settings(true, null, null, Map.of()));
        assertEquals(new Target.LocalFile(project.resolve(".godwit/app.sqlite")), t);
        assertFalse(t.remote());
    }

    /** drizzle-kit's dbCredentials.url, file:local.sqlite, ported as the path: it made a second database named "file:local.sqlite". */
    @Test
    void aLocalPathWrittenAsDrizzleKitsFileUrlIsRefused() {
        TargetSettings url = new TargetSettings(true, null, project.resolve("file:local.sqlite"), null, project.resolve(".wrangler/state"),
                null, null, null, null, project, null, Map.<String, String>of()::get);
        GodwitException e = assertThrows(GodwitException.class, () -> Targets.resolve(url));
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertEquals("-Ddb.local.path / <localPath> holds file:local.sqlite, a URL as drizzle-kit's dbCredentials.url writes it; Godwit takes"
                + " a path there: local.sqlite (relative to the project). Nothing was done.", e.getMessage());
        assertFalse(java.nio.file.Files.exists(project.resolve("file:local.sqlite")));
    }

    @Test
    void localD1PicksWranglersFileAndImpliesLocal() {
        Target t = Targets.resolve(settings(false, null, "my-db-id", Map.of()));
        var w = assertInstanceOf(Target.WranglerLocalD1.class, t);
        assertEquals("my-db-id", w.identity());
        assertEquals(WranglerState.d1DatabaseFile(project.resolve(".wrangler/state"), "my-db-id"), w.file());
    }

    @Test
    void dbTargetWinsOverTheLocalFlag() {
        Target t = Targets.resolve(settings(true, "d1", null, D1_ENV));
        var d1 = assertInstanceOf(Target.RemoteD1.class, t);
        assertTrue(t.remote());
        assertEquals("acct", d1.settings().accountId());
        assertEquals("db", d1.settings().databaseId());
        assertEquals("the environment variable CLOUDFLARE_D1_TOKEN", d1.tokenSource());
        assertFalse(d1.toString().contains("secret-token"), d1.toString());
        assertInstanceOf(Target.LocalFile.class, Targets.resolve(settings(false, " LOCAL ", null, Map.of())));
    }

    @Test
    void unknownTargetIsABrokenSetupNamingTheValue() {
        GodwitException e = assertThrows(GodwitException.class, () -> Targets.resolve(settings(false, "prod", null, Map.of())));
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertEquals("db.target must be local or d1, not \"prod\" (-Dlocal is short for -Ddb.target=local). Nothing was done.", e.getMessage());
    }

    @Test
    void remoteWithoutCredentialsNamesEveryPlaceOnce() {
        GodwitException e = assertThrows(GodwitException.class, () -> Targets.resolve(settings(false, null, null, Map.of())));
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertTrue(e.getMessage().startsWith("Cloudflare D1 settings are missing (to use the local SQLite file instead, pass -Dlocal):"), e.getMessage());
        assertEquals(3, e.getMessage().split("\n  - ").length - 1, e.getMessage());
    }
}
