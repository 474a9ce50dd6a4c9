package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which database a run's -D properties pick, and the refusals where two of them name different ones (moved from the plugin's goals). */
class TargetChoiceTest {

    static final String ID = "0c8a5a4e-0000-4000-8000-000000000042";

    /**
     * Goals of one database and -Ddb.d1.databases: db:restore -Ddb.d1.databases=<tenant's id> restored the configured database;
     * one id there is that database, and a fleet is refused.
     */
    @Test
    void oneIdIsThatDatabaseAndAFleetIsRefused() {
        assertEquals(ID, TargetChoice.oneDatabaseOf(" " + ID + " ", "db-1", "db:restore"));
        GodwitException e = assertThrows(GodwitException.class, () -> TargetChoice.oneDatabaseOf("name:tenant-*", null, "db:restore"));
        assertEquals("-Ddb.d1.databases=name:tenant-* names a fleet, and db:restore works on one database: give its id with"
                + " -Ddb.d1.databaseId=<uuid> (or -Ddb.d1.databases=<uuid>). Nothing was done.", e.getMessage());
        assertThrows(GodwitException.class, () -> TargetChoice.oneDatabaseOf(ID + "," + ID.replace('2', '3'), " ", "db:push"));
        assertThrows(GodwitException.class, () -> TargetChoice.oneDatabaseOf("tenant-42", null, "db:push"), "a name is a fleet of one, not an id");
        assertEquals("db-1", TargetChoice.oneDatabaseOf("name:tenant-*", "db-1", "db:studio"), "a fleet in the POM, one database given");
        assertTrue(TargetChoice.isOneId(" " + ID + " "));
        assertFalse(TargetChoice.isOneId(ID + "," + ID));
    }

    @Test
    void twoDatabasesOnTheCommandLineAreRefused() {
        TargetChoice.refuseTwoTargets(ID, ID.toUpperCase(), true);   // the same id twice is one database
        TargetChoice.refuseTwoTargets("name:tenant-*", "db-1", false);   // a goal of one database takes the id
        TargetChoice.refuseTwoTargets(null, "db-1", true);
        GodwitException two = assertThrows(GodwitException.class, () -> TargetChoice.refuseTwoTargets(ID, "db-1", false));
        assertEquals("-Ddb.d1.databases=" + ID + " and -Ddb.d1.databaseId=db-1 are both on the command line and name two different"
                + " databases. Keep the one you mean: -Ddb.d1.databaseId=db-1 alone, or -Ddb.d1.databases=" + ID + " alone (one id there is"
                + " that database). Nothing was done.", two.getMessage());
        GodwitException fleet = assertThrows(GodwitException.class, () -> TargetChoice.refuseTwoTargets(" name:tenant-* ", " db-1 ", true));
        assertEquals("-Ddb.d1.databases=name:tenant-* (a fleet) and -Ddb.d1.databaseId=db-1 (one database) are both on the command line,"
                + " and this goal works on one or the other. Drop -Ddb.d1.databaseId to work on the fleet, or -Ddb.d1.databases to work on"
                + " db-1 alone. Nothing was done.", fleet.getMessage());
    }

    @Test
    void aLocalDatabaseNamedForARunThatGoesToD1IsRefused() {
        assertTrue(TargetChoice.localChosen(true, null, null));
        assertTrue(TargetChoice.localChosen(false, " ", "DB"));
        assertTrue(TargetChoice.localChosen(false, " LOCAL ", null));
        assertFalse(TargetChoice.localChosen(true, "d1", "DB"), "db.target wins");
        TargetChoice.refuseLocalSettingsForD1(Map.<String, String>of()::get, null);
        GodwitException path = assertThrows(GodwitException.class,
                () -> TargetChoice.refuseLocalSettingsForD1(Map.of("db.local.persistTo", " ../.wrangler/state ")::get, null));
        assertEquals("-Ddb.local.persistTo=../.wrangler/state names a local database, but this run goes to Cloudflare D1 (there is no"
                + " -Dlocal, -Ddb.local.d1 or -Ddb.target=local). Add -Dlocal to work on the local file, or leave -Ddb.local.persistTo out"
                + " (wrangler too refuses --persist-to without --local). Nothing was done.", path.getMessage());
        GodwitException d1 = assertThrows(GodwitException.class, () -> TargetChoice.refuseLocalSettingsForD1(Map.of("db.local.d1", "DB")::get, "d1"));
        assertEquals("-Ddb.local.d1=DB names a local database, but this run goes to Cloudflare D1 (-Ddb.target=d1 picks it). Add -Dlocal"
                + " to work on the local file, or leave -Ddb.local.d1 out. Nothing was done.", d1.getMessage());
    }

    @Test
    void dashDLocalWinsOverThePomsTargetButNotOverTheCommandLines() {
        assertTrue(TargetChoice.commandLineLocalWins("", null, "d1"), "-Dlocal is given as an empty value");
        assertFalse(TargetChoice.commandLineLocalWins("false", null, "d1"));
        assertFalse(TargetChoice.commandLineLocalWins(null, null, "d1"));
        assertFalse(TargetChoice.commandLineLocalWins("true", null, " local "));
        GodwitException both = assertThrows(GodwitException.class, () -> TargetChoice.commandLineLocalWins("true", "d1", " d1 "));
        assertEquals("-Dlocal and -Ddb.target=d1 are both on the command line and name different databases: keep -Dlocal for the local"
                + " file, or -Ddb.target=d1 for Cloudflare D1. Nothing was done.", both.getMessage());
    }

