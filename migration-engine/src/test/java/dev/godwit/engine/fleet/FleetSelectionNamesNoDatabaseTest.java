package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet selection that names no database of the account, on the fleet stand-in: db:apply and db:status say the same, "names no
 * database", the account's names nearest to it and how to list them all, and nothing is done. A pattern matching none said
 * "names no database" and no more; a file of names none of which is a database's failed db:apply's each name as a database of
 * its own ("2 of 2 database(s) failed") and passed db:status with them as warnings.
 */
class FleetSelectionNamesNoDatabaseTest {

    static final String ACCOUNT = FleetTest.ACCOUNT;
    static final String TOKEN = FleetTest.TOKEN;

    @TempDir
    Path dir;
    List<Migration> migrations;
    D1FleetStandIn standIn;
    final RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() {
        migrations = FleetTest.generate(dir.resolve("drizzle"), 2);
        standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 16);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    FleetRunner runner(FleetSelection selection) {
        return FleetTest.standInRunner(standIn, dir, selection, 2, log);
    }

    /** db:apply's and db:status's refusals of {@code selection}, which must be the same; the one message. */
    String applyAndStatusRefuse(FleetSelection selection) {
        var apply = assertThrows(GodwitException.class, () -> runner(selection).apply(migrations));
        var status = assertThrows(GodwitException.class, () -> runner(selection).status(migrations));
        assertEquals(apply.getMessage(), status.getMessage());
        assertEquals(GodwitException.Kind.BROKEN, status.kind());
        assertFalse(status.getMessage().contains(TOKEN));
        return status.getMessage();
    }

    void nothingDone(List<String> ids) {
        for (String id : ids) assertEquals(List.of(), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"), id);
    }

    @Test
    void aPatternMatchingNoneNamesTheNearestNames() {
        List<String> ids = new java.util.ArrayList<>(standIn.createDatabases("tenant", 3));
        ids.addAll(standIn.createDatabases("billing", 2));
        assertEquals("The fleet selection name:tennant-* names no database in account " + ACCOUNT + " (name patterns are case-sensitive globs:"
                + " name:tenant-*). The account's names nearest to it: tenant-0001, tenant-0002, tenant-0003 (of 5 database(s); `wrangler d1"
                + " list` lists them all). Nothing was done; check -Ddb.d1.databases.", applyAndStatusRefuse(new FleetSelection.NameGlob("tennant-*")));
        assertEquals("The fleet selection name:*-us names no database in account " + ACCOUNT + " (name patterns are case-sensitive globs:"
                + " name:tenant-*). The account's names nearest to it: billing-0001, billing-0002, tenant-0001 (of 5 database(s); `wrangler d1"
                + " list` lists them all). Nothing was done; check -Ddb.d1.databases.", applyAndStatusRefuse(new FleetSelection.NameGlob("*-us")));
        nothingDone(ids);
    }

    @Test
    void aFileOfNamesNoneOfWhichIsADatabasesIsRefusedAsAPatternIs() throws Exception {
        List<String> ids = new java.util.ArrayList<>(standIn.createDatabases("tenant", 3));
        ids.addAll(standIn.createDatabases("billing", 2));
        Path list = dir.resolve("fleet.txt");
        Files.writeString(list, "# from the other account\ntennant-0002\nbiling-0001\n");
        assertEquals("The fleet selection @" + list + " names no database in account " + ACCOUNT + ": none of its names is a database's"
                + " (names are matched exactly, letter case too; ids are UUIDs). The account's names nearest to it: billing-0001, tenant-0002,"
                + " billing-0002 (of 5 database(s); `wrangler d1 list` lists them all). Nothing was done; check -Ddb.d1.databases.",
                applyAndStatusRefuse(new FleetSelection.FromFile(list)));
        assertEquals("The fleet selection Tenant-0001 names no database in account " + ACCOUNT + ": none of its names is a database's"
                + " (names are matched exactly, letter case too; ids are UUIDs). The account's names nearest to it: tenant-0001, tenant-0002,"
                + " tenant-0003 (of 5 database(s); `wrangler d1 list` lists them all). Nothing was done; check -Ddb.d1.databases.",
                applyAndStatusRefuse(new FleetSelection.Listed(List.of("Tenant-0001"))));
        nothingDone(ids);
        assertFalse(Files.exists(dir.resolve("target/godwit")) && Files.list(dir.resolve("target/godwit")).findAny().isPresent(), "no report");

        // one name that is a database's: the fleet runs, the other name failing as before
        Files.writeString(list, "tenant-0002\nbiling-0001\n");
        var partly = assertThrows(FleetException.class, () -> runner(new FleetSelection.FromFile(list)).apply(migrations));
        assertEquals(true, partly.getMessage().contains("1 of 2 database(s) failed"), partly.getMessage());
        assertEquals(2, standIn.rows(ids.get(1), "SELECT created_at FROM __drizzle_migrations").size());
    }

    @Test
    void anAccountWithoutDatabasesSaysSo() {
        assertEquals("The fleet selection name:tenant-* names no database in account " + ACCOUNT + " (name patterns are case-sensitive globs:"
                + " name:tenant-*). The account has no D1 database (`wrangler d1 list` lists them): check the account (db.d1.accountId)."
                + " Nothing was done; check -Ddb.d1.databases.", applyAndStatusRefuse(new FleetSelection.NameGlob("tenant-*")));
    }
}
