package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import java.nio.file.Path;
import java.util.List;

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

    /** {@code dir/app.sqlite} made afresh by {@code statements}. */
    static Path file(Path dir, String... statements) {
        Path file = dir.resolve("app.sqlite");
        file.toFile().delete();
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of(statements), false);
        }
        return file;
    }

    /** The migration {@code tag} ({@code 0001_cents}) of {@code sql}, in {@code dir}. */
    static Migration migration(Path dir, String tag, String sql) {
        return new Migration(new JournalEntry(0, "6", 1000L, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    /** What the pre-flight of {@code file} says refusing {@code m}. */
    static String refusal(Path file, Migration m) {
        return assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(m))).getMessage();
    }

    /** The pre-flight of {@code file} passes {@code m} (a refusal fails the test). */
    static void passes(Path file, Migration m) {
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(m));
    }
}
