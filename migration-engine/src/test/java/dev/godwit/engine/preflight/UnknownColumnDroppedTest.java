package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team of db:baseline on a production database made by hand: it had a column the schema does not ("users"."legacy"),
 * db:baseline -Ddb.force recorded the migrations anyway, and the next generated migration rebuilt "users" (a default added).
 * The rebuild copies only the snapshot's columns, so "legacy" and its values went, and db:apply's pre-flight said "no rows removed
 * or rewritten; they drop the column "users"."legacy" (1 value)" at INFO, as for a drop db:generate wrote on purpose. It refuses now.
 */
class UnknownColumnDroppedTest {

    @TempDir
    Path dir;

    static SchemaDef users(String nameDefault, boolean withBio) {
        List<ColumnDef> cols = new ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                nameDefault == null ? ColumnDef.of("name", "text").withNotNull(true) : ColumnDef.of("name", "text").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.string(nameDefault))));
        if (withBio) cols.add(ColumnDef.of("bio", "text"));
        return new SchemaDef(List.of(new TableDef("users", cols, null, List.of(), List.of(), List.of(), null)), List.of());
    }

    private static Migrator migrator(SqliteDatabase db, Path file, boolean acceptDataLoss) {
        return new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT)
                .checkingPendingWith(Preflight.ofFile(file, acceptDataLoss, EngineLog.SILENT));
    }

    @Test
    void aRebuildDroppingAColumnNoSnapshotHasIsRefused() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(users(null, false), folder, GenerateOptions.batch().withName("init"));
        Path file = dir.resolve("prod.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            migrator(db, file, false).apply(folder.migrations(), ApplyOptions.defaults());
            // a hotfix on production, outside the migrations
            db.runAtomically(List.of("ALTER TABLE users ADD legacy text", "INSERT INTO users (id, name, legacy) VALUES (1, 'ada', 'keep me')"), false);
        }
        new Generator().generate(users("anon", false), folder, GenerateOptions.batch().withName("name_default"));
        assertTrue(folder.migrations().get(1).sql().contains("INSERT INTO `__new_users`"), folder.migrations().get(1).sql());
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> migrator(db, file, false).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("\"users\".\"legacy\" (1 value, dropped by 0001_name_default.sql)"), e.getMessage());
            assertTrue(e.getMessage().contains("no migration's snapshot has"), e.getMessage());
            assertEquals("keep me", db.query("SELECT legacy FROM users").get(0).get("legacy"));
            assertEquals(1, db.query("SELECT * FROM __drizzle_migrations").size());
            // accepted: applied, as before
            assertEquals(List.of("0001_name_default"), migrator(db, file, true).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }

    /** A drop db:generate wrote (the column is in the snapshot before it) is named in the summary and applied, as before. */
    @Test
    void aColumnTheSnapshotHasIsDroppedAsBefore() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(users(null, true), folder, GenerateOptions.batch().withName("init"));
        Path file = dir.resolve("dev.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            migrator(db, file, false).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO users (id, name, bio) VALUES (1, 'ada', 'hi')"), false);
        }
        new Generator().generate(users("anon", false), folder, GenerateOptions.batch().withName("drop_bio").withAcceptDataLoss(true));
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of("0001_drop_bio"), migrator(db, file, false).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }
}
