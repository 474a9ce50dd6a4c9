package dev.godwit.engine.preflight;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import java.nio.file.Path;

/** Database files the pre-flight's tests start from. */
final class PreflightTestFiles {

    private PreflightTestFiles() {
    }

    /** {@code dir/app.sqlite} at drizzle-kit's cascade-rebuild folder's first migration, holding customers, orders and notes. */
    static Path cascadeAtInit(Path dir) {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT)
                    .apply(PreflightTest.migrations(PreflightTest.CASCADE).subList(0, 1), ApplyOptions.defaults());
            PreflightTest.seedCascade(db);
        }
        return file;
    }
}