    /**
     * db:studio -Dlocal -Ddb.local.path=dev.sqlite with no file there said "create the database with mvn db:apply -Dlocal": run as
     * printed, that created the POM's database. The message carries what picked the path, and no file is created.
     */
    @Test
    void aMissingLocalFileIsRefusedWithTheCommandThatCreatesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("dev.sqlite");
        GodwitException e = assertThrows(GodwitException.class, () -> TargetChoice.refuseMissingLocalFile(file, () -> " -Ddb.local.path=dev.sqlite"));
        assertEquals("There is no database at " + file + " (nothing has been applied there yet). Check the path (-Ddb.local.path, or"
                + " -Ddb.env / -Ddb.d1.binding for wrangler's local D1 file), or create the database with mvn db:apply -Dlocal"
                + " -Ddb.local.path=dev.sqlite. Nothing was changed.", e.getMessage());
        assertFalse(java.nio.file.Files.exists(file));
        TargetChoice.refuseMissingLocalFile(null, () -> { throw new AssertionError("D1: nothing to check"); });
        java.nio.file.Files.createFile(file);
        TargetChoice.refuseMissingLocalFile(file, () -> { throw new AssertionError("there: nothing to say"); });
    }

    @Test
    void d1IsNamedBySettingsOrByWranglersConfig(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        assertTrue(TargetChoice.goesToD1(java.util.Arrays.asList(null, " ", ID), () -> null));
        assertFalse(TargetChoice.goesToD1(java.util.Arrays.asList(null, null, null), () -> null));
        java.nio.file.Path envOnly = java.nio.file.Files.writeString(dir.resolve("wrangler.toml"),
                "name = \"app\"\n[env.production]\n[[env.production.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"prod\"\n");
        assertTrue(TargetChoice.goesToD1(List.of(), () -> WranglerConfig.read(envOnly)), "an environment's D1 database counts");
        assertFalse(TargetChoice.goesToD1(List.of(), () -> {
            throw new GodwitException(GodwitException.Kind.BROKEN, "wrangler.toml: cannot be read");
        }), "an unreadable config says no here");
    }

    /**
     * The database id only in CI secrets (the job on main that applies has them, a pull request's mvn verify does not): db:verify
     * passed a PRAGMA D1 refuses, and the apply after the merge refused it. {@code <target>d1</target>} in the POM says D1 with no
     * id; {@code local} or nothing leaves the other signs to decide.
     */
    @Test
    void aTargetOfD1InThePomSaysD1WithNoDatabaseNamed() {
        assertTrue(TargetChoice.goesToD1("d1", java.util.Arrays.asList(null, null, null), () -> null));
        assertTrue(TargetChoice.goesToD1(" D1 ", List.of(), () -> null));
        assertFalse(TargetChoice.goesToD1("local", java.util.Arrays.asList(null, null, null), () -> null));
        assertFalse(TargetChoice.goesToD1(null, List.of(), () -> null));
        assertTrue(TargetChoice.goesToD1("local", List.of(ID), () -> null), "a database named still counts");
    }

    /**
     * A Flyway user's mvn db:apply -Ddb.target=0015_orders (a migration to stop at): the checks before the settings are read took
     * any value but local for Cloudflare D1 and said so ("-Ddb.target=0015_orders picks it", with -Dlocal "or -Ddb.target=0015_orders
     * for Cloudflare D1"). Refused as what it is, by each of them.
     */
    @Test
    void aMigrationGivenAsTheTargetIsRefusedAsNoDatabase() {
        String expected = "db.target must be local or d1, not \"0015_orders\" (-Dlocal is short for -Ddb.target=local): it picks the"
                + " database, not a migration to stop at (as Flyway's -target does): -Ddb.upTo=0015_orders applies the pending migrations up"
                + " to 0015_orders and leaves the later ones pending (db:status -Ddb.upTo=0015_orders shows which). Nothing was done.";
        assertEquals(expected, assertThrows(GodwitException.class, () -> TargetChoice.commandLineLocalWins("true", "0015_orders", "0015_orders")).getMessage());
        assertEquals(expected, assertThrows(GodwitException.class,
                () -> TargetChoice.refuseLocalSettingsForD1(Map.of("db.local.path", "stg.sqlite")::get, "0015_orders")).getMessage());
        assertEquals(expected, assertThrows(GodwitException.class, () -> TargetChoice.localChosen(false, "0015_orders", null)).getMessage());
        assertThrows(GodwitException.class, () -> TargetChoice.localChosen(false, "15", null));
        assertEquals("db.target must be local or d1, not \"latest\" (-Dlocal is short for -Ddb.target=local): it picks the database, not a"
                + " migration to stop at (as Flyway's -target does); db:apply applies every pending migration, -Ddb.upTo=NUMBER those up to"
                + " one, and db:status lists them. Nothing was done.",
                assertThrows(GodwitException.class, () -> TargetChoice.localChosen(false, "latest", null)).getMessage());
        assertTrue(TargetChoice.localChosen(false, "Local", null));
        assertFalse(TargetChoice.localChosen(true, "remote", null));
    }
}
