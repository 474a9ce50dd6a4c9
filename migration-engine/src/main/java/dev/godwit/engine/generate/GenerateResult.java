package dev.godwit.engine.generate;

import dev.godwit.engine.diff.Change;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code db:generate} did: nothing (no changes), or the migration it wrote.
 *
 * @param rebuilds     where its SQL rebuilds tables, the changes that call for it ({@link dev.godwit.engine.plan.Plan#rebuildReasons}),
 *                     described; empty otherwise
 * @param filesWritten the files of the migrations folder it wrote
 * @param filesRemoved the files it removed there (checksums of migrations drizzle-kit dropped)
 */
public record GenerateResult(boolean written, String tag, Path sqlFile, String sql, List<Change> changes, List<String> warnings,
        List<String> rebuilds, List<Path> filesWritten, List<Path> filesRemoved) {

    public static GenerateResult noChanges() {
        return new GenerateResult(false, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
