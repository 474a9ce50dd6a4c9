package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.push.Pusher;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -Ddb.upTo over a database db:push brought past the migration named: the check for a database ahead of its history looked at the
 * migrations up to the one named only, found none whose schema the database has, and let a rebuild run over the pushed values.
 */
class UpToSchemaAheadTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    SqliteDatabase db;
    final HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    static TableDef users(boolean withEmail) {
        List<ColumnDef> cols = new ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("name", "text").withNotNull(true)));
        if (withEmail) cols.add(ColumnDef.of("email", "text").withNotNull(true));
        return new TableDef("users", cols, null, List.of(), List.of(), List.of(), null);
    }

    static TableDef posts() {
        return new TableDef("posts", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
    }

    @BeforeEach
    void migratedThenPushedPastTheNextTwo() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(new SchemaDef(List.of(users(false)), List.of()), folder, GenerateOptions.batch().withName("init"));
        db = SqliteDatabase.open(dir.resolve("dev.sqlite"));
        new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        db.runAtomically(List.of("INSERT INTO users (id, name) VALUES (1, 'ada'), (2, 'bob')"), false);
        SchemaDef pushed = new SchemaDef(List.of(users(true), posts()), List.of());
        new Pusher(db, EngineLog.SILENT, Set.of(drizzle.name())).push(pushed, true, null);
        db.runAtomically(List.of("UPDATE users SET email = name || '@example.com'"), false);
        new Generator().generate(new SchemaDef(List.of(users(true)), List.of()), folder, GenerateOptions.batch().withName("email"));
        new Generator().generate(pushed, folder, GenerateOptions.batch().withName("posts"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> emails() {
        return db.query("SELECT email FROM users ORDER BY id").stream().map(r -> String.valueOf(r.get("email"))).toList();
    }

    @Test
    void upToAMigrationBeforeTheSchemaThePushMadeIsRefusedAsWithoutIt() {
        MigrationException all = assertThrows(MigrationException.class, () -> new Migrator(db, drizzle, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
        assertTrue(all.getMessage().contains("already has the schema"), all.getMessage());
        MigrationException upTo = assertThrows(MigrationException.class,
                () -> new Migrator(db, drizzle, EngineLog.SILENT).apply(folder, ApplyOptions.defaults().withUpTo("0001")));
        assertEquals(all.getMessage(), upTo.getMessage(), "the way on is the same: db:baseline up to the schema the database has");
        assertTrue(upTo.getMessage().contains("-Ddb.baseline=0002_posts"), upTo.getMessage());
        assertEquals(List.of("ada@example.com", "bob@example.com"), emails());
        // db:status -Ddb.upTo says the same
        Migrator status = new Migrator(db, drizzle, EngineLog.SILENT).upTo("0001");
        String refusal = status.applyRefusal(status.status(folder));
        assertEquals(all.getMessage(), refusal);
    }
}
