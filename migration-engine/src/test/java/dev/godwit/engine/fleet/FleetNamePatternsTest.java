package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several name patterns in one -Ddb.d1.databases, over the account's list read page by page on the fleet stand-in. */
class FleetNamePatternsTest {

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

    @Test
    void severalNamePatternsSelectTheDatabasesMatchingAnyAcrossTheListsPages() throws Exception {
        List<Migration> migrations = FleetTest.generate(dir.resolve("drizzle"), 1);
        // 1,200 databases: the account's list is two pages of 1,000
        List<String> tenants = standIn.createDatabases("tenant", 700);
        List<String> others = standIn.createDatabases("other", 100);
        List<String> eu = standIn.createDatabases("eu", 400);
        standIn.countPerDatabase(true);
        FleetRunner.Result r = runner(FleetSelection.parse("name:tenant-*,name:eu-0[0-2]*", dir)).status(migrations);
        assertEquals(700 + 299, r.databases());
        for (String id : tenants) assertEquals(1, standIn.callsTo(id));
        for (int i = 0; i < eu.size(); i++) assertEquals(i < 299 ? 1 : 0, standIn.callsTo(eu.get(i)), "eu-" + (i + 1));
        for (String id : others) assertEquals(0, standIn.callsTo(id));
    }
}
