package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failed databases of a fleet run listed beside its report, one id a line with the cause of each: the file runs them again
 * alone ({@code -Ddb.d1.databases=@}), or those of one cause. Their ids were only in the report's JSON, among every database.
 */
class FleetFailedListTest {

    @TempDir
    Path dir;
    D1FleetStandIn standIn;
    final RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() {
        standIn = D1FleetStandIn.start(dir.resolve("fleet"), FleetTest.ACCOUNT, FleetTest.TOKEN, 8);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    FleetRunner runner(FleetSelection selection) {
        return FleetTest.standInRunner(standIn, dir, selection, 4, log);
    }

    static Set<String> entries(Path list) throws Exception {
        try (Stream<String> lines = Files.lines(list)) {
            return lines.map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        }
    }

    List<Path> failedLists() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("target/godwit"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-failed.txt")).sorted().toList();
        }
    }

    @Test
    void failedDatabasesAreListedWithTheirCauseAndTheListRunsOnlyThem() throws Exception {
        List<Migration> migrations = FleetTest.generate(dir.resolve("drizzle"), 3);
        List<String> ids = standIn.createDatabases("tenant", 12);
        // two tenants already hold the table the second migration creates (D1 refuses it there); one is deleted as the run reaches it
        String clash1 = ids.get(2), clash2 = ids.get(6), gone = ids.get(9);
        standIn.execute(clash1, "CREATE TABLE t2 (name text)");
        standIn.execute(clash2, "CREATE TABLE t2 (name text)");
        standIn.countPerDatabase(true);
        standIn.beforeCall(gone, 2, () -> standIn.deleteDatabase(gone));

        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("tenant-*")).apply(migrations));

        List<Path> lists = failedLists();
        assertEquals(1, lists.size(), lists.toString());
        Path list = lists.get(0);
        String report = list.getFileName().toString().replace("-failed.txt", ".json");
        assertTrue(Files.exists(list.resolveSibling(report)), report);
        assertEquals(Set.of(clash1, clash2, gone), entries(list));
        String text = Files.readString(list);
        assertTrue(text.contains(clash1 + "    # tenant-0003: migration " + migrations.get(1).tag() + ".sql was refused by D1 and rolled back"), text);
        assertTrue(text.contains(gone + "    # tenant-0010: Cloudflare D1 has no database <database> in account"), text);
        assertFalse(text.contains(FleetTest.TOKEN));
        String said = "The 3 failed database(s) are listed in " + list + ", one id a line with the cause of each: -Ddb.d1.databases=@" + list
                + " runs only them (or only those of one cause: grep its lines into a file of their own).";
        assertTrue(e.getMessage().contains("\n  " + said), e.getMessage());
        assertTrue(log.lines().contains("WARN   " + said), log.lines().toString());

        // the two mended, the lines of their cause picked out (as grep would): the run works on them alone
        standIn.execute(clash1, "DROP TABLE t2");
        standIn.execute(clash2, "DROP TABLE t2");
        Path clashes = dir.resolve("clashes.txt");
        try (Stream<String> lines = Files.lines(list)) {
            Files.write(clashes, lines.filter(l -> l.contains("already exists")).toList());
        }
        standIn.resetCounters();
        FleetRunner.Result r = runner(new FleetSelection.FromFile(clashes)).apply(migrations);
        assertEquals(2, r.databases());
        assertEquals(0, r.failed());
        for (String id : ids) assertEquals(id.equals(clash1) || id.equals(clash2) ? 3 : 0, standIn.callsTo(id), "calls to " + id);
        for (String id : List.of(clash1, clash2)) {
            assertEquals(migrations.stream().map(m -> Long.toString(m.when())).toList(),
                    standIn.rows(id, "SELECT created_at FROM __drizzle_migrations ORDER BY created_at"));
        }
        // a run without failures lists none
        assertEquals(List.of(list), failedLists());
    }

    private static void assertFalse(boolean b) {
        org.junit.jupiter.api.Assertions.assertFalse(b);
    }
}
