package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Migration;
import java.util.List;

/**
 * A check the {@link Migrator} runs on the pending migrations before it applies any of them (the
 * data pre-flight, {@code dev.godwit.engine.preflight.Preflight}). It refuses by throwing a
 * {@link dev.godwit.engine.GodwitException}; then nothing is applied.
 */
@FunctionalInterface
public interface PendingCheck {

    PendingCheck NONE = pending -> {
    };

    void check(List<Migration> pending);

    /**
     * Told before {@link #check}: the history rows of migrations the folder lacks that the apply goes on beside
     * ({@code -Ddb.ignoreMissing}), by the names db:status gives them; db:baseline refuses such rows, so a way on through it
     * names db:repair instead. Empty: none.
     */
    default void historyLacks(List<String> rows) {
    }

    /**
     * Whether {@link #check} reads the database's stored schema ({@link dev.godwit.engine.db.Database#schemaObjects}) whenever
     * migrations are pending: the pre-flight's replica of remote D1 does, so other checks may read it too at no request more.
     */
    default boolean readsStoredSchema() {
        return false;
    }

    /**
     * The file name of the pending migration the last {@link #check} found the apply will stop at (it failed on the copy, for
     * a reason the real rows share), or null: a dry run then fails, where the apply would.
     */
    default String applyStopsAt() {
        return null;
    }
}
