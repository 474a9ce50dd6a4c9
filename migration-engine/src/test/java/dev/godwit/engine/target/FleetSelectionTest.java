package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Ddb.d1.databases: a list, @file or name:GLOB; and the fleet target's credentials without a database id. */
class FleetSelectionTest {

    @TempDir
    Path project;

    @Test
    void parsesTheThreeForms() throws Exception {
        var listed = assertInstanceOf(FleetSelection.Listed.class, FleetSelection.parse(" a, b ,a,,c ", project));
        assertEquals(List.of("a", "b", "c"), listed.entries());
        Files.writeString(project.resolve("fleet.txt"), "x\n");
        var file = assertInstanceOf(FleetSelection.FromFile.class, FleetSelection.parse("@fleet.txt", project));
        assertEquals(project.resolve("fleet.txt"), file.file());
        var glob = assertInstanceOf(FleetSelection.NameGlob.class, FleetSelection.parse("name:tenant-[0-4]*", project));
        assertTrue(glob.matches("tenant-0042"));
        assertTrue(glob.matches("tenant-4"));
        assertFalse(glob.matches("tenant-5000"));
        assertFalse(glob.matches("xtenant-0"));
        assertTrue(new FleetSelection.NameGlob("db.?").matches("db.1"));
        assertFalse(new FleetSelection.NameGlob("db.?").matches("dbx1"), "the dot is literal");
        assertFalse(new FleetSelection.NameGlob("[!a]*").matches("abc"));
    }

    @Test
    void aBracketClassJavasRegexWouldReadOtherwiseIsRefusedOrTakenLiterally() {
        // these crashed the goal with "Unclosed character class near index 33" and the regex Godwit made of the pattern
        for (String g : List.of("tenant-000[[:digit:]]", "tenant-[]*", "tenant-[9-0]")) {
            GodwitException e = assertThrows(GodwitException.class, () -> FleetSelection.parse("name:" + g, project), g);
            assertTrue(e.getMessage().startsWith("-Ddb.d1.databases=name:" + g + " is not a pattern Godwit reads: "), e.getMessage());
        }
        // inside a class, what Java's regex would read as syntax is a character of the name
        assertTrue(new FleetSelection.NameGlob("a[&_]b").matches("a_b"));
        assertTrue(new FleetSelection.NameGlob("a[a-c&&c]b").matches("aab"));
    }

    @Test
    void severalPatternsMatchAnyOfThemAndAListWithAPatternIsRefused() {
        // "name:tenant-*,name:eu-*" was one pattern holding ",name:eu-": a D1 name has no comma, so it matched no database
        var glob = assertInstanceOf(FleetSelection.NameGlob.class, FleetSelection.parse("name:tenant-*,name:eu-[0-4]*, us-?", project));
        assertEquals(List.of("tenant-*", "eu-[0-4]*", "us-?"), glob.patterns());
        assertTrue(glob.matches("tenant-0042"));
        assertTrue(glob.matches("eu-3"));
        assertTrue(glob.matches("us-1"));
        assertFalse(glob.matches("eu-5"));
        assertFalse(glob.matches("us-12"));
        assertFalse(glob.matches("billing"));
        assertEquals("name:tenant-*,name:eu-[0-4]*, us-?", glob.toString());
        GodwitException bad = assertThrows(GodwitException.class, () -> FleetSelection.parse("name:tenant-*,name:eu-[9-0]", project));
        assertTrue(bad.getMessage().startsWith("-Ddb.d1.databases=name:tenant-*,name:eu-[9-0] is not a pattern Godwit reads: "), bad.getMessage());
        // an id or name with a pattern was a list of two names, the pattern failing as "no database named "name:tenant-*""
        GodwitException mixed = assertThrows(GodwitException.class, () -> FleetSelection.parse("billing-eu,name:tenant-*", project));
        assertEquals("-Ddb.d1.databases=billing-eu,name:tenant-* lists ids or names with a pattern (name:tenant-*): a pattern comes first, alone"
                + " or with other patterns (name:tenant-*,name:eu-*); ids and names go in a list or an @file of their own. Run them as two"
                + " commands. Nothing was done.", mixed.getMessage());
        assertThrows(GodwitException.class, () -> FleetSelection.parse("name:,", project));
    }

