package dev.godwit.engine.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A squash as drizzle users make it: the folder deleted and a fresh 0000 generated from the schema code. The schema code has no
 * place for triggers, so the trigger a custom migration of the old folder made is in no migration of the new one. db:repair on a
 * database that ran the old folder recorded the baseline ("the database already has its schema") without a word of it: every
 * database built from the folder since lacks the trigger, and db:verify -Ddb.drift later called the trigger made by hand.
 */
class RepairAfterASquashThatLostTriggersTest {

    @TempDir
    Path dir;

    static final SchemaDef USERS = new SchemaDef(List.of(TestTables.table("users", "name")), List.of());
    static final SchemaDef BOTH = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of());
    static final String TRIGGER = "CREATE TRIGGER `users_touch` AFTER INSERT ON `users` BEGIN SELECT 1; END;";

    /**
     * A folder whose custom migration made {@link #TRIGGER}, applied to {@code dbFile} with {@code history}, then squashed as drizzle
     * users do: the folder deleted, a fresh 0000_baseline generated from the schema code.
     */
    private MigrationsFolder squashedAfterTheTriggerRan(HistoryTable history, Path dbFile) throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(USERS, folder, GenerateOptions.batch().withName("users"));
        g.generate(USERS, folder, GenerateOptions.batch().withName("touch").withCustom(true));
        Path custom = folder.sqlFile(folder.migrations().get(1).tag());
        Files.writeString(custom, Files.readString(custom) + TRIGGER + "\n");
        g.generate(BOTH, folder, GenerateOptions.batch().withName("posts"));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        }
        try (var files = Files.walk(folder.dir())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        g.generate(BOTH, folder, GenerateOptions.batch().withName("baseline"));
        return folder;
    }

    @Test
    void theRepairSaysWhichTriggersTheSquashLeftOut() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Path dbFile = dir.resolve("app.sqlite");
        MigrationsFolder folder = squashedAfterTheTriggerRan(history, dbFile);
        assertEquals(List.of("0000_baseline"), folder.migrations().stream().map(Migration::tag).toList());

        RecordingLog log = new RecordingLog();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(log).repair(folder, db, history, new RepairOptions(true, null));
            assertEquals(1, db.query("SELECT hash FROM __drizzle_migrations").size());
            assertEquals(1, db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'users_touch'").size());
        }
        String all = String.join("\n", log.lines());
        String warning = log.lines().stream().filter(l -> l.startsWith("WARN ") && l.contains("\"users_touch\"")).findFirst().orElse(null);
        assertTrue(warning != null, all);
        assertTrue(warning.contains("no migration of drizzle creates"), warning);
        assertTrue(warning.contains("a database built from drizzle (a new developer's, CI's) lacks"), warning);
        assertTrue(warning.contains("mvn db:generate -Ddb.custom"), warning);
        assertTrue(warning.contains("CREATE TRIGGER IF NOT EXISTS"), warning);
        // the listing says so too, before anything is changed
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("INFO db:repair of") && l.contains("\"users_touch\"")), all);
    }

    /**
     * A baseline with no checksum file (drizzle-kit generated it; Godwit applies) has nowhere to record the squash's loss: the
     * warning said db:verify -Ddb.drift names the trigger as that loss "(recorded in drizzle/meta/_sums/0000_baseline.sha256)",
     * a file the repair did not write, and drift then called it changed outside the migrations. The warning says what drift says.
     */
    @Test
    void aBaselineWithoutAChecksumFileIsNotSaidToRecordTheLoss() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Path dbFile = dir.resolve("app.sqlite");
        MigrationsFolder folder = squashedAfterTheTriggerRan(history, dbFile);
        Files.delete(folder.sumFile("0000_baseline"));
        RecordingLog log = new RecordingLog();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(log).repair(folder, db, history, new RepairOptions(true, null));
        }
        String warning = log.lines().stream().filter(l -> l.startsWith("WARN ") && l.contains("\"users_touch\"")).findFirst().orElseThrow();
        assertFalse(Files.exists(folder.sumFile("0000_baseline")));
        assertFalse(warning.contains("recorded in"), warning);
        assertTrue(warning.contains("db:verify -Ddb.drift reports it here as made outside the migrations"), warning);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            List<dev.godwit.engine.verify.Finding> drift = dev.godwit.engine.verify.Verifier.drift(db, history, folder.migrations(),
                    dev.godwit.engine.verify.Verifier.recorded(folder));
            assertTrue(drift.toString().contains("unexpected trigger: \"users_touch\""), drift.toString());
        }
    }

    /**
     * After the repair, db:verify -Ddb.drift called the trigger "changed outside the migrations" ("Undo the manual change, or ..."),
     * on the repaired database and on every other one that ran the squashed folder. db:repair records the squash's loss in the
     * baseline's checksum file, and drift names it so, with the repair's way on; a trigger made by hand afterwards is still
     * called so; and once a custom migration keeps the trigger, drift finds nothing.
     */
    @Test
    void driftNamesTheTriggerAsTheSquashsLossNotAsAManualChange() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Path dbFile = dir.resolve("app.sqlite");
        MigrationsFolder folder = squashedAfterTheTriggerRan(history, dbFile);
        RecordingLog log = new RecordingLog();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(log).repair(folder, db, history, new RepairOptions(true, null));
            db.runAtomically(List.of("CREATE TRIGGER by_hand AFTER INSERT ON posts BEGIN SELECT 2; END"), false);
        }
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("INFO db:repair of") && l.contains("record in drizzle/meta/_sums/0000_baseline.sha256"
                + " that the squash lost trigger \"users_touch\"")), String.join("\n", log.lines()));
        assertTrue(Files.readString(folder.sumFile("0000_baseline")).contains(" squash-lost-trigger=users_touch "),
                Files.readString(folder.sumFile("0000_baseline")));
        // the field is no finding of db:verify's folder check
        assertEquals(List.of(), dev.godwit.engine.verify.Verifier.check(BOTH, folder).findings());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            List<dev.godwit.engine.verify.Finding> drift = dev.godwit.engine.verify.Verifier.drift(db, history, folder.migrations(),
                    dev.godwit.engine.verify.Verifier.recorded(folder));
            assertEquals(2, drift.size(), drift.toString());
            assertEquals(db.describe() + " has trigger \"users_touch\", which the squash into 0000_baseline lost (db:repair recorded so in"
                    + " drizzle/meta/_sums/0000_baseline.sha256): the squashed custom migrations made it, and no migration of drizzle creates it"
                    + " now, so a database built from drizzle (a new developer's, CI's) lacks it; it was not made outside the migrations. Keep it"
                    + " in a custom migration (mvn db:generate -Ddb.custom) holding the CREATE TRIGGER statement from the squashed migrations"
                    + " (git log -- drizzle finds them; SELECT sql FROM sqlite_master WHERE type = 'trigger' here), each written CREATE TRIGGER"
                    + " IF NOT EXISTS, as this database has it already", drift.get(0).message());
            assertTrue(drift.get(1).message().contains("was changed outside the migrations:\n    unexpected trigger: \"by_hand\""), drift.get(1).message());
            assertFalse(drift.get(1).message().contains("users_touch"), drift.get(1).message());
        }
        // the way on: a custom migration keeping it, applied; then only the trigger made by hand is drift
        new Generator().generate(BOTH, folder, GenerateOptions.batch().withName("touch").withCustom(true));
        Path custom = folder.sqlFile(folder.migrations().get(1).tag());
        Files.writeString(custom, Files.readString(custom) + TRIGGER.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS") + "\n");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("DROP TRIGGER by_hand"), false);
            assertEquals(List.of(), dev.godwit.engine.verify.Verifier.drift(db, history, folder.migrations(),
                    dev.godwit.engine.verify.Verifier.recorded(folder)));
        }
    }

    /**
     * A review (round 58): where the same db:repair also wrote the baseline's checksum file again (its SQL edited after the squash, a
     * comment added), the lost trigger was not recorded, and a later repair, no longer seeing a squash, never recorded it.
     */
    @Test
    void aBaselineWhoseChecksumFileTheSameRepairRewritesRecordsTheLossToo() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Path dbFile = dir.resolve("app.sqlite");
        MigrationsFolder folder = squashedAfterTheTriggerRan(history, dbFile);
        Path baseline = folder.sqlFile("0000_baseline");
        Files.writeString(baseline, "-- squashed from 0000_users..0002_posts\n" + Files.readString(baseline));
        RecordingLog log = new RecordingLog();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(log).repair(folder, db, history, new RepairOptions(true, null));
        }
        String sum = Files.readString(folder.sumFile("0000_baseline"));
        assertTrue(sum.contains(" " + MigrationsFolder.EDITED + " "), sum);   // re-recorded for the edit
        assertTrue(sum.contains(" squash-lost-trigger=users_touch "), sum);
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("INFO db:repair of") && l.contains("record in drizzle/meta/_sums/0000_baseline.sha256"
                + " that the squash lost trigger \"users_touch\"")), String.join("\n", log.lines()));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            List<dev.godwit.engine.verify.Finding> drift = dev.godwit.engine.verify.Verifier.drift(db, history, folder.migrations(),
                    dev.godwit.engine.verify.Verifier.recorded(folder));
            assertTrue(drift.toString().contains("which the squash into 0000_baseline lost"), drift.toString());
        }
    }

    /**
     * In wrangler's history (file names only) the squash's 0000 has the number of the old 0000: db:repair renames that row and
     * removes the rest, and said nothing of the trigger either.
     */
    @Test
    void withWranglersHistoryTheRenamedRowGetsTheSameWord() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        Path dbFile = dir.resolve("app.sqlite");
        MigrationsFolder folder = squashedAfterTheTriggerRan(history, dbFile);

        RecordingLog log = new RecordingLog();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(log).repair(folder, db, history, new RepairOptions(true, null));
            assertEquals(List.of("0000_baseline.sql"), db.query("SELECT name FROM d1_migrations").stream().map(r -> r.get("name")).toList());
        }
        String all = String.join("\n", log.lines());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN ") && l.contains("\"users_touch\", which no migration of drizzle creates")), all);
    }

    /** A squash that kept its trigger (in a custom migration after the baseline, which stays pending: IF NOT EXISTS) gets no such word. */
    @Test
    void aBaselineThatKeepsTheTriggerGetsNoWord() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Path dbFile = dir.resolve("app.sqlite");
        MigrationsFolder folder = squashedAfterTheTriggerRan(history, dbFile);
        new Generator().generate(BOTH, folder, GenerateOptions.batch().withName("touch").withCustom(true));
        Path custom = folder.sqlFile(folder.migrations().get(1).tag());
        Files.writeString(custom, Files.readString(custom) + TRIGGER.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS") + "\n");

        RecordingLog log = new RecordingLog();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(log).repair(folder, db, history, new RepairOptions(true, null));
        }
        String all = String.join("\n", log.lines());
        assertFalse(all.contains("no migration of drizzle creates"), all);
        assertTrue(all.contains("record 0000_baseline as applied"), all);
    }

    /**
     * In wrangler's layout the squash kept its trigger in a file {@code wrangler d1 migrations create} made (no journal entry),
     * which wrangler and db:apply run: db:repair replayed the journal's migrations alone and said no migration creates it.
     */
    @Test
    void withWranglersHistoryATriggerKeptInAFileWranglerMadeGetsNoWord() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        Path dbFile = dir.resolve("app.sqlite");
        MigrationsFolder folder = squashedAfterTheTriggerRan(history, dbFile);
        Files.writeString(folder.dir().resolve("0001_keep_triggers.sql"), "-- Migration number: 0001\n"
                + TRIGGER.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS") + "\n");

        RecordingLog log = new RecordingLog();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(log).repair(folder, db, history, new RepairOptions(true, null));
            assertEquals(List.of("0000_baseline.sql"), db.query("SELECT name FROM d1_migrations").stream().map(r -> r.get("name")).toList());
        }
        String all = String.join("\n", log.lines());
        assertTrue(all.contains("record 0000_baseline as applied"), all);
        assertFalse(all.contains("no migration of drizzle creates"), all);
    }
}
