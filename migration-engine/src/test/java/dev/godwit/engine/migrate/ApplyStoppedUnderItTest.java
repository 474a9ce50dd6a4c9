package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) or a CI job's timeout (SIGTERM) during a remote db:apply: the JVM runs its shutdown hooks and ends, Maven prints
 * nothing, and the log stopped at the last migration applied, silent on the one whose request was under way (D1 may still commit
 * it). The apply registers a hook that names it, says it is whole or not at all and how to find out, and removes the hook after.
 */
class ApplyStoppedUnderItTest {

    @TempDir
    Path dir;

    @Test
    void aRemoteApplyStoppedUnderItNamesTheMigrationUnderWayAndHowToGoOn() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("people", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("people", "name"), TestTables.table("orders", "total")), List.of()), folder,
                GenerateOptions.batch().withName("orders"));
        RecordingLog log = new RecordingLog();
        List<Thread> hooks = new ArrayList<>();
        dev.godwit.engine.ShutdownHooks before = Migrator.shutdownHooks;
        Migrator.shutdownHooks = new dev.godwit.engine.ShutdownHooks() {
            public void add(Thread hook) {
                hooks.add(hook);
            }

            public void remove(Thread hook) {
                hooks.remove(hook);
            }
        };
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", "secret-token");
             D1Database d1 = new D1Database(new D1Settings("acct", "db-1", "secret-token", standIn.endpoint())
                     .withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(1)))) {
            int[] sent = {0};
            Database stoppedOnTheSecond = new Database() {
                public String describe() {
                    return d1.describe();
                }

                public Capabilities capabilities() {
                    return d1.capabilities();
                }

                public List<Map<String, Object>> query(String sql, Object... params) {
                    return d1.query(sql, params);
                }

                public void runAtomically(List<String> statements, boolean foreignKeysOff) {
                    d1.runAtomically(statements, foreignKeysOff);
                    // the second migration's request is sent; the JVM is told to stop before its answer comes
                    if (++sent[0] == 2) new ArrayList<>(hooks).forEach(Thread::run);
                }

                public void close() {
                }
            };
            new Migrator(stoppedOnTheSecond, HistoryTable.forName("__drizzle_migrations"), log).withCommandArgs(" -Ddb.d1.databaseId=db-1")
                    .apply(folder.migrations(), ApplyOptions.defaults());
        } finally {
            Migrator.shutdownHooks = before;
        }
        String said = String.join("\n", log.lines());
        String tag0 = folder.migrations().get(0).tag();
        String tag1 = folder.migrations().get(1).tag();
        assertTrue(said.contains("Stopped (Ctrl-C, or the job killed) while " + tag1 + ".sql was being applied to Cloudflare D1 database db-1,"
                + " after this run applied " + tag0 + ". " + tag1 + ".sql is applied whole or not at all (it went as one request, one"
                + " transaction, and D1 may still commit it after this run has ended); __drizzle_migrations says which: it records the"
                + " migration if and only if it was applied. Run db:apply again: it reads the history first and applies only what is not"
                + " recorded (never twice); mvn db:status -Ddb.d1.databaseId=db-1 shows where it stands."), said);
        assertEquals(List.of(), hooks, "the hook is removed once the apply is over");
    }
}