    @Test
    void refusesEmptyAndMissing() {
        assertThrows(GodwitException.class, () -> FleetSelection.parse(" ", project));
        assertThrows(GodwitException.class, () -> FleetSelection.parse(",,", project));
        assertThrows(GodwitException.class, () -> FleetSelection.parse("name:", project));
        GodwitException e = assertThrows(GodwitException.class, () -> FleetSelection.parse("@nope.txt", project));
        assertTrue(e.getMessage().contains("nope.txt"));
    }

    @Test
    void idsAreUuids() {
        assertTrue(FleetSelection.isId("c020574a-5623-407b-be0c-cd192bab9545"));
        assertFalse(FleetSelection.isId("billing-eu"));
    }

    @Test
    void aFleetNeedsAnAccountAndATokenButNoDatabaseId() {
        TargetSettings s = new TargetSettings(false, null, null, null, null, null, null, null, "http://127.0.0.1:9/client/v4", project, null,
                Map.of("CLOUDFLARE_ACCOUNT_ID", "acct", "CLOUDFLARE_D1_TOKEN", "tok-secret-1")::get);
        Target.D1Fleet fleet = Targets.resolveFleet(s, "name:t-*");
        assertEquals("acct", fleet.template().accountId());
        assertEquals("tok-secret-1", fleet.template().token());
        assertFalse(fleet.toString().contains("tok-secret-1"));
        assertThrows(GodwitException.class, fleet::open);
        TargetSettings local = new TargetSettings(true, null, null, null, null, null, null, null, null, project, null, k -> null);
        assertThrows(GodwitException.class, () -> Targets.resolveFleet(local, "a,b"));
        TargetSettings noToken = new TargetSettings(false, null, null, null, null, null, null, null, null, project, null,
                Map.of("CLOUDFLARE_ACCOUNT_ID", "acct")::get);
        GodwitException e = assertThrows(GodwitException.class, () -> Targets.resolveFleet(noToken, "a"));
        assertTrue(e.getMessage().contains("API token"), e.getMessage());
        assertFalse(e.getMessage().contains("database id"), e.getMessage());
    }

    /**
     * A tenant fleet in a wrangler project whose environments only set account_id (the tenants' databases are made at run time,
     * not bound): -Ddb.env=production -Ddb.d1.databases=name:tenant-* took production's account, then the migrations folder and
     * history table asked for the environment's binding and refused the run ("[env.production] has no d1_databases ... add this
     * environment's own database"). Now they are Godwit's defaults there; one database of that environment is still refused.
     */
    @Test
    void aFleetInAnEnvironmentWithoutD1DatabasesTakesItsAccountAndTheDefaultFolder() throws Exception {
        Files.writeString(project.resolve("wrangler.toml"), """
                name = "tenants"
                account_id = "acct-dev"
                [[d1_databases]]
                binding = "DB"
                database_id = "template"
                migrations_dir = "db"
                [env.production]
                account_id = "acct-prod"
                """);
        TargetSettings s = new TargetSettings(false, null, null, null, null, null, null, null, "http://127.0.0.1:9/client/v4", project, null,
                Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret-1")::get, "production", null, null, null, null);
        assertEquals("acct-prod", Targets.resolveFleet(s, "name:tenant-*").template().accountId());
        ProjectSettings ps = ProjectSettings.of(s);
        assertEquals(project.resolve("drizzle"), ps.migrationsDir(), "not the top level's db/: environments do not inherit d1_databases");
        assertEquals(new ProjectSettings.History(ProjectSettings.DEFAULT_TABLE, false, "the default"), ps.history());
        GodwitException one = assertThrows(GodwitException.class, ps::target);
        assertTrue(one.getMessage().startsWith("-Ddb.env=production: [env.production] in " + project.resolve("wrangler.toml") + " has no d1_databases."),
                one.getMessage());
    }
}
