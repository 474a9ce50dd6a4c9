package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.pull.PullResult;
import dev.godwit.engine.pull.Puller;
import dev.godwit.engine.push.Pusher;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Introspection, pull and push go through the same port on D1 as locally, and see the same schema. */
class D1IntrospectionTest {

    @TempDir
    Path dir;

    static final List<String> DDL = List.of(
            "CREATE TABLE `teams` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text NOT NULL, CONSTRAINT \"name_set\" CHECK(length(name) > 0))",
            "CREATE UNIQUE INDEX `teams_name_unique` ON `teams` (`name`)",
            "CREATE TABLE `order` (`select` integer NOT NULL, `team_id` integer NOT NULL, `note` text DEFAULT 'it''s',"
                    + " PRIMARY KEY(`select`, `team_id`), FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade)",
            "CREATE INDEX `order_note_idx` ON `order` (`note`) WHERE note IS NOT NULL");

    @Test
    void d1AndALocalFileWithTheSameTablesIntrospectAlike() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", "tok");
             D1Database d1 = new D1Database(new D1Settings("acct", "db", "tok", standIn.endpoint()));
             SqliteDatabase local = SqliteDatabase.open(dir.resolve("local.sqlite"))) {
            d1.runAtomically(DDL, false);
            local.runAtomically(DDL, false);
            SchemaDef fromD1 = Introspector.introspect(d1);
            assertEquals(Introspector.introspect(local), fromD1);
            assertEquals(List.of("teams", "order"), fromD1.tableNames(), "_cf_KV and sqlite_sequence are left out");
        }
    }

    @Test
    void pullAndPushWorkOnD1() throws Exception {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", "tok");
             D1Database d1 = new D1Database(new D1Settings("acct", "db", "tok", standIn.endpoint()))) {
            d1.runAtomically(DDL, false);
            d1.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'owls')", "INSERT INTO `order` VALUES (1, 1, 'x')"), false);
            HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
            PullResult pulled = new Puller(d1, history, EngineLog.SILENT).pull(dir.resolve("src"), "com.acme.schema", MigrationsFolder.at(dir.resolve("drizzle")), false);
            assertEquals(2, pulled.tables());
            assertTrue(Files.readString(dir.resolve("src/com/acme/schema/Order.java")).contains("\"select\""));
            assertEquals(1, history.read(d1).size(), "the baseline is recorded as applied on D1");

            // A new CHECK rebuilds "teams"; D1 keeps foreign keys on, so the cascading "order" rows must be restored.
            SchemaDef schema = Introspector.introspect(d1, Set.of(history.name()));
            TableDef teams = schema.table("teams").orElseThrow();
            List<CheckDef> checks = new ArrayList<>(teams.checks());
            checks.add(new CheckDef("name_short", "length(name) < 40"));
            SchemaDef next = new SchemaDef(List.of(teams.withChecks(checks), schema.table("order").orElseThrow()), List.of());
            new Pusher(d1, EngineLog.SILENT, Set.of(history.name())).push(next, false, null);
            assertEquals(List.of(Map.of("select", 1L, "team_id", 1L, "note", "x")), d1.query("SELECT * FROM `order`"));
            assertTrue(d1.query("SELECT sql FROM sqlite_master WHERE name = 'teams'").get(0).get("sql").toString().contains("name_short"));
        }
    }
}
