package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history table drizzle-orm 1.0's {@code migrate()} upgraded (it adds {@code name} and {@code applied_at}, then knows an
 * applied migration by {@code name} alone): a row Godwit writes there names the migration as drizzle-kit 1.0's {@code up}
 * names its folder, or the next {@code migrate()} runs it again. Real folders: {@code drizzle-kit-1.0/godwit-folder-up/}.
 */
class DrizzleOrm10HistoryTest {

    static final Path FIXTURE = Path.of("src/test/resources/drizzle-kit-1.0/godwit-folder-up");

    @TempDir
    Path dir;

    @Test
    void aRowWrittenInDrizzleOrm10sTableIsNamedAsDrizzleKit10sUpNamesTheFolder() throws Exception {
        List<String> upFolders;
        try (Stream<Path> s = Files.list(FIXTURE.resolve("up"))) {
            upFolders = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        MigrationsFolder folder = MigrationsFolder.at(FIXTURE.resolve("journal"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            // the first two applied by drizzle-orm 0.x (or Godwit), then drizzle-orm 1.0.0-rc.5's migrate() upgraded the table:
            // its ALTERs and backfill, as it ran them
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT)
                    .apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            db.runAtomically(List.of("ALTER TABLE \"__drizzle_migrations\" ADD COLUMN \"name\" text"), false);
            db.runAtomically(List.of("ALTER TABLE \"__drizzle_migrations\" ADD COLUMN \"applied_at\" TEXT"), false);
            db.runAtomically(List.of("UPDATE \"__drizzle_migrations\" SET \"name\" = '" + upFolders.get(0) + "', \"applied_at\" = NULL WHERE \"created_at\" = "
                    + folder.migrations().get(0).when()), false);
            db.runAtomically(List.of("UPDATE \"__drizzle_migrations\" SET \"name\" = '" + upFolders.get(1) + "', \"applied_at\" = NULL WHERE \"created_at\" = "
                    + folder.migrations().get(1).when()), false);

            ApplyResult r = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
            assertEquals(List.of("0002_third"), r.applied());

            // drizzle-orm 1.0's getMigrationsToRun: every local folder whose name no row holds
            List<Map<String, Object>> rows = db.query("SELECT name, applied_at FROM \"__drizzle_migrations\" ORDER BY created_at");
            assertEquals(upFolders, rows.stream().map(m -> String.valueOf(m.get("name"))).toList());
            assertEquals(true, String.valueOf(rows.get(2).get("applied_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                    "applied_at as drizzle-orm 1.0 writes it (new Date().toISOString()): " + rows.get(2));
        }
    }
}
